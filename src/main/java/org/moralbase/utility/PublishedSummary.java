package org.moralbase.utility;

import java.time.Instant;

/**
 * One imported results file of published utilities (decision 0043).
 *
 * @param outcomes the study's outcomes it gives utilities for (all of them)
 * @param fileOptions the options in the file
 * @param edges the file's pairs between the study's outcomes (its graph data), 0 when it has none
 */
public record PublishedSummary(
        String label, String fileName, int outcomes, int fileOptions, int edges, Instant importedAt) {}
