package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesCardSettingsTest {

    @Test
    void settingsSurviveTheirJsonAndBlankContextLinesAreDropped() {
        ValuesCardSettings s = new ValuesCardSettings(
                "How should it answer?", ValuesCardSettings.contextsFromLines("calm\n\n crisis \ncalm"), 4, null, 7L);
        assertThat(s.contexts()).containsExactly("calm", "crisis");
        assertThat(ValuesCardSettings.fromJson(s.toJson())).isEqualTo(s); // the interviewer too
        assertThat(ValuesCardSettings.fromJson("{\"question\": \"Q\"}").interviewerModelId())
                .isNull();
        assertThat(s.contextLines()).isEqualTo("calm\ncrisis");
    }

    @Test
    void missingSettingsTakeTheDefaults() {
        assertThat(ValuesCardSettings.fromJson(null)).isEqualTo(ValuesCardSettings.defaults());
        assertThat(ValuesCardSettings.fromJson("{\"question\":\"Q\"}").transitionsPerParticipant())
                .isEqualTo(5);
    }

    @Test
    void countsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new ValuesCardSettings("Q", List.of("c"), 0, null, null))
                .hasMessageStartingWith("Transitions per participant");
        assertThatThrownBy(() -> new ValuesCardSettings("Q", List.of("x".repeat(201)), 3, null, null))
                .hasMessageStartingWith("Contexts");
    }
}
