package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRows;

class ScenarioRebuilderTest {

    private static final ResponseContext CTX = new ResponseContext("r1", "s1", "u1", 1, "desktop", 1, "DEU");

    @Test
    void rebuiltScenariosGiveBackTheSameRowsForEveryGeneratedScenario() {
        List<Scenario> scenarios = ScenarioGenerator.of(GeneratorMode.AWAD, 3).scenarios(500);
        scenarios = new java.util.ArrayList<>(scenarios);
        scenarios.addAll(ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 4).scenarios(500));
        int i = 0;
        for (Scenario s : scenarios) {
            Side saved = i++ % 2 == 0 ? Side.LEFT : Side.RIGHT;
            List<ResponseRow> rows = ResponseRows.of(s, saved, CTX);
            ScenarioRebuilder.Rebuilt r = ScenarioRebuilder.of(rows.get(0), rows.get(1));
            List<ResponseRow> again = ResponseRows.of(r.shown().scenario(), ShownScenario.savedSide(r.choice()), CTX);
            // the AMCE columns and counts must match exactly (the order of characters within a group may not)
            assertThat(again)
                    .extracting(x -> x.toAmceRow(0))
                    .isEqualTo(rows.stream().map(x -> x.toAmceRow(0)).toList());
            assertThat(again)
                    .extracting(ResponseRow::characters)
                    .isEqualTo(rows.stream().map(ResponseRow::characters).toList());
            assertThat(r.userId()).isEqualTo("u1");
            assertThat(r.shown().descriptionShown()).isTrue();
        }
    }

    @Test
    void rowsGivenRightFirstAreOrderedByLeftHand() {
        Scenario s = ScenarioGenerator.of(GeneratorMode.AWAD, 8).scenarios(1).getFirst();
        List<ResponseRow> rows = ResponseRows.of(s, Side.LEFT, CTX);
        ScenarioRebuilder.Rebuilt r = ScenarioRebuilder.of(rows.get(1), rows.get(0));
        assertThat(r.shown().scenario().left().counts()).isEqualTo(s.left().counts());
        assertThat(r.choice()).isEqualTo(ShownScenario.RIGHT);
    }

    @Test
    void rowsOfDifferentScenariosOrTwoSavedOutcomesAreRefused() {
        List<Scenario> two = ScenarioGenerator.of(GeneratorMode.AWAD, 8).scenarios(2);
        ResponseRow a = ResponseRows.of(two.get(0), Side.LEFT, CTX).get(0);
        ResponseRow b = ResponseRows.of(
                        two.get(1), Side.LEFT, new ResponseContext("r2", "s1", "u1", 2, null, null, null))
                .get(1);
        assertThatThrownBy(() -> ScenarioRebuilder.of(a, b)).hasMessageContaining("share ResponseID");

        List<ResponseRow> rows = ResponseRows.of(two.get(0), Side.LEFT, CTX);
        ResponseRow l = rows.get(0);
        ResponseRow bothSaved = new ResponseRow(
                l.responseId(),
                l.extendedSessionId(),
                l.userId(),
                l.scenarioOrder(),
                l.intervention(),
                l.pedPed(),
                l.barrier(),
                l.crossingSignal(),
                l.attributeLevel(),
                l.scenarioTypeStrict(),
                l.scenarioType(),
                l.defaultChoice(),
                l.nonDefaultChoice(),
                l.defaultChoiceIsOmission(),
                l.numberOfCharacters(),
                l.diffNumberOfCharacters(),
                0,
                l.template(),
                l.descriptionShown(),
                l.leftHand(),
                l.userCountry3(),
                l.characters());
        assertThatThrownBy(() -> ScenarioRebuilder.of(bothSaved, rows.get(1).saved() == 0 ? bothSaved : rows.get(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
