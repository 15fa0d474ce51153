/** The questionnaire's pages: settings, items, scores (researchers) and the participant's session. */
package org.moralbase.questionnaire.ui;
