package org.moralbase.stats.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moralbase.stats.regression.MixedModelResult;
import org.moralbase.stats.regression.PowerLawFit;
import org.moralbase.stats.regression.PowerLawResult;
import org.moralbase.stats.regression.Spearman;
import org.moralbase.stats.regression.SpearmanResult;

/**
 * Runs the methods §3 analyses on the models and assembles a {@link ScalingReport}: power law and alternatives
 * ({@link PowerLawFit}), Spearman, families, the mixed model ({@link ScalingMixedModel}) and the spread of D by
 * size decade. Shared by {@code analyze scaling} and the scaling view.
 */
public final class ScalingAnalysis {

    /** Size decades in billions: [0,1), [1,10), [10,100), [100,∞). */
    private static final double[] BIN_EDGES = {0, 1, 10, 100};

    private static final String FORMULA = "log10(D) ~ log10(S) * Reasoning + Years + (1 + log10(S) | Family)";
    private static final String DF_METHOD = "Satterthwaite (as lmerTest's summary), each coefficient's df";

    private ScalingAnalysis() {}

    /**
     * The full analysis of the models (at least 3; the mixed model is left out with a note when it cannot be
     * fitted, and a singular fit is flagged).
     *
     * @throws IllegalArgumentException as {@link PowerLawFit#fit}
     */
    public static ScalingReport run(List<ScalingObservation> models) {
        int n = models.size();
        double[] sizes = new double[n];
        double[] distances = new double[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = models.get(i).sizeBillions();
            distances[i] = models.get(i).distance();
        }
        PowerLawResult power = PowerLawFit.fit(sizes, distances);
        List<ModelRow> rows = new ArrayList<>();
        double[] absResiduals = new double[n];
        for (int i = 0; i < n; i++) {
            ScalingObservation o = models.get(i);
            double residual =
                    Math.log10(o.distance()) - (power.intercept() + power.alpha() * Math.log10(o.sizeBillions()));
            absResiduals[i] = Math.abs(residual);
            rows.add(new ModelRow(
                    o.model(), o.family(), o.sizeBillions(), o.reasoning(), o.years(), o.distance(), residual));
        }
        List<String> notes = new ArrayList<>();
        return new ScalingReport(
                n,
                new ScalingReport.PowerLaw(
                        power.alpha(),
                        power.alphaStandardError(),
                        power.intercept(),
                        power.rSquared(),
                        power.pValue(),
                        power.n()),
                power.candidates().stream()
                        .map(c -> new ScalingReport.Alternative(
                                c.name(), c.formula(), c.rSquared(), c.fit().aic(), c.aicOnDistanceScale()))
                        .toList(),
                rank(Spearman.test(sizes, distances)),
                families(models),
                mixed(models, notes),
                sizeBins(sizes, distances),
                rank(Spearman.test(sizes, absResiduals)),
                rows,
                notes);
    }

    private static ScalingReport.Rank rank(SpearmanResult r) {
        return new ScalingReport.Rank(r.rho(), r.statistic(), r.pValue(), r.n());
    }

    private static List<ScalingReport.FamilyCount> families(List<ScalingObservation> models) {
        // the paper's families in its order, then any other family a researcher named, alphabetically
        Map<String, Integer> counts = new java.util.TreeMap<>(ScalingAnalysis::familyOrder);
        models.forEach(m -> counts.merge(m.family(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new ScalingReport.FamilyCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static int familyOrder(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private static int rank(String family) {
        for (ModelFamily f : ModelFamily.values()) {
            if (f.label().equals(family)) {
                return f == ModelFamily.OTHER ? Integer.MAX_VALUE : f.ordinal();
            }
        }
        return ModelFamily.OTHER.ordinal(); // a researcher's own family: after the paper's four, before Other
    }

    // A fit that cannot be made (e.g. one family only) is reported as a note, not a failed command.
    private static ScalingReport.Mixed mixed(List<ScalingObservation> models, List<String> notes) {
        try {
            MixedModelResult r = ScalingMixedModel.fit(models);
            if (r.singular()) {
                notes.add("the mixed model is singular: a random-effect variance or correlation is at its boundary");
            }
            return new ScalingReport.Mixed(
                    FORMULA,
                    r.fixedEffects(),
                    DF_METHOD,
                    r.varianceComponents(),
                    r.remlCriterion(),
                    r.singular(),
                    r.n(),
                    r.groups());
        } catch (IllegalArgumentException | ArithmeticException e) {
            notes.add("mixed model not fitted: " + e.getMessage());
            return null;
        }
    }

    /** Mean and sample SD of D per size decade [0,1), [1,10), [10,100), [100,∞) billions. */
    public static List<SizeBin> sizeBins(double[] sizes, double[] distances) {
        List<SizeBin> bins = new ArrayList<>();
        for (int b = 0; b < BIN_EDGES.length; b++) {
            double low = BIN_EDGES[b];
            Double high = b + 1 < BIN_EDGES.length ? BIN_EDGES[b + 1] : null;
            double sum = 0;
            int count = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] >= low && (high == null || sizes[i] < high)) {
                    sum += distances[i];
                    count++;
                }
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double squares = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] >= low && (high == null || sizes[i] < high)) {
                    squares += (distances[i] - mean) * (distances[i] - mean);
                }
            }
            String label = high == null
                    ? ">=" + fmt(low) + "B"
                    : b == 0 ? "<" + fmt(high) + "B" : fmt(low) + "-" + fmt(high) + "B";
            bins.add(new SizeBin(
                    label, low, high, count, mean, count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1))));
        }
        return bins;
    }

    private static String fmt(double v) {
        return String.valueOf((long) v);
    }
}
