package org.moralbase.participation;

import java.time.Instant;

/**
 * One answer as a participant page submits it.
 *
 * @param position 1-based position of the item in the session, in the order shown
 * @param itemKey a stable key of the item (e.g. {@code mm-3})
 * @param shown what was shown, as the study kind records it (JSON)
 * @param choice what was chosen (e.g. {@code left})
 * @param shownAt when the item appeared
 * @param responseTimeMs milliseconds from showing to answering, measured in the browser where possible
 */
public record Answer(int position, String itemKey, String shown, String choice, Instant shownAt, Long responseTimeMs) {}
