package org.moralbase.stats.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceComparisonTest {

    @Test
    void anItemGivesTheRawShareTheSmoothedShareAndTheCrossEntropy() {
        // humans 3 A / 1 B: p = 0.75; model 2 A / 2 B: share 0.5, q = (2+1)/(4+2) = 0.5
        // H = -(0.75 ln 0.5 + 0.25 ln 0.5) = ln 2 = 0.693147; majorities A vs tie -> no agreement verdict
        ItemComparison item = ChoiceComparison.item(new ChoiceCounts(3, 1, 2, 2));
        assertThat(item.humanShareA()).isEqualTo(0.75);
        assertThat(item.modelShareA()).isEqualTo(0.5);
        assertThat(item.smoothedModelShareA()).isEqualTo(0.5);
        assertThat(item.crossEntropy()).isCloseTo(0.693147, within(1e-6));
        assertThat(item.agrees()).isNull();
    }

    @Test
    void aModelThatAlwaysChoseOneOptionStillHasAFiniteCrossEntropy() {
        // humans 1 A / 1 B: p = 0.5; model 4 A / 0 B: share 1, q = 5/6
        // H = -(0.5 ln(5/6) + 0.5 ln(1/6)) = -(0.5 * -0.182322 + 0.5 * -1.791759) = 0.987041
        ItemComparison item = ChoiceComparison.item(new ChoiceCounts(1, 1, 4, 0));
        assertThat(item.modelShareA()).isEqualTo(1.0);
        assertThat(item.smoothedModelShareA()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(item.crossEntropy()).isCloseTo(0.987041, within(1e-6));
    }

    @Test
    void theSummaryAveragesCrossEntropyAndLeavesTiesOutOfTheAgreementRate() {
        // item 1: humans 2A/0B p=1, model 3A/1B q=4/6=0.666667: H = -ln(2/3) = 0.405465; majorities A,A agree
        // item 2: humans 0A/2B p=0, model 3A/1B q=2/3: H = -ln(1/3) = 1.098612; majorities B,A disagree
        // item 3: humans 1A/1B p=0.5 (tie), model 0A/2B q=1/4: H = -(0.5 ln .25 + 0.5 ln .75) = 0.836988
        // item 4: no model answers -> left out of everything
        // mean H = (0.405465 + 1.098612 + 0.836988) / 3 = 0.780355; agreement 1/2 = 0.5 over 2 majority items
        ModelAgreement summary = ChoiceComparison.summary(List.of(
                new ChoiceCounts(2, 0, 3, 1),
                new ChoiceCounts(0, 2, 3, 1),
                new ChoiceCounts(1, 1, 0, 2),
                new ChoiceCounts(5, 0, 0, 0)));
        assertThat(summary.items()).isEqualTo(3);
        assertThat(summary.majorityItems()).isEqualTo(2);
        assertThat(summary.agreementRate()).isEqualTo(0.5);
        assertThat(summary.meanCrossEntropy()).isCloseTo(0.780355, within(1e-6));
    }

    @Test
    void nothingToCompareGivesEmptyFigures() {
        ModelAgreement summary = ChoiceComparison.summary(List.of(new ChoiceCounts(0, 0, 2, 1)));
        assertThat(summary.items()).isZero();
        assertThat(summary.agreementRate()).isNull();
        assertThat(summary.meanCrossEntropy()).isNull();
        assertThat(ChoiceComparison.item(new ChoiceCounts(0, 0, 2, 1)).crossEntropy())
                .isNull();
    }

    @Test
    void aProbabilityOfZeroOrOneForTheModelIsRefused() {
        assertThatThrownBy(() -> ChoiceComparison.crossEntropy(0.5, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceCounts(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
