package org.moralbase.choicepair;

/** The dataset formats a choice-pair study imports (methods §6). */
public enum ChoiceFormat {
    DAILY_DILEMMAS("DailyDilemmas (CSV)"),
    MORAL_CHOICE("MoralChoice (CSV)"),
    SCRUPLES("Scruples dilemmas (JSONL)"),
    GENERIC("Generic (CSV or JSONL)");

    private final String label;

    ChoiceFormat(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
