package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownScenarioTest {

    @Test
    void everyGeneratedScenarioSurvivesTheStoredJsonUnchanged() {
        List<Scenario> scenarios = ScenarioGenerator.of(GeneratorMode.AWAD, 99).scenarios(500);
        for (Scenario s : scenarios) {
            ShownScenario shown = new ShownScenario(s, s.hashCode() % 2 == 0);
            assertThat(ShownScenario.fromJson(shown.toJson())).isEqualTo(shown);
        }
    }

    @Test
    void choosingAPictureSparesTheOtherSide() {
        assertThat(ShownScenario.savedSide("left")).isEqualTo(Side.RIGHT);
        assertThat(ShownScenario.savedSide("right")).isEqualTo(Side.LEFT);
        assertThatThrownBy(() -> ShownScenario.savedSide("up")).hasMessageContaining("left or right");
    }

    @Test
    void settingsRoundTripAndMissingSettingsAreAwadsDesign() {
        MoralMachineSettings custom = new MoralMachineSettings(
                GeneratorMode.TAKEMOTO,
                20,
                StimuliChoice.AWAD_ANALYSIS,
                true,
                List.of("zh", "en"),
                "Consent?",
                false,
                null);
        assertThat(MoralMachineSettings.fromJson(custom.toJson())).isEqualTo(custom);
        assertThat(MoralMachineSettings.fromJson(null)).isEqualTo(MoralMachineSettings.defaults());
        assertThat(MoralMachineSettings.defaults().scenariosPerSession()).isEqualTo(13);
        assertThatThrownBy(() -> new MoralMachineSettings(
                        GeneratorMode.AWAD, 0, StimuliChoice.ALL, false, List.of("en"), null, true, null))
                .hasMessageStartingWith("Scenarios per participant");
    }
}
