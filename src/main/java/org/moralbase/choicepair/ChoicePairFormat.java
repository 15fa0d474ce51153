package org.moralbase.choicepair;

import java.util.List;
import org.moralbase.dataimport.format.DatasetFormat;

/**
 * A dataset format whose items a choice-pair study takes (DailyDilemmas, MoralChoice, Scruples, generic), and how
 * people's per-item choices are written back in its shape, keyed by the dataset's own ids so that they join with the
 * release (docs/formats.md).
 */
public interface ChoicePairFormat extends DatasetFormat {

    /** The per-item distribution file of items in this format; formats that share a file share it. */
    DistributionFile distribution();

    /** People's per-item choices in the distribution file's shape, items in the order given. */
    String writeDistribution(List<ItemDistribution> items);
}
