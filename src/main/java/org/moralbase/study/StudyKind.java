package org.moralbase.study;

/** What a study asks. Stored by name. */
public enum StudyKind {
    /** Moral Machine dilemmas (Awad et al. 2018). */
    MORAL_MACHINE("Moral Machine"),
    /** Deep Value Benchmark test items (Ashkinaze et al. 2025). */
    DEEP_VALUE("Deep Value Benchmark"),
    /** Any imported binary-choice dilemma set (DailyDilemmas, MoralChoice, Scruples, …). */
    CHOICE_PAIR("Choice pairs");

    private final String label;

    StudyKind(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
