package org.moralbase.stats;

import java.util.Locale;

/**
 * The one way p-values are written for researchers, on every page and in the command line: three decimals, and
 * "p < 0.001" below that (never an exponent, never a power of e). A p-value that underflowed to 0 in double
 * precision but is known in log space is still "< 0.001".
 */
public final class PValues {

    /** The smallest p-value written as a number. */
    public static final double FLOOR = 0.001;

    private PValues() {}

    /** "p = 0.023", "p < 0.001", or "p –" when there is none (NaN). */
    public static String format(double p) {
        return "p " + relation(p);
    }

    /** As {@link #format(double)}, for a p-value that may have underflowed to 0: its natural log decides then. */
    public static String format(double p, double logP) {
        return "p " + relation(p > 0 || Double.isNaN(logP) ? p : Math.exp(Math.max(logP, -745)));
    }

    /** The cell of a table column headed "p": "0.023", "< 0.001", or "–". */
    public static String cell(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        String r = relation(p);
        return r.startsWith("= ") ? r.substring(2) : r;
    }

    /** "= 0.023" or "< 0.001" (or "–"). */
    private static String relation(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        if (p < 0 || p > 1 + 1e-9) {
            throw new IllegalArgumentException("a p-value is in [0, 1], was " + p);
        }
        if (p < FLOOR) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, "= %.3f", Math.min(p, 1.0));
    }
}
