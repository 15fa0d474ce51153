package org.moralbase.dvb;

import java.util.List;

/**
 * One trial as a participant sees it: the user's earlier choices, then the new pair, both in the order shown.
 * Nothing here tells which option is the deep-value one; the server keeps that.
 *
 * @param position 1-based position in the session
 * @param check whether this is an attention check (not shown to the participant)
 * @param training the user's earlier choices, {@code chosen} "A" or "B"
 * @param test the new pair, {@code chosen} null
 */
public record DvbTrialPage(
        int position,
        boolean check,
        String contextName,
        String contextActivity,
        List<StoredExamples.Pair> training,
        StoredExamples.Pair test) {}
