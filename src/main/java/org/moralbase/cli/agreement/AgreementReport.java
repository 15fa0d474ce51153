package org.moralbase.cli.agreement;

import java.util.List;
import org.moralbase.stats.agreement.AlphaEstimate;
import org.moralbase.stats.agreement.CohenKappaEstimate;
import org.moralbase.stats.agreement.FleissKappaEstimate;

/**
 * What {@code analyze agreement} prints (docs/cli.md).
 *
 * @param level nominal, ordinal, interval or ratio
 * @param items distinct items
 * @param raters distinct raters
 * @param ratings non-missing ratings
 * @param missing ratings left empty or NA
 * @param alpha Krippendorff's alpha
 * @param fleissKappa Fleiss' kappa (nominal, same number of ratings per item), else null
 * @param cohenKappa Cohen's kappa (nominal, exactly two raters), else null
 * @param itemSummaries per-item majority label, share and entropy with {@code --items}, else null
 * @param notes why a statistic is absent
 */
public record AgreementReport(
        String level,
        int items,
        int raters,
        int ratings,
        int missing,
        AlphaEstimate alpha,
        FleissKappaEstimate fleissKappa,
        CohenKappaEstimate cohenKappa,
        List<ItemLine> itemSummaries,
        List<String> notes) {

    /** One item's summary (methods §5): majority label(s), their share, entropy in bits, ratings counted. */
    public record ItemLine(
            String item, List<String> majorityLabels, double majorityShare, double entropyBits, int ratings) {}
}
