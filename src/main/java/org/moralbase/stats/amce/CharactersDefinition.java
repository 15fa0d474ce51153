package org.moralbase.stats.amce;

/** Which of the two definitions of the "No. Characters" AMCE is reported (methods §2). */
public enum CharactersDefinition {
    /** The plain regression on the whole Utilitarian subset. */
    POOLED,
    /**
     * Of the four per-difference estimates (d = 1..4), the one with the largest absolute value (Takemoto 2026
     * tables; the bar of Awad 2018 Fig. 2a). Ties go to the smaller d; NaN strata are skipped.
     */
    MAX_STRATUM
}
