package org.moralbase.cli.reliability;

import java.util.List;

/**
 * What {@code analyze scale-reliability} prints (docs/cli.md).
 *
 * @param scale the scale, e.g. "1-7"
 * @param respondents distinct respondents in the answers file
 * @param subscales one line per subscale, in the item file's order
 */
public record ScaleReliabilityReport(String scale, int respondents, List<Subscale> subscales) {

    /**
     * One subscale's reliability (methods, "Scale reliability").
     *
     * @param subscale its name
     * @param items its items, in the item file's order
     * @param reverseKeyed the reverse-keyed ones among them
     * @param respondents respondents who answered at least one of its items
     * @param completeRespondents respondents who answered all of them
     * @param alpha Cronbach's raw alpha (psych::alpha raw_alpha), null (JSON) / NA (table) when undefined
     * @param omegaTotal McDonald's omega total, one factor (psych::omega nfactors = 1), null / NA when undefined
     * @param notes why alpha or omega is missing, and warnings
     */
    public record Subscale(
            String subscale,
            List<String> items,
            List<String> reverseKeyed,
            int respondents,
            int completeRespondents,
            double alpha,
            double omegaTotal,
            List<String> notes) {}
}
