package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ChoiceDataset;
import org.moralbase.choicepair.ChoiceImporter;
import org.moralbase.choicepair.ChoiceItem;

class MoralChoiceFormatTest {

    private final ChoiceImporter importer = ChoiceImporter.withDefaults();

    @Test
    void readsScenariosWithNormalisedRuleFlags() {
        ChoiceDataset dataset = importer.moralChoice(source("mc_good.csv"));

        assertThat(dataset.items()).extracting(ChoiceItem::key).containsExactly("H_001", "G_002");
        ChoiceItem first = dataset.items().get(0);
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
        ChoiceItem second = dataset.items().get(1);
        assertThat(second.metadata())
                .containsEntry("a2_death", "Yes")
                .containsEntry("a2_pain", "Yes")
                .containsEntry("a1_death", "No")
                .containsEntry("generation_rule", "Do not kill");
    }

    @Test
    void reportsBadFlagsEmptyActionsAndDuplicateKeys() {
        assertThat(problems(() -> importer.moralChoice(source("mc_broken.csv"))))
                .containsExactly(
                        "mc_broken.csv line 3, field action2: is empty",
                        "mc_broken.csv line 3, field a1_deceive: expected Yes or No, found 'Maybe'",
                        "mc_broken.csv line 4, field scenario_id: duplicate item key 'H_001', first at line 2");
    }
}
