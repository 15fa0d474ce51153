package org.moralbase.stats.moralgraph;

/**
 * A participant's answer to "is moving from value X to value Y in this context an upgrade?" — MGE's edge
 * {@code type} (in their 2023 files {@code relationship}).
 */
public enum VoteType {
    /** {@code upgrade}: Y is wiser than X; counts as markedWiser for X→Y and markedLessWise for Y→X. */
    UPGRADE("upgrade"),
    /** {@code no_upgrade}: Y is not wiser; counts as markedNotWiser for X→Y only. */
    NO_UPGRADE("no_upgrade"),
    /** {@code not_sure}: counts as markedUnsure for X→Y only. */
    NOT_SURE("not_sure");

    private final String code;

    VoteType(String code) {
        this.code = code;
    }

    /** The word MGE stores: {@code upgrade}, {@code no_upgrade} or {@code not_sure}. */
    public String code() {
        return code;
    }

    /** The type for MGE's word (exact, case-sensitive as MGE compares), or null when it is none of the three. */
    public static VoteType fromCode(String code) {
        for (VoteType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
