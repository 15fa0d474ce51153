package org.moralbase.models;

/** What a run asks. */
public enum RunItems {
    /** Moral Machine scenarios drawn by the generator from the run's seed (Takemoto's prompt). */
    MM_SCENARIOS,
    /** The study's own two-option items (choice pairs, DVB prompts), as their feature words them. */
    STUDY_ITEMS
}
