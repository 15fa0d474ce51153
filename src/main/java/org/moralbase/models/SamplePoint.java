package org.moralbase.models;

/**
 * One model's answer to one item of a study in one sample of one of its runs, asked or imported, as the position
 * (for a scale, the point 1..k) chosen (decision 0029). A run's sample k is its k-th answer to each item: the run's
 * sample index when asked, the k-th answer in the file when imported.
 *
 * @param runId the run
 * @param sample the sample within the run, from 0
 * @param position the position chosen, or 0 for an answer that could not be read
 */
public record SamplePoint(long modelId, String model, long runId, int sample, String itemKey, int position) {}
