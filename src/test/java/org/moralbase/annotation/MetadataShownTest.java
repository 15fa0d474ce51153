package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class MetadataShownTest {

    private static SequencedMap<String, String> metadata() {
        SequencedMap<String, String> m = new LinkedHashMap<>();
        m.put("difficulty", "easy");
        m.put("rule_flag", "1");
        m.put("gold_less_ethical", "A");
        m.put("source", "reddit");
        return m;
    }

    @Test
    void noneShowsNothingAndIsWhatAStoredProjectWithoutAChoiceReads() {
        assertThat(MetadataShown.NONE.apply(metadata())).isEmpty();
        assertThat(MetadataShown.of("NONE", null)).isEqualTo(MetadataShown.NONE);
        assertThat(MetadataShown.of(null, "")).isEqualTo(MetadataShown.NONE);
    }

    @Test
    void chosenFieldsComeInTheChosenOrderAndMissingOnesAreSkipped() {
        MetadataShown shown = new MetadataShown(MetadataShown.Mode.CHOSEN, List.of(" source", "difficulty", "absent"));
        assertThat(shown.apply(metadata()))
                .containsExactly(java.util.Map.entry("source", "reddit"), java.util.Map.entry("difficulty", "easy"));
        assertThat(MetadataShown.of("CHOSEN", shown.storedFields())).isEqualTo(shown);
    }

    @Test
    void allShowsEverythingButGoldAnswers() {
        MetadataShown all = new MetadataShown(MetadataShown.Mode.ALL, List.of("ignored"));
        assertThat(all.fields()).isEmpty();
        assertThat(all.apply(metadata())).containsOnlyKeys("difficulty", "rule_flag", "source");
        assertThat(new MetadataShown(MetadataShown.Mode.CHOSEN, List.of("gold_less_ethical")).apply(metadata()))
                .isEmpty();
    }

    @Test
    void aChoiceOfNoFieldIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new MetadataShown(MetadataShown.Mode.CHOSEN, List.of(" ")))
                .hasMessageStartingWith("Metadata fields:");
        assertThatThrownBy(() -> new MetadataShown(null, List.of())).hasMessageStartingWith("Metadata shown:");
    }
}
