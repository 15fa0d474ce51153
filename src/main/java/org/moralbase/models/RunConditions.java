package org.moralbase.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.condition.Condition;
import org.moralbase.condition.StudyConditions;
import org.springframework.stereotype.Component;

/**
 * Which conditions a run request asks (decision 0028): on a study with conditions, the one the request names
 * ({@link RunRequest#CONDITION}) or, by default, every one, each as a run of its own with the same seed and so the same
 * items; the condition's text for models is kept in the run's settings, so a resumed run asks what it asked.
 */
@Component
class RunConditions {

    private final StudyConditions conditions;

    RunConditions(StudyConditions conditions) {
        this.conditions = conditions;
    }

    /** The codes of the study's conditions, in order (empty: the study has none). */
    List<String> codes(long studyId) {
        return conditions.ofStudy(studyId).stream().map(Condition::code).toList();
    }

    /** The code the request names, taken out of its settings (the kind's own are checked without it), or null. */
    static String named(Map<String, String> requested) {
        String code = requested.remove(RunRequest.CONDITION);
        return code == null || code.isBlank() || RunRequest.EVERY_CONDITION.equals(code) ? null : code.strip();
    }

    /**
     * The settings of each run to start: the kind's settings alone when the study has no conditions, else one copy per
     * asked condition with its code and its text for models.
     *
     * @throws IllegalArgumentException when the request names a condition the study does not have
     */
    List<Map<String, String>> perRun(long studyId, String code, Map<String, String> settings) {
        List<Condition> all = conditions.ofStudy(studyId);
        if (all.isEmpty()) {
            if (code != null) {
                throw new IllegalArgumentException("Condition: the study has no conditions, found '" + code + "'");
            }
            return List.of(settings);
        }
        List<Condition> asked = code == null
                ? all
                : all.stream().filter(c -> c.code().equalsIgnoreCase(code)).toList();
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("Condition: the study has no condition '" + code + "'; it has "
                    + String.join(", ", all.stream().map(Condition::code).toList()));
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Condition c : asked) {
            Map<String, String> one = new LinkedHashMap<>(settings);
            one.put(RunRequest.CONDITION, c.code());
            if (c.forModels() != null) {
                one.put(RunRequest.CONDITION_PROMPT, c.forModels());
            }
            if (c.readLastLine()) {
                one.put(RunRequest.READ_LAST_LINE, "true");
            }
            out.add(one);
        }
        return out;
    }
}
