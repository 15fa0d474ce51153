/**
 * A participant's way through a study: anonymous sessions (with Prolific/MTurk ids where given), each answer stored
 * once together with its kind's own rows ({@link org.moralbase.participation.KindRows}, one transaction), resuming
 * after a reload, retrying through a brief database outage. Participants have no accounts; pages use the participant
 * layout.
 */
package org.moralbase.participation;
