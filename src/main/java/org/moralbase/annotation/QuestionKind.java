package org.moralbase.annotation;

/** What kind of answer a question takes. Stored by name: never rename a value. */
public enum QuestionKind {
    /** One option of a list (optionally "unsure"); agreement on the nominal level. */
    SINGLE_CHOICE("Single choice"),
    /** Any subset of a list; the chosen set is one nominal value. */
    MULTIPLE_CHOICE("Multiple choice"),
    /** An integer scale such as −2..+2 with end labels; agreement on the ordinal and interval levels. */
    SCALE("Scale"),
    /** Any number; agreement on the interval level. */
    NUMBER("Number"),
    /** Free text; no agreement statistic. */
    TEXT("Free text");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }
}
