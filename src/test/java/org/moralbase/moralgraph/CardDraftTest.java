package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardDraftTest {

    private static final List<String> THREE = List.of("What they know", "What they fear", "Who else is affected");

    @Test
    void aCompleteCardHasNoProblems() {
        assertThat(new CardDraft("Informed autonomy", "Help people choose for themselves.", THREE).problems())
                .isEmpty();
    }

    @Test
    void aCardWithNoTitleIsRefusedNamingTheTitle() {
        assertThat(new CardDraft("   ", "Help people choose.", THREE).problems())
                .containsExactly("Title: give your value a short title");
        assertThat(new CardDraft(null, "Help people choose.", THREE).problems())
                .singleElement()
                .asString()
                .startsWith("Title:");
    }

    @Test
    void everyProblemNamesItsField() {
        List<String> problems = new CardDraft("", "", List.of("one", "", "  ")).problems();
        assertThat(problems)
                .containsExactly(
                        "Title: give your value a short title",
                        "Description: describe the value in one paragraph",
                        "Things I pay attention to: 3 to 7 lines, 1 given");
    }

    @Test
    void blankPolicyLinesAreDroppedAndCountedOut() {
        CardDraft draft = new CardDraft(" T ", " D ", CardDraft.policiesFromLines("a\n\n b \r\nc\n"));
        assertThat(draft.title()).isEqualTo("T");
        assertThat(draft.policies()).containsExactly("a", "b", "c");
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void eightPoliciesAreTooManyAndTwoTooFew() {
        List<String> eight = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(new CardDraft("T", "D", eight).problems())
                .containsExactly("Things I pay attention to: 3 to 7 lines, 8 given");
        assertThat(new CardDraft("T", "D", List.of("1", "2")).problems())
                .containsExactly("Things I pay attention to: 3 to 7 lines, 2 given");
    }

    @Test
    void aDescriptionIsOneParagraphAndTextsHaveLimits() {
        assertThat(new CardDraft("T", "One.\n\nTwo.", THREE).problems())
                .containsExactly("Description: one paragraph, without blank lines");
        assertThat(new CardDraft("x".repeat(101), "D", THREE).problems())
                .containsExactly("Title: at most 100 characters");
        assertThat(new CardDraft("T", "D", List.of("a", "b", "c".repeat(301))).problems())
                .containsExactly("Things I pay attention to: each line at most 300 characters");
    }

    @Test
    void everyCheckHasItsMessageInEachParticipantLanguage() {
        List<CardDraft.Problem> problems = new java.util.ArrayList<>();
        problems.addAll(new CardDraft("", "", List.of("one")).checks());
        problems.addAll(new CardDraft("x".repeat(101), "One.\n\nTwo.", List.of("a", "b", "c".repeat(301))).checks());
        problems.addAll(new CardDraft("T", "d".repeat(1201), THREE).checks());
        assertThat(problems)
                .extracting(CardDraft.Problem::key)
                .containsExactlyInAnyOrder(
                        "vc.card.problem.title.empty",
                        "vc.card.problem.description.empty",
                        "vc.card.problem.policies.count",
                        "vc.card.problem.long",
                        "vc.card.problem.description.paragraphs",
                        "vc.card.problem.policies.long",
                        "vc.card.problem.long");
        for (java.util.Locale locale :
                List.of(java.util.Locale.ROOT, java.util.Locale.of("es"), java.util.Locale.of("zh"))) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                    "i18n/kinds/valuescard",
                    locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (CardDraft.Problem p : problems) {
                String text = new java.text.MessageFormat(bundle.getString(p.key()), locale)
                        .format(p.args().toArray());
                assertThat(text).as(locale + " " + p.key()).doesNotContain("{").isNotBlank();
                if (locale.equals(java.util.Locale.ROOT)) {
                    // the participant's English says what the service's English says
                    assertThat(text).isEqualToIgnoringCase(p.english().replace("1200", "1,200"));
                }
            }
        }
    }
}
