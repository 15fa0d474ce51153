package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UtilitySettingsTest {

    @Test
    void missingFieldsTakeTheDefaultsAndTheDocumentRoundTrips() {
        assertThat(UtilitySettings.fromJson(null)).isEqualTo(UtilitySettings.defaults());
        assertThat(UtilitySettings.fromJson("{\"anchors\":5}")).isEqualTo(new UtilitySettings(20, 5, false, null));
        UtilitySettings s = new UtilitySettings(30, 4, true, "Consent");
        assertThat(UtilitySettings.fromJson(s.toJson())).isEqualTo(s);
        assertThat(s.unparseableRule()).contains("half a vote");
        assertThat(UtilitySettings.defaults().unparseableRule()).contains("dropped");
    }

    @Test
    void anchorsMustLeaveRoomForOtherPairs() {
        assertThatThrownBy(() -> new UtilitySettings(3, 3, false, null)).hasMessageContaining("Anchor pairs");
        assertThatThrownBy(() -> new UtilitySettings(1, 0, false, null)).hasMessageContaining("Pairs per participant");
    }
}
