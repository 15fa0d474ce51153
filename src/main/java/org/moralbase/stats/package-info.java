/**
 * The numeric core: plain Java estimators (AMCE, distances, regressions, mixed models, proportions,
 * agreement), exact to the references in {@code shared/docs/methods.md}. No Spring, Vaadin, JPA or other
 * Moralbase package may be imported here; inputs are arrays or this package's own records, results are
 * records.
 */
package org.moralbase.stats;
