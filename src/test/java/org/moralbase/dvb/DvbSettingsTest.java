package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DvbSettingsTest {

    @Test
    void missingFieldsTakeTheDefaultsAndGivenOnesAreKept() {
        DvbSettings s = DvbSettings.fromJson("{\"trialsPerParticipant\":3,\"quotaPerCondition\":12,\"other\":1}");
        assertThat(s.trialsPerParticipant()).isEqualTo(3);
        assertThat(s.quotaPerCondition()).isEqualTo(12);
        assertThat(s.attentionChecks()).isEqualTo(DvbSettings.defaults().attentionChecks());
        assertThat(DvbSettings.fromJson(s.toJson())).isEqualTo(s);
        assertThat(DvbSettings.fromJson(null)).isEqualTo(DvbSettings.defaults());
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> DvbSettings.fromJson("{\"trialsPerParticipant\":0}"))
                .hasMessageStartingWith("Trials per participant");
    }

    @Test
    void aPairShownSwappedMovesTheChoiceWithItsOption() {
        StoredExamples.Pair p = new StoredExamples.Pair("x", "y", "A");
        assertThat(p.shown(true)).isEqualTo(new StoredExamples.Pair("y", "x", "B"));
        assertThat(p.shown(false)).isEqualTo(p);
    }

    @Test
    void knownDimensionsAreNamedEitherWayRoundOthersByTheirPoles() {
        assertThat(DvbItems.dimensionName("Serious", "Humorous")).isEqualTo("Humor");
        assertThat(DvbItems.dimensionName("Zeta", "Alpha")).isEqualTo("Alpha / Zeta");
        assertThat(DvbItems.valueSet("Self-Improvement")).isEqualTo("ROSS_DUTIES");
        assertThat(DvbItems.valueSet("kindness")).isEqualTo("OTHER");
    }
}
