package org.moralbase.stats.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reliability data in Krippendorff's sense (2011): for each unit (item), the values its coders assigned,
 * missing values removed. Immutable. A unit with fewer than two values is not pairable and contributes
 * nothing to alpha; it is kept here only so unit counts can be reported.
 */
public final class ReliabilityData {

    private final List<String> unitIds;
    private final double[][] units;
    private final boolean nominalCodes;

    private ReliabilityData(List<String> unitIds, double[][] units, boolean nominalCodes) {
        this.unitIds = List.copyOf(unitIds);
        this.units = units;
        this.nominalCodes = nominalCodes;
    }

    /**
     * From a reliability data matrix, coders × units as in Krippendorff (2011), {@code Double.NaN} marking a
     * missing value. Unit ids are the column indices "0", "1", ….
     *
     * @param codersByUnits one row per coder, one column per unit; all rows the same length
     */
    public static ReliabilityData fromMatrix(double[][] codersByUnits) {
        if (codersByUnits == null || codersByUnits.length == 0) {
            throw new IllegalArgumentException("the reliability matrix needs at least one coder row");
        }
        int unitCount = codersByUnits[0].length;
        List<String> ids = new ArrayList<>();
        double[][] units = new double[unitCount][];
        for (int u = 0; u < unitCount; u++) {
            ids.add(Integer.toString(u));
            double[] present = new double[codersByUnits.length];
            int m = 0;
            for (int c = 0; c < codersByUnits.length; c++) {
                if (codersByUnits[c].length != unitCount) {
                    throw new IllegalArgumentException(
                            "coder row " + c + " has " + codersByUnits[c].length + " units, expected " + unitCount);
                }
                double value = codersByUnits[c][u];
                if (Double.isInfinite(value)) {
                    throw new IllegalArgumentException("infinite value for coder " + c + ", unit " + u);
                }
                if (!Double.isNaN(value)) {
                    present[m++] = value;
                }
            }
            units[u] = Arrays.copyOf(present, m);
        }
        return new ReliabilityData(ids, units, false);
    }

    /**
     * From long-format numeric ratings (item, rater, value); null values are missing. Units keep the order
     * in which items first appear.
     *
     * @param ratings at most one rating per (item, rater)
     */
    public static ReliabilityData fromRatings(Collection<? extends Rating<? extends Number>> ratings) {
        Map<String, List<Double>> byItem = group(ratings, value -> ((Number) value).doubleValue());
        return fromGroups(byItem, false);
    }

    /**
     * From long-format categorical ratings with any labels (compared with {@code equals}); null values are
     * missing. Labels are coded by first appearance, so the result supports only {@link Metric#NOMINAL}.
     *
     * @param ratings at most one rating per (item, rater)
     */
    public static ReliabilityData fromLabels(Collection<? extends Rating<?>> ratings) {
        Map<Object, Double> codes = new HashMap<>();
        Map<String, List<Double>> byItem =
                group(ratings, label -> codes.computeIfAbsent(label, l -> (double) codes.size()));
        return fromGroups(byItem, true);
    }

    private static Map<String, List<Double>> group(
            Collection<? extends Rating<?>> ratings, java.util.function.Function<Object, Double> toValue) {
        Map<String, List<Double>> byItem = new LinkedHashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (Rating<?> rating : ratings) {
            if (!seen.add(List.of(rating.item(), rating.rater()))) {
                throw new IllegalArgumentException(
                        "rater " + rating.rater() + " rated item " + rating.item() + " more than once");
            }
            List<Double> values = byItem.computeIfAbsent(rating.item(), k -> new ArrayList<>());
            if (rating.value() != null) {
                values.add(toValue.apply(rating.value()));
            }
        }
        return byItem;
    }

    private static ReliabilityData fromGroups(Map<String, List<Double>> byItem, boolean nominalCodes) {
        double[][] units = byItem.values().stream()
                .map(values -> values.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        for (double[] unit : units) {
            for (double value : unit) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("values must be finite, got " + value);
                }
            }
        }
        return new ReliabilityData(new ArrayList<>(byItem.keySet()), units, nominalCodes);
    }

    /** Number of units, pairable or not. */
    public int unitCount() {
        return units.length;
    }

    /** Number of units with at least two values (Krippendorff's pairable units). */
    public int pairableUnitCount() {
        return (int) Arrays.stream(units).filter(unit -> unit.length >= 2).count();
    }

    /** The id of unit {@code u} (column index for matrix input, item id for long format). */
    public String unitId(int u) {
        return unitIds.get(u);
    }

    /** A copy of the values present in unit {@code u}. */
    public double[] values(int u) {
        return units[u].clone();
    }

    /** True when values are arbitrary codes of labels, so only nominal alpha is meaningful. */
    public boolean isNominalOnly() {
        return nominalCodes;
    }

    /** Units with at least two values, in order (shared arrays: callers must not modify them). */
    double[][] pairableUnits() {
        return Arrays.stream(units).filter(unit -> unit.length >= 2).toArray(double[][]::new);
    }

    /** A data set made of the given units (a bootstrap resample); unit ids are positions. */
    static ReliabilityData ofUnits(double[][] units, boolean nominalCodes) {
        List<String> ids = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            ids.add(Integer.toString(u));
        }
        return new ReliabilityData(ids, units, nominalCodes);
    }
}
