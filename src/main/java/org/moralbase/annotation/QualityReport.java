package org.moralbase.annotation;

import java.util.List;

/**
 * Agreement and quality of a project, computed without the excluded workers.
 *
 * @param agreement one row per question and level (scales get ordinal and interval)
 * @param items one row per item and question
 * @param workers one row per worker, excluded ones included and marked
 */
public record QualityReport(List<AgreementRow> agreement, List<ItemRow> items, List<WorkerRow> workers) {

    /**
     * Krippendorff's alpha at one level with its bootstrap interval, and Fleiss' kappa where every item has
     * the same number of ratings (choice questions only; NaN otherwise).
     */
    public record AgreementRow(
            String question,
            String level,
            double alpha,
            double ciLow,
            double ciHigh,
            int pairableItems,
            double fleissKappa,
            String note) {}

    /** Majority (or "tie: a / b"), its share, entropy in bits, gold comparison, and the final label if decided. */
    public record ItemRow(
            String itemKey,
            String question,
            String majority,
            double majorityShare,
            double entropyBits,
            int ratings,
            String gold,
            String goldMatch,
            String finalLabel,
            String decidedBy) {

        /** True when raters disagree (entropy above zero). */
        public boolean disagreement() {
            return entropyBits > 0;
        }
    }

    /**
     * A worker's accuracy on gold (NaN without gold), share of answers equal to a clear item majority, median
     * time per item, and the straight-lining flag.
     */
    public record WorkerRow(
            String rater,
            int items,
            double goldAccuracy,
            int goldAnswers,
            double majorityAgreement,
            long medianTimeMs,
            boolean straightLining,
            boolean excluded) {}
}
