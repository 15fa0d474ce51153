package org.moralbase.dvb;

/** Which of the two presented options; written {@code Option A} / {@code Option B} in DVB files. */
public enum OptionLabel {
    A,
    B;

    /** {@code Option A} or {@code Option B}. */
    public String text() {
        return "Option " + name();
    }

    /** The other option. */
    public OptionLabel other() {
        return this == A ? B : A;
    }

    /**
     * Parses exactly {@code Option A} or {@code Option B}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static OptionLabel parse(String text) {
        for (OptionLabel label : values()) {
            if (label.text().equals(text)) {
                return label;
            }
        }
        throw new IllegalArgumentException("expected 'Option A' or 'Option B', found '" + text + "'");
    }
}
