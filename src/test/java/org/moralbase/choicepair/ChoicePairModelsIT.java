package org.moralbase.choicepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Model answers are imported all-or-nothing and compared with the people's answers per item and per model. */
class ChoicePairModelsIT extends IntegrationTest {

    private static final String ITEMS = "id,context,option_a,option_b\n"
            + "k1,c1,Tell the truth,Keep quiet\n"
            + "k2,c2,Return the wallet,Keep the wallet\n"
            + "k3,c3,Report the friend,Cover for the friend\n";

    // option text as shown -> (item key, original label)
    private static final Map<String, String> ORIGINAL = Map.of(
            "Tell the truth",
            "A",
            "Keep quiet",
            "B",
            "Return the wallet",
            "A",
            "Keep the wallet",
            "B",
            "Report the friend",
            "A",
            "Cover for the friend",
            "B");

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    ChoicePairModels models;

    @Autowired
    ParticipationService participation;

    @Autowired
    ChoicePairParticipation choicePairs;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void modelSharesAgreementAndDivergenceAreComputedFromBalancedStoredAnswers() {
        logins.signIn(logins.createUser("mona", Roles.RESEARCHER));
        long studyId = studies.create("Models beside people", ChoicePairKind.ID).id();
        studies.updateSettings(studyId, new ChoicePairSettings(3, true, false, null).toJson());
        assertThat(items.importDataset(studyId, FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", ITEMS))
                        .items())
                .isEqualTo(3);
        studies.setStatus(studyId, StudyStatus.OPEN);

        // people, in original labels: k1 A A B (p = 2/3); k2 B B B (p = 0); k3 A B undecided (p = 1/2, a tie)
        answerAs("p1", Map.of("k1", "A", "k2", "B", "k3", "A"), studyId);
        answerAs("p2", Map.of("k1", "A", "k2", "B", "k3", "B"), studyId);
        answerAs("p3", Map.of("k1", "B", "k2", "B", "k3", ChoicePairParticipation.UNDECIDED), studyId);

        String csv = "item,model,answer,order\n"
                + "k1,gpt,A,AB\nk1,gpt,a,BA\nk1,gpt,2,AB\n" // 2A 1B
                + "k2,gpt,option a,AB\nk2,gpt,1,BA\n" // 2A 0B
                + "k3,gpt,B,AB\nk3,gpt,no idea,BA\n"; // 0A 1B, one unparseable
        assertThat(models.importAnswers(studyId, DatasetSource.ofText("gpt.csv", csv), false)
                        .answers())
                .isEqualTo(7);
        // a broken file (unknown item) stores nothing, not even its valid row
        assertThat(Fixtures.problems(() -> models.importAnswers(
                        studyId,
                        DatasetSource.ofText("bad.csv", "item,model,answer\nk1,other,A\nk9,other,B\n"),
                        false)))
                .containsExactly("bad.csv line 3, field item: 'k9' is not an item of this study");

        ModelComparison comparison = models.compare(studyId);
        assertThat(comparison.models()).extracting(ModelShareSummary::model).containsExactly("gpt");
        ModelShareSummary gpt = comparison.models().getFirst();
        assertThat(gpt.answers()).isEqualTo(7);
        assertThat(gpt.unparseable()).isEqualTo(1);
        assertThat(gpt.items()).isEqualTo(3);
        // k1 majorities A/A agree, k2 B/A disagree, k3 is a human tie and left out: 1/2
        assertThat(gpt.majorityItems()).isEqualTo(2);
        assertThat(gpt.agreementRate()).isEqualTo(0.5);
        assertThat(gpt.tiedItems()).isEqualTo(1);
        // q = (k+1/2)/(n+1): k1 q = 2.5/4, KL = 2/3 ln((2/3)/.625) + 1/3 ln((1/3)/.375) = 0.003765
        // k2 q = 2.5/3, KL = ln(1/(1/6)) = 1.791759; k3 q = .5/2, KL = .5 ln(.5/.25) + .5 ln(.5/.75) = 0.143841
        // mean = (0.003765 + 1.791759 + 0.143841) / 3 = 0.646455
        assertThat(gpt.meanDivergence()).isCloseTo(0.646455, within(1e-6));
        // orders: 4 AB, 3 BA of 7 answers = 57% AB: balanced, pooled
        assertThat(gpt.balance().shareAB()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(gpt.runsPooled()).isEqualTo(1);

        List<ItemModelShare> rows = comparison.items();
        assertThat(rows).extracting(ItemModelShare::itemKey).containsExactly("k1", "k2", "k3");
        assertThat(rows).extracting(ItemModelShare::humanDecided).containsExactly(3, 3, 2);
        assertThat(rows.get(0).humanShareA()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rows.get(0).modelShareA()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rows.get(1).humanShareA()).isEqualTo(0.0);
        assertThat(rows.get(1).modelShareA()).isEqualTo(1.0);
        assertThat(rows.get(2).modelShareA()).isEqualTo(0.0);
        assertThat(rows).extracting(ItemModelShare::parseable).containsExactly(3, 2, 1);
        assertThat(rows).extracting(ItemModelShare::unparseable).containsExactly(0, 0, 1);
        assertThat(rows.get(1).divergence()).isCloseTo(1.791759, within(1e-6));
        assertThat(rows.get(1).difference()).isEqualTo(1.0);
        assertThat(rows).extracting(ItemModelShare::agrees).containsExactly(true, false, null);

        // answers without their order cannot be shown balanced: left out by default, pooled when asked
        models.importAnswers(studyId, DatasetSource.ofText("plain.csv", "item,model,answer\nk1,plain,A\n"), false);
        ModelComparison balanced = models.compare(studyId);
        assertThat(balanced.models()).extracting(ModelShareSummary::model).containsExactly("gpt");
        assertThat(balanced.leftOut()).extracting(RunBalance::model).containsExactly("plain");
        assertThat(balanced.leftOut().getFirst().balance().describe()).isEqualTo("order not recorded (1)");
        ModelComparison all = models.compare(studyId, true);
        assertThat(all.models()).extracting(ModelShareSummary::model).containsExactly("gpt", "plain");
        assertThat(all.leftOut()).isEmpty();
        // plain, k1: q = 1.5/2, KL = 2/3 ln((2/3)/.75) + 1/3 ln((1/3)/.25) = 0.017372
        assertThat(all.items().get(3).divergence()).isCloseTo(0.017372, within(1e-6));
    }

    private void answerAs(String pid, Map<String, String> originalChoice, long studyId) {
        String id = ((StartOutcome.Ready) participation.start(
                        publicStudies.byId(studyId).orElseThrow(),
                        new Arrival(Source.PROLIFIC, pid, "s", "x", null, false),
                        null,
                        "en",
                        "desktop"))
                .session()
                .token();
        choicePairs.consent(id);
        for (ChoicePairPage page : choicePairs.load(id).orElseThrow().pages()) {
            String key = "k" + page.context().substring(1);
            String wanted = originalChoice.get(key);
            String shown = wanted.equals(ChoicePairParticipation.UNDECIDED)
                    ? wanted
                    // the shown A is the original A unless the pair was swapped for this participant
                    : ORIGINAL.get(page.optionA()).equals(wanted) ? "A" : "B";
            choicePairs.answer(id, page.position(), shown, null, Instant.now());
        }
    }
}
