package org.moralbase.models;

/**
 * How often one model chose one position (for a scale, the point 1..k) of one item of a study in one of its runs,
 * asked or imported (decision 0029); a model's runs are summed by the reader, or kept apart to split by condition.
 *
 * @param runId the run
 * @param position the position chosen, or 0 for answers that could not be read
 * @param answers how many answers
 */
public record PointCount(long modelId, String model, long runId, String itemKey, int position, int answers) {}
