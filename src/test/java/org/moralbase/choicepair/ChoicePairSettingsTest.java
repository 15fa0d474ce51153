package org.moralbase.choicepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoicePairSettingsTest {

    @Test
    void theSettingsFormsJsonReadsBackAsTheSameSettings() {
        ChoicePairSettings s = new ChoicePairSettings(3, false, true, "Consent");
        assertThat(ChoicePairSettings.fromJson(s.toJson())).isEqualTo(s);
        assertThat(ChoicePairSettings.fromJson(ChoicePairSettings.defaults().toJson()))
                .isEqualTo(ChoicePairSettings.defaults());
    }

    @Test
    void itemsPerParticipantOutOfRangeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new ChoicePairSettings(0, true, false, null))
                .hasMessageStartingWith("Items per participant");
    }
}
