package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityCalculatorTest {

    private static final QuestionSpec PICK = QuestionSpec.singleChoice("pick", "Which?", List.of("a", "b"), true);
    private static final QuestionSpec DEPTH = QuestionSpec.scale("depth", "How deep?", -2, 2, "shallow", "deep");

    private static Judgement j(String item, String rater, String question, String value, long ms) {
        return new Judgement(item, rater, question, value, ms, Instant.EPOCH);
    }

    @Test
    void perfectNominalAgreementGivesAlphaOneAndUnsureCountsAsMissing() {
        List<Judgement> all = List.of(
                j("i1", "r1", "pick", "a", 1000),
                j("i1", "r2", "pick", "a", 3000),
                j("i1", "r3", "pick", "unsure", 5000),
                j("i2", "r1", "pick", "b", 1000),
                j("i2", "r2", "pick", "b", 3000),
                j("i2", "r3", "pick", "b", 5000));
        QualityReport report = new QualityCalculator(200, 1).compute(List.of(PICK), all, Map.of(), Set.of(), Map.of());

        QualityReport.AgreementRow row = report.agreement().getFirst();
        assertThat(row.level()).isEqualTo("nominal");
        assertThat(row.alpha()).isEqualTo(1.0);
        // i1 has 2 answers, i2 has 3: Fleiss' kappa needs equal numbers
        assertThat(row.fleissKappa()).isNaN();
        assertThat(report.items())
                .filteredOn(r -> r.itemKey().equals("i1"))
                .first()
                .satisfies(r -> assertThat(r.ratings()).isEqualTo(2));
    }

    @Test
    void scalesGetOrdinalAndIntervalAlphaAndExcludingTheOddWorkerRaisesAgreement() {
        List<Judgement> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int truth = i % 5 - 2;
            all.add(j("i" + i, "r1", "depth", Integer.toString(truth), 1000));
            all.add(j("i" + i, "r2", "depth", Integer.toString(truth), 2000));
            all.add(j("i" + i, "odd", "depth", "2", 100));
        }
        QualityCalculator calc = new QualityCalculator(200, 7);
        QualityReport with = calc.compute(List.of(DEPTH), all, Map.of(), Set.of(), Map.of());
        QualityReport without = calc.compute(List.of(DEPTH), all, Map.of(), Set.of("odd"), Map.of());

        assertThat(with.agreement())
                .extracting(QualityReport.AgreementRow::level)
                .containsExactly("ordinal", "interval");
        assertThat(with.agreement().get(1).alpha()).isLessThan(0.9);
        assertThat(without.agreement().get(1).alpha()).isCloseTo(1.0, within(1e-12));
        QualityReport.WorkerRow odd = with.workers().stream()
                .filter(w -> w.rater().equals("odd"))
                .findFirst()
                .orElseThrow();
        assertThat(odd.straightLining()).isTrue();
        assertThat(odd.medianTimeMs()).isEqualTo(100);
        assertThat(without.workers())
                .filteredOn(QualityReport.WorkerRow::excluded)
                .extracting(QualityReport.WorkerRow::rater)
                .containsExactly("odd");
    }

    @Test
    void goldAccuracyMajorityAgreementAndDecisionsAreReported() {
        List<Judgement> all = List.of(
                j("i1", "r1", "pick", "a", 1),
                j("i1", "r2", "pick", "a", 1),
                j("i1", "r3", "pick", "b", 1),
                j("i2", "r1", "pick", "b", 1),
                j("i2", "r2", "pick", "a", 1));
        Map<String, Map<String, String>> gold = Map.of("i1", Map.of("pick", "a"), "i2", Map.of("pick", "b"));
        QualityReport report = new QualityCalculator(100, 3)
                .compute(List.of(PICK), all, gold, Set.of(), Map.of("i2\u0000pick", new String[] {"b", "reviewer"}));

        QualityReport.WorkerRow r3 = report.workers().stream()
                .filter(w -> w.rater().equals("r3"))
                .findFirst()
                .orElseThrow();
        assertThat(r3.goldAccuracy()).isEqualTo(0.0);
        assertThat(r3.majorityAgreement()).isEqualTo(0.0);
        QualityReport.WorkerRow r1 = report.workers().getFirst();
        assertThat(r1.goldAccuracy()).isEqualTo(1.0);
        QualityReport.ItemRow i2 = report.items().stream()
                .filter(r -> r.itemKey().equals("i2"))
                .findFirst()
                .orElseThrow();
        assertThat(i2.majority()).startsWith("tie");
        assertThat(i2.finalLabel()).isEqualTo("b");
        assertThat(i2.decidedBy()).isEqualTo("reviewer");
        QualityReport.ItemRow i1 = report.items().getFirst();
        assertThat(i1.goldMatch()).isEqualTo("MATCH");
        assertThat(i1.decidedBy()).isEqualTo("majority");
    }
}
