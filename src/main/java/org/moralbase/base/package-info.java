/**
 * Shared infrastructure that every feature may use: the clock, start-up reporting, failure analysis; the shared
 * page pieces in {@code base.ui} and the entity base class in {@code base.domain}. {@code base} depends on no feature
 * package (checked by {@code ArchitectureTest}); it is an open module, so features may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.moralbase.base;

import org.springframework.modulith.ApplicationModule;
