package org.moralbase.stats.choice;

/**
 * How a model run's samples are spread over the two option orders (methods §6): the share of samples shown in each
 * order. A run is balanced when every sample's order is known and each order holds between 40% and 60% of them
 * ({@link #TOLERANCE} around one half, decision 0018); only balanced runs are pooled by default.
 *
 * @param shownAB samples shown with the options as written
 * @param shownBA samples shown with the options swapped
 * @param unknown samples whose order was not recorded (an imported file without an order column)
 */
public record OrderBalance(int shownAB, int shownBA, int unknown) {

    /** The largest distance of an order's share from one half that still counts as balanced. */
    public static final double TOLERANCE = 0.1;

    /** Checks every count is non-negative. */
    public OrderBalance {
        if (shownAB < 0 || shownBA < 0 || unknown < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
    }

    /** All samples. */
    public int samples() {
        return shownAB + shownBA + unknown;
    }

    /** Share of the samples shown as written (AB), or null without samples. */
    public Double shareAB() {
        return samples() == 0 ? null : (double) shownAB / samples();
    }

    /** Share of the samples shown swapped (BA), or null without samples. */
    public Double shareBA() {
        return samples() == 0 ? null : (double) shownBA / samples();
    }

    /** Every order known and each within {@link #TOLERANCE} of one half. */
    public boolean balanced() {
        return samples() > 0 && unknown == 0 && Math.abs(shareAB() - 0.5) <= TOLERANCE + 1e-12;
    }

    /** The balance with another run's samples added. */
    public OrderBalance plus(OrderBalance other) {
        return new OrderBalance(shownAB + other.shownAB, shownBA + other.shownBA, unknown + other.unknown);
    }

    /** In words: "AB 50% · BA 50%", "order not recorded (12)", or "no samples". */
    public String describe() {
        if (samples() == 0) {
            return "no samples";
        }
        String shares = String.format(java.util.Locale.ROOT, "AB %.0f%% · BA %.0f%%", 100 * shareAB(), 100 * shareBA());
        if (unknown == samples()) {
            return "order not recorded (" + unknown + ")";
        }
        return unknown == 0 ? shares : shares + " · not recorded " + unknown;
    }
}
