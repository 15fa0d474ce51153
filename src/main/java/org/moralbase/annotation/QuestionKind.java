package org.moralbase.annotation;

/** What kind of answer a question takes. Stored by name: never rename a value. */
public enum QuestionKind {
    /** One option of a list (optionally "unsure"); agreement on the nominal level. */
    SINGLE_CHOICE,
    /** Any subset of a list; the chosen set is one nominal value. */
    MULTIPLE_CHOICE,
    /** An integer scale such as −2..+2 with end labels; agreement on the ordinal and interval levels. */
    SCALE,
    /** Any number; agreement on the interval level. */
    NUMBER,
    /** Free text; no agreement statistic. */
    TEXT
}
