package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings document of a values-card study (missing fields take the defaults; docs/methods.md, "Values cards and
 * the moral graph").
 *
 * @param question the contested question participants write a value for, or null while not yet set
 * @param contexts the contexts a transition is judged in (MGE's {@code contextId}s), one a line on the settings page
 * @param transitionsPerParticipant how many transitions one participant votes on after writing a card (fewer when
 *     the study has too few peers' cards yet)
 * @param consentText the consent text, or null for the standard one
 * @param interviewerModelId the registry model that may help participants write their card (the study owner's own
 *     or a keyless one; decision 0037), or null for none
 */
public record ValuesCardSettings(
        String question,
        List<String> contexts,
        int transitionsPerParticipant,
        String consentText,
        Long interviewerModelId) {

    static final String TRANSITIONS = "Transitions per participant: 1 to 50";
    static final String CONTEXTS = "Contexts: at most 20, each at most 200 characters";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Checks the counts and lengths; drops blank contexts. */
    public ValuesCardSettings {
        if (transitionsPerParticipant < 1 || transitionsPerParticipant > 50) {
            throw new IllegalArgumentException(TRANSITIONS);
        }
        List<String> kept = new ArrayList<>();
        for (String c : contexts == null ? List.<String>of() : contexts) {
            if (c != null && !c.isBlank() && !kept.contains(c.strip())) {
                kept.add(c.strip());
            }
        }
        if (kept.size() > 20 || kept.stream().anyMatch(c -> c.length() > 200)) {
            throw new IllegalArgumentException(CONTEXTS);
        }
        contexts = List.copyOf(kept);
    }

    /** No question yet, no contexts, five transitions per participant, no interviewer. */
    public static ValuesCardSettings defaults() {
        return new ValuesCardSettings(null, List.of(), 5, null, null);
    }

    /** A copy with another interviewer (null for none). */
    public ValuesCardSettings withInterviewer(Long modelId) {
        return new ValuesCardSettings(question, contexts, transitionsPerParticipant, consentText, modelId);
    }

    /** Reads the study's settings; null or blank gives the defaults. */
    public static ValuesCardSettings fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        Partial p = JSON.readValue(json, Partial.class);
        ValuesCardSettings d = defaults();
        return new ValuesCardSettings(
                p.question(),
                p.contexts(),
                p.transitionsPerParticipant() == null ? d.transitionsPerParticipant() : p.transitionsPerParticipant(),
                p.consentText(),
                p.interviewerModelId());
    }

    /** The JSON document stored with the study. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The contexts as the settings page edits them: one a line. */
    public String contextLines() {
        return String.join("\n", contexts);
    }

    /** Contexts from the settings page's lines. */
    public static List<String> contextsFromLines(String lines) {
        return lines == null ? List.of() : List.of(lines.split("\\R"));
    }

    private record Partial(
            String question,
            List<String> contexts,
            Integer transitionsPerParticipant,
            String consentText,
            Long interviewerModelId) {}
}
