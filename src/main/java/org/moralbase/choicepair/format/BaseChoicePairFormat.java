package org.moralbase.choicepair.format;

import java.util.List;
import java.util.function.Function;
import org.moralbase.choicepair.ChoicePairFormat;
import org.moralbase.choicepair.DistributionFile;
import org.moralbase.choicepair.ItemDistribution;
import org.moralbase.dataimport.format.BaseDatasetFormat;
import org.moralbase.dataimport.format.FileShape;

/** A choice-pair format's description and its distribution file with the {@link DistributionWriter} method for it. */
abstract class BaseChoicePairFormat extends BaseDatasetFormat implements ChoicePairFormat {

    private final DistributionFile distribution;
    private final Function<List<ItemDistribution>, String> writer;

    BaseChoicePairFormat(
            String id,
            String label,
            FileShape shape,
            String signature,
            DistributionFile distribution,
            Function<List<ItemDistribution>, String> writer) {
        super(id, label, shape, signature);
        this.distribution = distribution;
        this.writer = writer;
    }

    @Override
    public final DistributionFile distribution() {
        return distribution;
    }

    @Override
    public final String writeDistribution(List<ItemDistribution> items) {
        return writer.apply(items);
    }
}
