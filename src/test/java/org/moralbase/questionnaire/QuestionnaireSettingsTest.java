package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionnaireSettingsTest {

    @Test
    void missingFieldsTakeTheDefaultsAndTheDocumentRoundTrips() {
        assertThat(QuestionnaireSettings.fromJson(null)).isEqualTo(QuestionnaireSettings.defaults());
        assertThat(QuestionnaireSettings.fromJson("{\"maxAttentionFailures\": 2}"))
                .isEqualTo(new QuestionnaireSettings(true, 2, null, null));
        QuestionnaireSettings mine = new QuestionnaireSettings(false, 3, "freq=Never|Often", "Consent.");
        assertThat(QuestionnaireSettings.fromJson(mine.toJson())).isEqualTo(mine);
        assertThat(mine.scaleBook().resolve("freq").points()).isEqualTo(2);
    }

    @Test
    void aBadSettingNamesItsField() {
        assertThatThrownBy(() -> new QuestionnaireSettings(true, 0, null, null))
                .hasMessageStartingWith("Failed attention items that end a session");
        assertThatThrownBy(() -> new QuestionnaireSettings(true, 1, "freq Never|Often", null))
                .hasMessageStartingWith("Scales: line 1");
    }
}
