/** Participant pages, in {@link org.moralbase.base.ui.ParticipantLayout}. */
package org.moralbase.participation.ui;
