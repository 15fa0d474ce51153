package org.moralbase.moralmachine;

/** The pedestrian crossing signal of an outcome, coded as in the {@code CrossingSignal} column. */
public enum Signal {
    /** No signal ({@code 0}); passengers always have this. */
    NONE(0),
    /** Green: crossing lawfully ({@code 1}). */
    GREEN(1),
    /** Red: flouting the law ({@code 2}). */
    RED(2);

    private final int code;

    Signal(int code) {
        this.code = code;
    }

    /** The {@code CrossingSignal} code: 0 none, 1 green, 2 red. */
    public int code() {
        return code;
    }

    /** The signal with this {@code CrossingSignal} code. */
    public static Signal ofCode(int code) {
        return switch (code) {
            case 0 -> NONE;
            case 1 -> GREEN;
            case 2 -> RED;
            default -> throw new IllegalArgumentException("CrossingSignal must be 0, 1 or 2, got " + code);
        };
    }
}
