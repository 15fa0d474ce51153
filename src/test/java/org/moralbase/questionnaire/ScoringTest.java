package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scales;

/** Scores worked by hand (the arithmetic is in the comments). */
class ScoringTest {

    private static final List<ItemRow> BANK = List.of(
            new ItemRow("a", "A", Scales.AGREE5, "s", false, null, null),
            new ItemRow("b", "B", Scales.AGREE5, "s", true, null, null),
            new ItemRow("c", "Choose 4", Scales.AGREE5, null, false, null, 4));

    @Test
    void reverseKeyedItemsAreReversedAndAttentionItemsNeverScored() {
        // person 1: a=4, b=2 (reversed 1+5-2=4) → 4; person 2: a=2, b=5 (reversed 1) → 1.5
        List<Map<String, Integer>> people = List.of(Map.of("a", 4, "b", 2, "c", 4), Map.of("a", 2, "b", 5, "c", 4));
        // the model: a answered 5 twice, b answered 1 once (reversed 5) and once unreadably (0), in two samples
        QuestionnaireReport report =
                Scoring.report(BANK, people, 1, Map.of("m", List.of(Map.of("a", 5, "b", 1), Map.of("a", 5, "b", 0))));
        SubscaleScores s = report.subscales().getFirst();
        assertThat(report.subscales()).hasSize(1);
        assertThat(s.items()).isEqualTo(2);
        assertThat(s.people().mean()).isCloseTo(2.75, within(1e-12)); // (4 + 1.5) / 2
        assertThat(s.people().sd()).isCloseTo(Math.sqrt(2 * 1.25 * 1.25), within(1e-12)); // deviations ±1.25, n−1 = 1
        assertThat(s.models().get("m").mean()).isCloseTo(5.0, within(1e-12)); // samples (5 + 5) / 2 and 5 / 1
        assertThat(s.models().get("m").n()).isEqualTo(2);
        // scored a = (4, 2), b = (4, 1): var 2 and 4.5, cov 3; α = 2/1 · (1 − 6.5/12.5) = 0.96; ω needs 3 items
        assertThat(s.reliability().alpha()).isCloseTo(0.96, within(1e-12));
        assertThat(s.reliability().omega()).isNaN();
        assertThat(s.reliability().notes()).anySatisfy(n -> assertThat(n).contains("omega needs at least 3 items"));

        ItemScores itemA = report.items().getFirst();
        assertThat(itemA.people()).containsExactly(0, 1, 0, 1, 0);
        assertThat(itemA.peopleMean()).isCloseTo(3.0, within(1e-12));
        assertThat(itemA.models().get("m").meanDifference()).isCloseTo(2.0, within(1e-12)); // 5 − 3
        // CDFs over points 1–5: people (0, ½, ½, 1, 1), model (0, 0, 0, 0, 1): W = ½ + ½ + 1 = 2
        assertThat(itemA.models().get("m").wasserstein()).isCloseTo(2.0, within(1e-12));
        // the model always says 5, so every resample of it is 5; the people's (2, 4) resample to a mean of 2, 3 or 4
        // with chances ¼, ½, ¼, so Δ is 3, 2 or 1 and the 2.5% and 97.5% quantiles of 2,000 are 1 and 3
        assertThat(itemA.models().get("m").ciLow()).isEqualTo(1.0);
        assertThat(itemA.models().get("m").ciHigh()).isEqualTo(3.0);
        assertThat(Scoring.points(new int[] {0, 2, 0, 1})).containsExactly(2, 2, 4);
        ItemScores itemB = report.items().get(1);
        assertThat(itemB.peopleMean()).isCloseTo(3.5, within(1e-12)); // as answered: (2 + 5) / 2
        assertThat(itemB.models().get("m").unreadable()).isEqualTo(1);
        assertThat(report.items().get(2).attention()).isTrue();
        assertThat(report.people()).isEqualTo(2);
        assertThat(report.screenedOut()).isEqualTo(1);
    }

    @Test
    void aModelsSubscaleScoreIsSummarisedOverItsSamplesAsAPersonsIsOverPeople() {
        // sample 1: a=5, b=5 (reversed 1) → 3; sample 2: a=1, b unreadable → 1; sample 3: a=4, b=2 (reversed 4) → 4.
        // Over samples: mean 8/3, deviations 1/3, −5/3, 4/3, SD √((1 + 25 + 16)/9 / 2) = √(7/3); pooled over the five
        // valid answers it would have been (5 + 1 + 1 + 4 + 4) / 5 = 3.
        QuestionnaireReport report = Scoring.report(
                BANK,
                List.of(),
                0,
                Map.of("m", List.of(Map.of("a", 5, "b", 5), Map.of("a", 1, "b", 0), Map.of("a", 4, "b", 2))));
        ScoreSummary m = report.subscales().getFirst().models().get("m");
        assertThat(m.mean()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(m.sd()).isCloseTo(Math.sqrt(7.0 / 3), within(1e-12));
        assertThat(m.n()).isEqualTo(3);
        assertThat(report.items().get(1).models().get("m").unreadable()).isEqualTo(1);
        assertThat(report.items().getFirst().models().get("m").mean()).isCloseTo(10.0 / 3, within(1e-12));
    }

    /**
     * The Scores page's α and ω are R's: the reliability fixture (src/test/r/scale_reliability_reference.R, R 4.2.2,
     * psych 2.2.9; 240 respondents, ~6% missing, a reverse-keyed item) scored through the questionnaire's own scoring
     * gives psych::alpha's raw alpha to 1e-12 and psych::omega(nfactors = 1)'s omega total to 5e-6 (psych's optimiser
     * stops early; ScaleReliabilityTest says why), subscale by subscale.
     */
    @Test
    void alphaAndOmegaOfEachSubscaleAreRsPsychOnTheReferenceFixture() throws Exception {
        List<ItemRow> bank = new java.util.ArrayList<>();
        for (String line : lines("/reference/scale_reliability_items.csv")) {
            String[] f = line.split(",");
            bank.add(
                    new ItemRow(f[0], f[0], Scales.AGREE7, f[1], Boolean.parseBoolean(f[2].toLowerCase()), null, null));
        }
        Map<String, Map<String, Integer>> byRespondent = new java.util.LinkedHashMap<>();
        for (String line : lines("/reference/scale_reliability_answers.csv")) {
            String[] f = line.split(",", -1);
            if (!f[2].isEmpty() && !f[2].equals("NA")) {
                byRespondent
                        .computeIfAbsent(f[0], r -> new java.util.HashMap<>())
                        .put(f[1], Integer.parseInt(f[2]));
            }
        }
        QuestionnaireReport report = Scoring.report(bank, List.copyOf(byRespondent.values()), 0, Map.of());
        Map<String, SubscaleScores> bySubscale = new java.util.HashMap<>();
        report.subscales().forEach(x -> bySubscale.put(x.subscale(), x));
        List<String> expected = lines("/reference/scale_reliability_expected.csv");
        assertThat(expected).hasSize(4);
        for (String line : expected) {
            String[] e = line.split(",");
            SubscaleScores.Reliability r = bySubscale.get(e[0]).reliability();
            assertThat(r.alpha()).as(e[0] + " alpha").isCloseTo(Double.parseDouble(e[3]), within(1e-12));
            if (e[4].equals("NA")) {
                assertThat(r.omega()).as(e[0]).isNaN();
            } else {
                assertThat(r.omega()).as(e[0] + " omega").isCloseTo(Double.parseDouble(e[4]), within(5e-6));
            }
        }
    }

    private static List<String> lines(String resource) throws java.io.IOException {
        try (var in = ScoringTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
