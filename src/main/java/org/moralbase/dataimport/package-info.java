/**
 * Shared plumbing for all-or-nothing dataset imports: the source file, limits, gzip-aware opening, and the {@link
 * org.moralbase.dataimport.ImportException} that carries every problem found (file, line, field, reason); the located
 * CSV/JSON readers in {@code text}, the registry of dataset formats with their detection in {@code format}, the upload
 * slot and problem list in {@code ui}. Plain Java outside {@code ui}. An open module: every importer uses its
 * sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.moralbase.dataimport;

import org.springframework.modulith.ApplicationModule;
