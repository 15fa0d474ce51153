package org.moralbase.moralmachine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        @NotNull(message = MODE) GeneratorMode mode,

        @Min(value = 1, message = SCENARIOS) @Max(value = 100, message = SCENARIOS)
        int scenariosPerSession,

        @NotNull(message = STIMULI) StimuliChoice stimuli,
        boolean takemotoOriginalOrder,
        @NotEmpty(message = LANGUAGES) List<String> languages,
        String consentText,
        boolean survey,

        @Size(max = MAX_PARTICIPANT_MODELS, message = MODELS)
        List<String> participantModels) {

    static final String MODE = "Design: choose Awad's or Takemoto's";
    static final String SCENARIOS = "Scenarios per participant: 1 to 100";
    static final String STIMULI = "Characters: choose which characters appear";
    static final String LANGUAGES = "Languages: offer at least one";
    static final String MODELS = "Models on the closing page: at most " + MoralMachineSettings.MAX_PARTICIPANT_MODELS;

    /** The most models a closing page shows. */
    public static final int MAX_PARTICIPANT_MODELS = 5;

    /** The most recent finished runs' models are shown when none are chosen. */
    public static final int AUTOMATIC_PARTICIPANT_MODELS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Checks the settings; throws {@link IllegalArgumentException} naming the field. */
    public MoralMachineSettings {
        if (mode == null) {
            throw new IllegalArgumentException(MODE);
        }
        if (scenariosPerSession < 1 || scenariosPerSession > 100) {
            throw new IllegalArgumentException(SCENARIOS);
        }
        if (stimuli == null) {
            throw new IllegalArgumentException(STIMULI);
        }
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException(LANGUAGES);
        }
        languages = List.copyOf(languages);
        if (participantModels != null) {
            participantModels = List.copyOf(participantModels);
            if (participantModels.size() > MAX_PARTICIPANT_MODELS) {
                throw new IllegalArgumentException(MODELS);
            }
        }
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
                true,
                null);
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
