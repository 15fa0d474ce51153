package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.stats.amce.AmceRow;

class AnswerRowsTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private static StoredAnswer answer(int position, Scenario s, boolean description, String choice) {
        return new StoredAnswer(
                position, "mm-" + position, new ShownScenario(s, description).toJson(), choice, AT, AT, 900L);
    }

    @Test
    void anAnswerBecomesTwoRowsWithTheSessionsIdsAndTheSparedSideSaved() {
        Scenario s = ScenarioGenerator.of(GeneratorMode.AWAD, 5).scenarios(1).getFirst();
        List<ResponseRow> rows = AnswerRows.of("abc", "Mobile", answer(7, s, true, ShownScenario.LEFT));

        assertThat(rows).hasSize(2);
        ResponseRow left = rows.get(0);
        ResponseRow right = rows.get(1);
        assertThat(left.responseId()).isEqualTo("abc-7");
        assertThat(left.extendedSessionId()).isEqualTo("abc");
        assertThat(left.userId()).isEqualTo("abc");
        assertThat(left.scenarioOrder()).isEqualTo(7);
        assertThat(left.template()).isEqualTo("mobile");
        assertThat(left.descriptionShown()).isEqualTo(1);
        assertThat(left.userCountry3()).isNull();
        assertThat(left.leftHand()).isEqualTo(1);
        // the left picture was chosen: its characters die, the right ones are spared
        assertThat(left.saved()).isZero();
        assertThat(right.saved()).isEqualTo(1);
        assertThat(left.intervention()).isEqualTo(s.left().intervention());
        assertThat(left.characters()).isEqualTo(s.left().counts());
    }

    @Test
    void choosingTheRightPictureSparesTheLeftOutcome() {
        Scenario s =
                ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 9).scenarios(1).getFirst();
        List<AmceRow> rows = AnswerRows.amceRows(answer(1, s, false, ShownScenario.RIGHT), 42);
        assertThat(rows).extracting(AmceRow::saved).containsExactly(1, 0);
        assertThat(rows).extracting(AmceRow::cluster).containsOnly(42L);
        assertThat(rows.get(0).scenarioType()).isEqualTo(s.dimension().label());
    }

    @Test
    void unknownDevicesAreNotATemplate() {
        assertThat(AnswerRows.template(" Desktop ")).isEqualTo("desktop");
        assertThat(AnswerRows.template("tablet")).isEqualTo("tablet");
        assertThat(AnswerRows.template("tv")).isNull();
        assertThat(AnswerRows.template(null)).isNull();
    }

    @Test
    void anAnswerWithoutAScenarioIsRefusedWithItsPosition() {
        StoredAnswer broken = new StoredAnswer(3, "x", "{\"not\":1}", "left", AT, AT, null);
        assertThatThrownBy(() -> AnswerRows.amceRows(broken, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answer 3");
        StoredAnswer badChoice = answer(
                4, ScenarioGenerator.of(GeneratorMode.AWAD, 1).scenarios(1).getFirst(), false, "up");
        assertThatThrownBy(() -> AnswerRows.amceRows(badChoice, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
