/** Moral Machine pages: the participant's session (consent, scenarios, survey, results) and researcher pages. */
package org.moralbase.moralmachine.ui;
