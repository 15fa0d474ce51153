package org.moralbase.cli.amce;

import java.util.List;

/**
 * What {@code analyze distance} prints (docs/cli.md).
 *
 * @param input {@code responses} (AMCEs computed from a SharedResponses.csv) or {@code table} (an AMCE table)
 * @param characters the No. Characters definition used for responses, null for a table
 * @param reference {@code awad2018} or the reference file and column
 * @param distance D, the Euclidean distance over the nine AMCEs (Takemoto 2026, methods §3)
 * @param dimensions the nine parts of D in methods §1.1 order
 */
public record DistanceReport(
        String input, String characters, String reference, double distance, List<Dimension> dimensions) {

    /** One dimension: both AMCEs, their signed difference and its share of D². */
    public record Dimension(
            String attribute, double amce, double reference, double difference, double shareOfSquaredDistance) {}
}
