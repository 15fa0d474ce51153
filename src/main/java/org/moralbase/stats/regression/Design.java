package org.moralbase.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable design matrix with named columns, <em>without</em> the intercept: {@link Ols} and
 * {@link LinearMixedModel} prepend the column {@value #INTERCEPT} themselves, as R's model formulas do.
 */
public final class Design {

    /** Name of the intercept column the fitters prepend, spelled as R prints it. */
    public static final String INTERCEPT = "(Intercept)";

    private final List<String> names;
    private final double[][] columns;

    private Design(List<String> names, double[][] columns) {
        this.names = List.copyOf(names);
        this.columns = columns;
    }

    /**
     * A design from column names and columns (each of the same length), copied defensively.
     *
     * @throws IllegalArgumentException when names and columns differ in number, a name repeats or is the
     *     intercept, columns differ in length, or a value is not finite
     */
    public static Design of(List<String> names, List<double[]> columns) {
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "names (" + names.size() + ") and columns (" + columns.size() + ") differ in number");
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a design needs at least one column");
        }
        if (names.stream().distinct().count() != names.size() || names.contains(INTERCEPT)) {
            throw new IllegalArgumentException("column names must be unique and not " + INTERCEPT + ": " + names);
        }
        int rows = columns.getFirst().length;
        double[][] copy = new double[columns.size()][];
        for (int j = 0; j < copy.length; j++) {
            double[] column = columns.get(j);
            if (column.length != rows) {
                throw new IllegalArgumentException(
                        "column '" + names.get(j) + "' has " + column.length + " rows, expected " + rows);
            }
            for (double v : column) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("column '" + names.get(j) + "' holds a non-finite value");
                }
            }
            copy[j] = column.clone();
        }
        return new Design(names, copy);
    }

    /** Starts an empty builder; add columns in the order the coefficients should be reported. */
    public static Builder builder() {
        return new Builder();
    }

    /** The column names, in order, without the intercept. */
    public List<String> names() {
        return names;
    }

    /** Number of rows (observations). */
    public int rows() {
        return columns[0].length;
    }

    /** Number of columns, without the intercept. */
    public int columnCount() {
        return columns.length;
    }

    /** A copy of the named column. */
    public double[] column(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in " + names);
        }
        return columns[j].clone();
    }

    /** The n × (k+1) matrix with a leading column of ones, as a fresh row-major array. */
    double[][] withIntercept() {
        double[][] a = new double[rows()][columns.length + 1];
        for (int i = 0; i < a.length; i++) {
            a[i][0] = 1.0;
            for (int j = 0; j < columns.length; j++) {
                a[i][j + 1] = columns[j][i];
            }
        }
        return a;
    }

    /** Coefficient names with the intercept first. */
    List<String> namesWithIntercept() {
        List<String> all = new ArrayList<>(names.size() + 1);
        all.add(INTERCEPT);
        all.addAll(names);
        return all;
    }

    @Override
    public String toString() {
        return "Design" + names + " (" + rows() + " rows)";
    }

    /** Collects named columns for {@link Design#of}. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<double[]> columns = new ArrayList<>();

        private Builder() {}

        /** Adds a column (copied at {@link #build()}). */
        public Builder column(String name, double[] values) {
            names.add(name);
            columns.add(Arrays.copyOf(values, values.length));
            return this;
        }

        /** The design; see {@link Design#of} for the checks. */
        public Design build() {
            return Design.of(names, columns);
        }
    }
}
