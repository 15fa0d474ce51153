package org.moralbase.dvb;

import java.util.List;
import java.util.Map;
import org.moralbase.stats.proportion.Proportion;

/**
 * The results of a DVB study (methods §4).
 *
 * @param overall all answered test trials
 * @param byFactor for each factor (N, value pair, value set, shallow dimension, context) its rows
 * @param byModel each imported model's overall DVGR
 * @param published the published overall model DVGR, 31,668 / 104,725 = 0.302, as reference
 * @param screenedOut sessions screened out (their answers are not counted)
 */
public record DvgrReport(
        DvgrRow overall,
        Map<String, List<DvgrRow>> byFactor,
        List<DvgrRow> byModel,
        Proportion published,
        int screenedOut) {}
