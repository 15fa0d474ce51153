package org.moralbase.moralmachine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.models.RunAnswer;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRows;
import org.moralbase.stats.amce.AmceAttribute;

class RunAnalysisTest {

    private static final List<Scenario> SCENARIOS =
            ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 99).scenarios(400);

    private static int choice(int i) {
        return i % 3 == 0 ? 2 : 1; // two thirds "Case 1": a position-biased model
    }

    @Test
    void importedRowsGiveTheSameAnalysisAsTheAskedScenarios() {
        List<RunAnswer> asked = new ArrayList<>();
        List<RunAnswer> imported = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario s = SCENARIOS.get(i);
            asked.add(answer(i, new ShownScenario(s, true).toJson(), choice(i)));
            var rows = ResponseRows.of(
                    s, Side.ofCase(choice(i)).other(), new ResponseContext("r" + i, "x", "m", 1, null, null, null));
            imported.add(answer(i, AnsweredPair.writeRows(rows), choice(i)));
        }
        asked.add(new RunAnswer(
                1, 400, 400, 0, "s401", "AB", "{}", "no idea", 0, false, null, 1, null, 5L, Instant.EPOCH));
        RunAnalysis a = RunAnalysisService.analyze(1, asked, "m");
        RunAnalysis b = RunAnalysisService.analyze(1, imported, "m");
        assertThat(a.outcomes()).isEqualTo(401);
        assertThat(a.valid()).isEqualTo(400);
        assertThat(a.case1Share()).isCloseTo(b.case1Share(), within(1e-12)).isBetween(0.6, 0.7);
        for (AmceAttribute attr : AmceAttribute.values()) {
            assertThat(a.amces().estimate(attr).estimate())
                    .as(attr.displayName())
                    .isCloseTo(b.amces().estimate(attr).estimate(), within(1e-12));
            assertThat(a.baselineFirst().estimate(attr).estimate())
                    .isCloseTo(b.baselineFirst().estimate(attr).estimate(), within(1e-12));
        }
        assertThat(a.distance()).isNotNull();
        assertThat(a.distance().distance()).isCloseTo(b.distance().distance(), within(1e-12));
    }

    @Test
    void aModelThatAlwaysAnswersCase1HasOppositeAmcesInTheTwoCaseOrders() {
        List<RunAnswer> asked = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            asked.add(answer(i, new ShownScenario(SCENARIOS.get(i), true).toJson(), 1));
        }
        RunAnalysis a = RunAnalysisService.analyze(1, asked, "m");
        assertThat(a.case1Share()).isEqualTo(1.0);
        for (AmceAttribute attr : List.of(AmceAttribute.GENDER, AmceAttribute.AGE, AmceAttribute.SPECIES)) {
            assertThat(a.baselineFirst().estimate(attr).estimate()).isEqualTo(1.0);
            assertThat(a.baselineSecond().estimate(attr).estimate()).isEqualTo(-1.0);
        }
    }

    private static RunAnswer answer(int i, String scenario, int chosen) {
        return new RunAnswer(
                1,
                i,
                i,
                0,
                "s" + (i + 1),
                "AB",
                scenario,
                "Case " + chosen,
                chosen,
                true,
                null,
                1,
                null,
                10L,
                Instant.EPOCH);
    }
}
