package org.moralbase.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * Says when a confidence interval must not be read as precise (decision 0018): computed from fewer than {@link
 * #MIN_ROWS} rows, or collapsed to zero width (a bootstrap whose resamples all agree, a Wilson interval cannot). Pages
 * show the caveat beside or instead of the bounds.
 */
public final class IntervalCaveat {

    /** Fewer rows than this and an interval is not informative. */
    public static final int MIN_ROWS = 10;

    private IntervalCaveat() {}

    /** The caveat for an interval [low, high] from {@code rows} rows, or empty when the interval can be read. */
    public static Optional<String> of(long rows, double low, double high) {
        return of(rows, "rows", low, high);
    }

    /** As {@link #of(long, double, double)}, counting in {@code units} ("answers", "rows"; plural, ending in s). */
    public static Optional<String> of(long rows, String units, double low, double high) {
        String unit = rows == 1 ? units.substring(0, units.length() - 1) : units;
        if (rows < MIN_ROWS) {
            return Optional.of("only " + rows + " " + unit + ": interval not informative");
        }
        if (!(high - low > 1e-12)) {
            return Optional.of(
                    String.format(Locale.ROOT, "interval of zero width from %d %s: not informative", rows, unit));
        }
        return Optional.empty();
    }

    /** "0.500 [0.300, 0.700]", or "1.000 (only 6 rows: interval not informative)". */
    public static String estimate(double estimate, long rows, double low, double high) {
        return of(rows, low, high)
                .map(c -> String.format(Locale.ROOT, "%.3f (%s)", estimate, c))
                .orElseGet(() -> String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", estimate, low, high));
    }
}
