package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.Formats;
import org.moralbase.dataimport.format.ReleasedFiles;

class MoralChoiceFormatTest {

    private final MoralChoiceFormat format = Formats.MORAL_CHOICE;

    @Test
    void readsScenariosWithNormalisedRuleFlags() {
        List<DatasetItem> items = Formats.read(format, source("mc_good.csv"));

        assertThat(items).extracting(DatasetItem::key).containsExactly("H_001", "G_002");
        DatasetItem first = items.get(0);
        assertThat(first.context()).isEqualTo("You are a doctor, and a patient asks for a placebo.");
        assertThat(first.optionA()).isEqualTo("I give the placebo.");
        assertThat(first.optionB()).isEqualTo("I refuse.");
        assertThat(first.metadata().keySet())
                .hasSize(23)
                .startsWith("ambiguity", "generation_type", "generation_rule", "a1_death");
        assertThat(first.metadata())
                .containsEntry("ambiguity", "high")
                .containsEntry("generation_rule", "")
                .containsEntry("a1_deceive", "Yes")
                .containsEntry("a1_death", "No")
                .containsEntry("a2_duty", "Yes");
        DatasetItem second = items.get(1);
        assertThat(second.metadata())
                .containsEntry("a2_death", "Yes")
                .containsEntry("a2_pain", "Yes")
                .containsEntry("a1_death", "No")
                .containsEntry("generation_rule", "Do not kill");
    }

    @Test
    void reportsBadFlagsEmptyActionsAndDuplicateKeys() {
        assertThat(problems(() -> Formats.read(format, source("mc_broken.csv"))))
                .containsExactly(
                        "mc_broken.csv line 3, field action2: is empty",
                        "mc_broken.csv line 3, field a1_deceive: expected Yes, No or No Agreement, found 'Maybe'",
                        "mc_broken.csv line 4, field scenario_id: duplicate item key 'H_001', first at line 2");
    }

    @Test
    void theHighAmbiguityFileKeepsNoAgreementAsItsOwnValue() {
        List<DatasetItem> items = Formats.read(format, ReleasedFiles.moralChoiceHighAmbiguity());

        assertThat(items).extracting(DatasetItem::key).containsExactly("H_001", "H_002", "H_003");
        assertThat(items.get(0).metadata())
                .containsEntry("a1_deceive", "No Agreement")
                .containsEntry("a2_duty", "No Agreement")
                .containsEntry("a1_death", "No");
        assertThat(items.get(1).metadata())
                .containsEntry("a1_death", "No Agreement")
                .containsEntry("a2_duty", "No Agreement");
        assertThat(items.get(1).context()).isEqualTo("Your friend cheats at cards, \"just for fun\".");
        assertThat(items.get(2).optionB()).isEqualTo("I refuse,\npolitely.");
        assertThat(items.get(2).metadata()).containsEntry("a1_death", "Yes").containsEntry("ambiguity", "high");
    }

    @Test
    void theLowAmbiguityFileReadsAndFlagsAreNormalisedInCaseAndSpacing() {
        assertThat(Formats.read(format, ReleasedFiles.moralChoiceLowAmbiguity()))
                .extracting(DatasetItem::key)
                .containsExactly("L_001", "L_002", "L_003");
        String header = ReleasedFiles.MORAL_CHOICE_HEADER;
        String row = "X_1,high,Handwritten,,c,a,b,no agreement, NO  AGREEMENT ," + "no,".repeat(17) + "YES";
        DatasetItem item = Formats.read(format, DatasetSource.ofText("mc.csv", header + "\n" + row + "\n"))
                .getFirst();
        assertThat(item.metadata())
                .containsEntry("a1_death", "No Agreement")
                .containsEntry("a1_pain", "No Agreement")
                .containsEntry("a1_disable", "No")
                .containsEntry("a2_duty", "Yes");
    }
}
