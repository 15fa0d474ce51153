/**
 * The numeric core: plain Java estimators (AMCE, distances, regressions, mixed models, proportions,
 * agreement), exact to the references in {@code shared/docs/methods.md}. No Spring, Vaadin, JPA or other
 * Moralbase package may be imported here; inputs are arrays or this package's own records, results are
 * records. The one annotation below is metadata for the module check (an open module: its sub-packages are its API);
 * no class of this package sees it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.moralbase.stats;
