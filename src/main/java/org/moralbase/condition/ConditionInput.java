package org.moralbase.condition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A condition as a researcher writes it (the conditions page, the REST API), checked before anything is stored.
 *
 * @param code 1–40 letters, digits, '-' or '_', unique in the study
 * @param label 1–100 characters (the code when blank)
 * @param forPeople shown to participants before the items; blank for nothing
 * @param forModels sent to models as the system message; blank for nothing
 * @param readLastLine models reason first (the text for models asks them to): only the last non-empty line of their
 *     answer is read, by the kind's rule; {@code null} (left out) is false
 */
public record ConditionInput(String code, String label, String forPeople, String forModels, Boolean readLastLine) {

    /** The most conditions a study may have. */
    public static final int MAX = 20;

    /** The most characters of a condition's text. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** A condition whose models answer at once. */
    public ConditionInput(String code, String label, String forPeople, String forModels) {
        this(code, label, forPeople, forModels, false);
    }

    /** Trims the fields; a blank label becomes the code, blank texts become {@code null}. */
    public ConditionInput {
        code = code == null ? "" : code.strip();
        label = label == null || label.isBlank() ? code : label.strip();
        forPeople = forPeople == null || forPeople.isBlank() ? null : forPeople.strip();
        forModels = forModels == null || forModels.isBlank() ? null : forModels.strip();
        readLastLine = Boolean.TRUE.equals(readLastLine); // left out (a script's JSON): models answer at once
    }

    /**
     * Every problem of a study's list of conditions, each naming the condition (by its place, from 1) and the field;
     * empty when the list may be stored.
     */
    public static List<String> problems(List<ConditionInput> conditions) {
        List<String> problems = new ArrayList<>();
        if (conditions.size() > MAX) {
            problems.add("Conditions: at most " + MAX + ", found " + conditions.size());
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            ConditionInput c = conditions.get(i);
            String where = "Condition " + (i + 1) + ", ";
            if (!CODE.matcher(c.code()).matches()) {
                problems.add(where + "code: 1 to 40 letters, digits, '-' or '_', found '" + c.code() + "'");
            } else if (!codes.add(c.code().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(where + "code: '" + c.code() + "' is already used by another condition");
            }
            if (c.label().length() > 100) {
                problems.add(where + "label: at most 100 characters");
            }
            if (c.forPeople() != null && c.forPeople().length() > MAX_TEXT) {
                problems.add(where + "text for participants: at most " + MAX_TEXT + " characters");
            }
            if (c.forModels() != null && c.forModels().length() > MAX_TEXT) {
                problems.add(where + "text for models: at most " + MAX_TEXT + " characters");
            }
        }
        return problems;
    }
}
