/**
 * Moral Machine pages: the participant's session (consent, scenarios, survey, results) and the researcher's
 * settings, live results, exports and imports.
 */
package org.moralbase.moralmachine.ui;
