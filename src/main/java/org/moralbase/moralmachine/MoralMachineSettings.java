package org.moralbase.moralmachine;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Moral Machine study's settings, stored as the study's settings document (JSON).
 *
 * @param mode Awad's website design or Takemoto's LLM design (methods §1.3)
 * @param scenariosPerSession scenarios each participant judges (13 in Awad's design)
 * @param stimuli which characters appear
 * @param takemotoOriginalOrder reproduce Takemoto's fixed case order (only to replicate published numbers)
 * @param languages participant languages offered, first = fallback (e.g. {@code en, es, zh})
 * @param consentText the consent text; null or blank uses the translated default
 * @param survey whether the demographic survey follows the scenarios
 * @param participantModels the registry models shown beside the participant on the closing page (each with its
 *     latest finished run on this study, at most {@link #MAX_PARTICIPANT_MODELS}); {@code null} shows the three
 *     models with the most recent finished runs, an empty list shows none
 */
public record MoralMachineSettings(
        GeneratorMode mode,
        int scenariosPerSession,
        StimuliChoice stimuli,
        boolean takemotoOriginalOrder,
        List<String> languages,
        String consentText,
        boolean survey,
        List<String> participantModels) {

    /** The most models a closing page shows. */
    public static final int MAX_PARTICIPANT_MODELS = 5;

    /** The most recent finished runs' models are shown when none are chosen. */
    public static final int AUTOMATIC_PARTICIPANT_MODELS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Checks the settings; throws {@link IllegalArgumentException} naming the field. */
    public MoralMachineSettings {
        if (mode == null) {
            throw new IllegalArgumentException("Design: choose Awad's or Takemoto's");
        }
        if (scenariosPerSession < 1 || scenariosPerSession > 100) {
            throw new IllegalArgumentException("Scenarios per participant: 1 to 100");
        }
        if (stimuli == null) {
            throw new IllegalArgumentException("Characters: choose which characters appear");
        }
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("Languages: offer at least one");
        }
        languages = List.copyOf(languages);
        if (participantModels != null) {
            participantModels = List.copyOf(participantModels);
            if (participantModels.size() > MAX_PARTICIPANT_MODELS) {
                throw new IllegalArgumentException("Models on the closing page: at most " + MAX_PARTICIPANT_MODELS);
            }
        }
    }

    /** Settings without a choice of models (the closing page shows the latest three). */
    public MoralMachineSettings(
            GeneratorMode mode,
            int scenariosPerSession,
            StimuliChoice stimuli,
            boolean takemotoOriginalOrder,
            List<String> languages,
            String consentText,
            boolean survey) {
        this(mode, scenariosPerSession, stimuli, takemotoOriginalOrder, languages, consentText, survey, null);
    }

    /** Awad's design: 13 scenarios, all characters, English, Spanish and Chinese, with the survey. */
    public static MoralMachineSettings defaults() {
        return new MoralMachineSettings(
                GeneratorMode.AWAD,
                ScenarioGenerator.AWAD_SESSION_LENGTH,
                StimuliChoice.ALL,
                false,
                List.of("en", "es", "zh"),
                null,
                true);
    }

    /** The settings in a study's settings document; defaults when there is none yet. */
    public static MoralMachineSettings fromJson(String json) {
        return json == null || json.isBlank() ? defaults() : JSON.readValue(json, MoralMachineSettings.class);
    }

    /** This settings document as JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The generator for a study seeded with {@code studySeed}; sessions are drawn by their own seeds. */
    public ScenarioGenerator generator(long studySeed) {
        return ScenarioGenerator.of(mode, studySeed)
                .withScenariosPerSession(scenariosPerSession)
                .withStimuli(stimuli.stimuli())
                .withTakemotoOriginalOrder(takemotoOriginalOrder);
    }
}
