package org.moralbase.stats.amce;

/** Which standard error an AMCE carries (methods §2 "Standard errors"). */
public enum SeType {
    /**
     * Homoskedastic weighted-least-squares SE as printed by R's {@code summary(lm)} (Takemoto 2024/2026):
     * {@code sqrt(Σ w e² / (n − 2) · (1/W_A + 1/W_B))}.
     */
    PLAIN,
    /**
     * Cluster-robust CR1 SE as R's {@code sandwich::vcovCL(type = "HC1")} (Awad 2018):
     * {@code sqrt(G/(G−1) · (n−1)/(n−2) · Σ_g (Σ_{i∈g} ψ_i)²)}.
     */
    CLUSTER
}
