/**
 * A participant's way through a study: anonymous sessions (with Prolific/MTurk ids where given), the answers
 * given, resuming after a reload. Participants have no accounts; pages use the participant layout.
 */
package org.moralbase.participation;
