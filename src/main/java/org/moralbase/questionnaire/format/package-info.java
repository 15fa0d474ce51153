/** Questionnaire file shapes and scales (docs/formats.md): item banks in and out, scales with labelled points. */
package org.moralbase.questionnaire.format;
