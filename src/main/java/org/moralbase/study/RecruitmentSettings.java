package org.moralbase.study;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * How participants arrive and leave: the source, the target number of completed participants (null = no
 * limit), and the Prolific completion and screen-out codes.
 */
public record RecruitmentSettings(
        @NotNull(message = SOURCE) Recruitment recruitment,
        @Min(value = 1, message = TARGET) Integer targetParticipants,
        @Pattern(regexp = CODE, message = COMPLETION) String completionCode,
        @Pattern(regexp = CODE, message = SCREEN_OUT) String screenOutCode) {

    static final String SOURCE = "Recruitment: choose where participants come from";
    static final String TARGET = "Target participants: a positive number, or empty for no limit";

    /** A completion or screen-out code a crowd platform accepts (also for annotation crowd links). */
    public static final String CODE = "[A-Za-z0-9_-]{1,64}";

    /** The rule for completion codes, in the words forms and refusals use. */
    public static final String COMPLETION = "Completion code: letters, digits, '_' or '-', at most 64";

    /** The rule for screen-out codes. */
    public static final String SCREEN_OUT = "Screen-out code: letters, digits, '_' or '-', at most 64";

    /** A public link with no limit. */
    public static RecruitmentSettings publicLink() {
        return new RecruitmentSettings(Recruitment.LINK, null, null, null);
    }

    /** Checks the settings; throws {@link IllegalArgumentException} naming the field. */
    public RecruitmentSettings {
        if (recruitment == null) {
            throw new IllegalArgumentException(SOURCE);
        }
        if (targetParticipants != null && targetParticipants < 1) {
            throw new IllegalArgumentException(TARGET);
        }
        completionCode = blankToNull(completionCode);
        screenOutCode = blankToNull(screenOutCode);
        if (completionCode != null && !completionCode.matches(CODE)) {
            throw new IllegalArgumentException(COMPLETION);
        }
        if (screenOutCode != null && !screenOutCode.matches(CODE)) {
            throw new IllegalArgumentException(SCREEN_OUT);
        }
        if (recruitment == Recruitment.PROLIFIC && completionCode == null) {
            throw new IllegalArgumentException("Completion code: Prolific studies need one");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
