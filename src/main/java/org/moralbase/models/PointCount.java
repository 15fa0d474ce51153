package org.moralbase.models;

/**
 * How often one model chose one position (for a scale, the point 1..k) of one item of a study, over all its runs on
 * the study, asked or imported (decision 0029).
 *
 * @param position the position chosen, or 0 for answers that could not be read
 * @param answers how many answers
 */
public record PointCount(long modelId, String model, String itemKey, int position, int answers) {}
