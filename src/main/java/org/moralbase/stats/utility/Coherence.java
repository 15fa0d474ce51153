package org.moralbase.stats.utility;

/**
 * How coherent a set of pairwise preferences is (Mazeika et al. 2025, §3.2 and Fig. 4–5).
 *
 * @param heldOutAccuracy share of held-out pairs where the fit and the votes agree, both thresholded at ½ (P ≥ ½
 *     counts for the first outcome, as in their code)
 * @param heldOutLogLoss mean binary cross-entropy of the votes' P against the fit's on the held-out pairs (the fit's P
 *     clipped to [1e-5, 1 − 1e-5] as in their code)
 * @param heldOutPairs how many pairs were held out (5%, at least 1, at most 1,000)
 * @param confidence mean over all pairs of max(P, 1 − P) of the votes (a random A/B answerer with 20 votes a pair:
 *     about 0.587)
 * @param log10CycleProbability log10 of the mean probability of a preference cycle over the triads whose three pairs
 *     were all asked (NaN when there are none)
 * @param triads how many triads that mean is over
 */
public record Coherence(
        double heldOutAccuracy,
        double heldOutLogLoss,
        int heldOutPairs,
        double confidence,
        double log10CycleProbability,
        int triads) {}
