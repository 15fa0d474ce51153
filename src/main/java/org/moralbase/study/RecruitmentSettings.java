package org.moralbase.study;

/**
 * How participants arrive and leave: the source, the target number of completed participants (null = no
 * limit), and the Prolific completion and screen-out codes.
 */
public record RecruitmentSettings(
        Recruitment recruitment, Integer targetParticipants, String completionCode, String screenOutCode) {

    /** A public link with no limit. */
    public static RecruitmentSettings publicLink() {
        return new RecruitmentSettings(Recruitment.LINK, null, null, null);
    }

    /** Checks the settings; throws {@link IllegalArgumentException} naming the field. */
    public RecruitmentSettings {
        if (recruitment == null) {
            throw new IllegalArgumentException("Recruitment: choose where participants come from");
        }
        if (targetParticipants != null && targetParticipants < 1) {
            throw new IllegalArgumentException("Target participants: a positive number, or empty for no limit");
        }
        completionCode = blankToNull(completionCode);
        screenOutCode = blankToNull(screenOutCode);
        if (completionCode != null && !completionCode.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("Completion code: letters, digits, '_' or '-', at most 64");
        }
        if (screenOutCode != null && !screenOutCode.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("Screen-out code: letters, digits, '_' or '-', at most 64");
        }
        if (recruitment == Recruitment.PROLIFIC && completionCode == null) {
            throw new IllegalArgumentException("Completion code: Prolific studies need one");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
