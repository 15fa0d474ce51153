package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** DVB items are imported into a study all-or-nothing, and the builder stores only sound trials. */
class DvbItemsIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    DvbItems items;

    @Autowired
    DvbModelResults modelResults;

    long studyId;

    @Autowired
    DvbResults results;

    @BeforeEach
    void aResearcherWithADraftStudy() {
        logins.signIn(logins.createUser("ida", Roles.RESEARCHER));
        studyId = studies.create("Items", DeepValueKind.ID).id();
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theReleasedFixturesAreStoredWithTheirMetadataAndExamples() {
        ItemImportResult result =
                items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), Fixtures.source("dvb_examples.json"));

        assertThat(result.stored()).isEqualTo(2);
        assertThat(items.list(studyId))
                .extracting(
                        DvbItemRow::key,
                        DvbItemRow::n,
                        DvbItemRow::valuePair,
                        DvbItemRow::valueSet,
                        DvbItemRow::dimension,
                        DvbItemRow::context,
                        DvbItemRow::expectedChoice,
                        DvbItemRow::usable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "p-1", 4, "fidelity > justice", "ROSS_DUTIES", "Humor", "healthcare", "B", true),
                        org.assertj.core.groups.Tuple.tuple(
                                "2", 20, "security > tradition", "SCHWARTZ_VALUES", "Voice", "legal", "A", false));
        assertThat(items.quotas(studyId)).hasSize(2);

        // the fixture's third row answers 'p-2', which this file calls 2: refused, nothing stored
        assertThat(Fixtures.problems(
                        () -> modelResults.importResults(studyId, Fixtures.source("dvb_results.csv"), false)))
                .containsExactly("dvb_results.csv, field prompt_id: 'p-2' is not an item of this study");
        assertThat(modelResults.count(studyId)).isZero();
        String csv = "prompt_id,model,raw_response,model_choice,generalized_deep_value,success\n"
                + "p-1,gpt-x,Option B,Option B,True,True\n2,gpt-x,Option B,Option B,False,True\n";
        assertThat(modelResults
                        .importResults(studyId, org.moralbase.dataimport.DatasetSource.ofText("r.csv", csv), false)
                        .answers())
                .isEqualTo(2);
        assertThat(modelResults.count(studyId)).isEqualTo(2);
    }

    @Test
    void aSecondImportOfTheSameModelIsRefusedUnlessReplacedAndNeverDuplicates() {
        items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), null);
        String csv = "prompt_id,model,raw_response,model_choice,generalized_deep_value,success\n"
                + "p-1,gpt-x,Option B,Option B,True,True\n2,gpt-x,Option B,Option B,False,True\n";
        modelResults.importResults(studyId, DatasetSource.ofText("r.csv", csv), false);
        assertThatThrownBy(() -> modelResults.importResults(studyId, DatasetSource.ofText("r.csv", csv), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Replace: answers of gpt-x (run ")
                .hasMessageContaining("2 answers)");
        assertThat(modelResults.count(studyId)).isEqualTo(2);
        assertThat(modelResults
                        .importResults(studyId, DatasetSource.ofText("r.csv", csv), true)
                        .replaced())
                .isEqualTo(1);
        assertThat(modelResults.count(studyId)).isEqualTo(2);
        assertThat(results.report(studyId).byModel()).singleElement().satisfies(row -> {
            assertThat(row.group()).isEqualTo("gpt-x");
            assertThat(row.models().trials()).isEqualTo(2);
            assertThat(row.models().successes()).isEqualTo(1);
        });
    }

    @Test
    void aBrokenFileStoresNothingAndNamesEveryProblem() {
        assertThat(Fixtures.problems(
                        () -> items.importPrompts(studyId, Fixtures.source("dvb_prompts_broken.json"), null)))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> assertThat(m).startsWith("dvb_prompts_broken.json"));
        assertThat(items.list(studyId)).isEmpty();
        assertThat(items.quotas(studyId)).isEmpty();
    }

    @Test
    void aSecondImportOfTheSameKeysStoresNothing() {
        items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), null);
        assertThat(Fixtures.problems(() -> items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), null)))
                .containsExactly(
                        "dvb_prompts.json, field prompt_id: 'p-1' is already in this study",
                        "dvb_prompts.json, field prompt_id: '2' is already in this study");
        assertThat(items.list(studyId)).hasSize(2);
    }

    @Test
    void resultsForUnknownPromptsAreRefused() {
        assertThat(Fixtures.problems(
                        () -> modelResults.importResults(studyId, Fixtures.source("dvb_results.csv"), false)))
                .contains("dvb_results.csv, field prompt_id: 'p-1' is not an item of this study");
        assertThat(modelResults.count(studyId)).isZero();
    }

    @Test
    void aPlainItemModelAnswerTableIsScoredAgainstEachPromptsExpectedChoice() {
        items.importPrompts(studyId, Fixtures.source("dvb_prompts.json"), null);
        // p-1 expects Option B, "2" expects Option A (the fixture)
        String plain = "item,model,answer\n"
                + "p-1,gpt,Option B\n" // generalised
                + "p-1,gpt,a\n" // not
                + "2,gpt,A\n" // generalised
                + "2,gpt,I would rather not say\n"; // kept, never scored
        assertThat(modelResults
                        .importResults(studyId, DatasetSource.ofText("plain.csv", plain), false)
                        .answers())
                .isEqualTo(4);
        DvgrRow gpt = results.report(studyId).byModel().getFirst();
        assertThat(gpt.group()).isEqualTo("gpt");
        assertThat(gpt.models().successes()).isEqualTo(2);
        assertThat(gpt.models().trials()).isEqualTo(3);

        assertThat(Fixtures.problems(() -> modelResults.importResults(
                        studyId,
                        DatasetSource.ofText("bad.csv", "item,model,answer\n2,other,A\np-9,other,B\n"),
                        false)))
                .containsExactly("bad.csv line 3, field item: 'p-9' is not an item of this study");
        assertThat(modelResults.count(studyId)).isEqualTo(4);
    }

    @Test
    void theBuilderStoresASoundTrialAndRefusesABrokenForm() {
        DvbBuildResult built = items.build(studyId, DvbStudies.request("finance", 4, 0));
        assertThat(built.problems()).isEmpty();
        assertThat(built.stored()).hasValueSatisfying(row -> {
            assertThat(row.origin()).isEqualTo("BUILT");
            assertThat(row.usable()).isTrue();
            assertThat(row.dimension()).isEqualTo("Humor");
        });

        DvbBuildRequest wrongN = new DvbBuildRequest(
                DvbStudies.request("finance", 4, 0).values(),
                DvbStudies.request("finance", 4, 0).dimension(),
                DvbStudies.request("finance", 4, 0).context(),
                5,
                DvbStudies.request("finance", 4, 0).texts());
        assertThat(items.build(studyId, wrongN).problems()).containsExactly("N must be one of 4, 20, 40, was 5");
        assertThat(items.list(studyId)).hasSize(1);

        // the same item asked for again (a replayed click) is refused, naming the item it would repeat
        DvbBuildResult again = items.build(studyId, DvbStudies.request("finance", 4, 0));
        assertThat(again.stored()).isEmpty();
        assertThat(again.problems())
                .singleElement()
                .asString()
                .startsWith("this item was built already (built-")
                .contains(built.stored().orElseThrow().key());
        assertThat(items.build(studyId, DvbStudies.request("finance", 4, 1)).problems())
                .isEmpty();
        assertThat(items.list(studyId)).hasSize(2);
    }

    @Test
    void anotherKindOfStudyTakesNoDvbItems() {
        long other = studies.create("Pairs", ChoicePairKind.ID).id();
        assertThatThrownBy(() -> items.importPrompts(other, Fixtures.source("dvb_prompts.json"), null))
                .isInstanceOf(org.moralbase.study.StudyNotFoundException.class);
    }
}
