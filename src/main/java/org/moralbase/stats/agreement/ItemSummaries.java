package org.moralbase.stats.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link ItemSummary} per item from long-format ratings: majority label(s), majority share,
 * entropy in bits (Shannon 1948) and the gold comparison. Null ratings are missing and ignored; items with no
 * non-missing rating are left out. Items keep the order of their first appearance.
 */
public final class ItemSummaries {

    private ItemSummaries() {}

    /**
     * Summaries without gold labels.
     *
     * @param ratings long-format ratings
     * @param <L> label type
     */
    public static <L> List<ItemSummary<L>> summarise(Collection<? extends Rating<L>> ratings) {
        return summarise(ratings, Map.of());
    }

    /**
     * Summaries compared with gold labels.
     *
     * @param ratings long-format ratings
     * @param gold item id → gold label; items without an entry get {@link GoldMatch#NO_GOLD}
     * @param <L> label type
     */
    public static <L> List<ItemSummary<L>> summarise(Collection<? extends Rating<L>> ratings, Map<String, L> gold) {
        Map<String, Map<L, Integer>> counts = new LinkedHashMap<>();
        for (Rating<L> rating : ratings) {
            if (rating.value() != null) {
                counts.computeIfAbsent(rating.item(), k -> new LinkedHashMap<>())
                        .merge(rating.value(), 1, Integer::sum);
            }
        }
        List<ItemSummary<L>> summaries = new ArrayList<>();
        counts.forEach((item, labelCounts) -> summaries.add(summary(item, labelCounts, gold.get(item))));
        return List.copyOf(summaries);
    }

    private static <L> ItemSummary<L> summary(String item, Map<L, Integer> labelCounts, L gold) {
        int total = labelCounts.values().stream().mapToInt(Integer::intValue).sum();
        int top =
                labelCounts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<L> majority = labelCounts.entrySet().stream()
                .filter(e -> e.getValue() == top)
                .map(Map.Entry::getKey)
                .toList();
        double entropy = 0;
        for (int count : labelCounts.values()) {
            double p = (double) count / total;
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return new ItemSummary<>(item, majority, (double) top / total, entropy, total, match(majority, gold));
    }

    private static <L> GoldMatch match(List<L> majority, L gold) {
        if (gold == null) {
            return GoldMatch.NO_GOLD;
        }
        if (!majority.contains(gold)) {
            return GoldMatch.MISMATCH;
        }
        return majority.size() == 1 ? GoldMatch.MATCH : GoldMatch.TIE_WITH_GOLD;
    }
}
