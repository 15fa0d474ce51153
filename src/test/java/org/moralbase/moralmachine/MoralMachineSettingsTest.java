package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings document: the models shown on the closing page, and documents written before they existed. */
class MoralMachineSettingsTest {

    @Test
    void aDocumentWithoutParticipantModelsShowsTheLatestThree() {
        String old = "{\"mode\":\"AWAD\",\"scenariosPerSession\":13,\"stimuli\":\"ALL\","
                + "\"takemotoOriginalOrder\":false,\"languages\":[\"en\"],\"consentText\":null,\"survey\":true}";
        assertThat(MoralMachineSettings.fromJson(old).participantModels()).isNull();
    }

    @Test
    void chosenModelsAndNoneRoundTripAndMoreThanFiveAreRefused() {
        MoralMachineSettings d = MoralMachineSettings.defaults();
        MoralMachineSettings chosen = withModels(d, List.of("GPT-4o", "Llama 3 8B"));
        assertThat(MoralMachineSettings.fromJson(chosen.toJson()).participantModels())
                .containsExactly("GPT-4o", "Llama 3 8B");
        assertThat(MoralMachineSettings.fromJson(withModels(d, List.of()).toJson())
                        .participantModels())
                .isEmpty();
        assertThatThrownBy(() -> withModels(d, List.of("a", "b", "c", "d", "e", "f")))
                .hasMessage("Models on the closing page: at most 5");
    }

    private static MoralMachineSettings withModels(MoralMachineSettings d, List<String> models) {
        return new MoralMachineSettings(
                d.mode(),
                d.scenariosPerSession(),
                d.stimuli(),
                d.takemotoOriginalOrder(),
                d.languages(),
                d.consentText(),
                d.survey(),
                models);
    }
}
