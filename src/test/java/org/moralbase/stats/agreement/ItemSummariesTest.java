package org.moralbase.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-item summaries. Entropies are R 4.2.2's {@code -sum(p * log2(p))} for the label counts (see {@code
 * src/test/r/item_summary_reference.R}), to 1e-12.
 */
class ItemSummariesTest {

    @Test
    void reportsMajorityShareEntropyAndGoldMatch() {
        List<Rating<String>> ratings = new ArrayList<>();
        add(ratings, "clear", "C1", "C1", "C2", "C1");
        add(ratings, "tied", "C1", "C2", "unsure", "C2", "C1");
        add(ratings, "unanimous", "C2", "C2", "C2", "C2");
        add(ratings, "three-way", "C1", "C2", "unsure");
        ratings.add(new Rating<>("clear", "late", null));
        ratings.add(new Rating<>("empty", "a", null));

        List<ItemSummary<String>> summaries =
                ItemSummaries.summarise(ratings, Map.of("clear", "C1", "tied", "C2", "unanimous", "C1"));

        assertThat(summaries).extracting(ItemSummary::item).containsExactly("clear", "tied", "unanimous", "three-way");
        ItemSummary<String> clear = summaries.get(0);
        assertThat(clear.majorityLabels()).containsExactly("C1");
        assertThat(clear.majorityShare()).isEqualTo(0.75);
        assertThat(clear.ratings()).isEqualTo(4);
        assertThat(clear.entropyBits()).isCloseTo(0.81127812445913283, within(1e-12));
        assertThat(clear.goldMatch()).isEqualTo(GoldMatch.MATCH);

        ItemSummary<String> tied = summaries.get(1);
        assertThat(tied.isTie()).isTrue();
        assertThat(tied.majorityLabels()).containsExactly("C1", "C2");
        assertThat(tied.majorityShare()).isEqualTo(0.4);
        assertThat(tied.entropyBits()).isCloseTo(1.5219280948873621, within(1e-12));
        assertThat(tied.goldMatch()).isEqualTo(GoldMatch.TIE_WITH_GOLD);

        ItemSummary<String> unanimous = summaries.get(2);
        assertThat(unanimous.entropyBits()).isCloseTo(0.0, within(1e-15));
        assertThat(unanimous.goldMatch()).isEqualTo(GoldMatch.MISMATCH);

        ItemSummary<String> threeWay = summaries.get(3);
        assertThat(threeWay.entropyBits()).isCloseTo(1.5849625007211561, within(1e-12));
        assertThat(threeWay.goldMatch()).isEqualTo(GoldMatch.NO_GOLD);
    }

    private static void add(List<Rating<String>> ratings, String item, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            ratings.add(new Rating<>(item, "rater" + i, labels[i]));
        }
    }
}
