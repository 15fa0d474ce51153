/** The questionnaire's tables: item banks, the item order planned per session, and participants' answers. */
package org.moralbase.questionnaire.domain;
