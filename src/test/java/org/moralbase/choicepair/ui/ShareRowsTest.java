package org.moralbase.choicepair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ItemModelShare;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.choicepair.ModelComparison;
import org.moralbase.choicepair.ModelShareSummary;
import org.moralbase.stats.choice.OrderBalance;
import org.moralbase.stats.proportion.ProportionEstimator;

/** The shares grid's rows: search, filter, sort and paging on the server. */
class ShareRowsTest {

    private static final int N = 800;
    private static final ProportionEstimator WILSON = ProportionEstimator.withDefaults();

    private static ShareRows rows() {
        List<ItemShare> items = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String key = String.format(Locale.ROOT, "k%03d", i);
            items.add(new ItemShare(key, "Context " + i, "Do " + i, "Leave " + i, WILSON.estimate(i % 11, 10), 0));
        }
        return new ShareRows(items, new ModelComparison(List.of(), List.of(), List.of(), false));
    }

    @Test
    void withoutModelsEveryItemIsOneRowInItemOrder() {
        ShareRows rows = rows();
        assertThat(rows.total()).isEqualTo(N);
        assertThat(rows.fetch("", ShareRows.Show.ALL, List.of(), 0, 3)
                        .map(r -> r.item().key()))
                .containsExactly("k000", "k001", "k002");
        assertThat(rows.fetch("", ShareRows.Show.ALL, List.of(), 798, 50)).hasSize(2);
    }

    @Test
    void searchMatchesIdsAndTextsInAnyCase() {
        ShareRows rows = rows();
        assertThat(rows.count("K79", ShareRows.Show.ALL)).isEqualTo(10); // k790 … k799
        assertThat(rows.count("leave 123", ShareRows.Show.ALL)).isEqualTo(1);
        assertThat(rows.count("context 12", ShareRows.Show.ALL)).isEqualTo(11); // 12, 120–129
    }

    @Test
    void sortingPutsTheLargestFirstAndKeepsTheItemOrderAmongTies() {
        List<ShareRow> byShare = rows().fetch(
                        "", ShareRows.Show.ALL, List.of(new ShareRows.SortBy("people", true)), 0, N)
                .toList();
        assertThat(byShare.getFirst().peopleShare()).isEqualTo(1.0);
        assertThat(byShare.getLast().peopleShare()).isEqualTo(0.0);
        assertThat(byShare.get(0).item().key()).isEqualTo("k010");
        assertThat(byShare.get(1).item().key()).isEqualTo("k021");
    }

    @Test
    void theFilterKeepsDisagreementsAndSortsThemByDivergence() {
        List<ItemShare> items = List.of(
                new ItemShare("a", null, "x", "y", WILSON.estimate(9, 10), 0),
                new ItemShare("b", null, "x", "y", WILSON.estimate(1, 10), 0),
                new ItemShare("c", null, "x", "y", WILSON.estimate(5, 10), 0));
        List<ItemModelShare> m = List.of(
                new ItemModelShare("a", "m", 0.9, 10, 0.2, 5, 0, 1.1, false),
                new ItemModelShare("b", "m", 0.1, 10, 0.9, 5, 0, 1.6, false),
                new ItemModelShare("c", "m", 0.5, 10, 0.6, 5, 0, 0.02, null));
        ModelShareSummary summary = new ModelShareSummary("m", 3, 2, 1, 0.0, 0.9, 15, 0, new OrderBalance(8, 7, 0), 1);
        ShareRows rows = new ShareRows(items, new ModelComparison(List.of(summary), m, List.of(), false));
        assertThat(rows.count("", ShareRows.Show.DISAGREE)).isEqualTo(2);
        assertThat(rows.count("", ShareRows.Show.NO_VERDICT)).isEqualTo(1);
        assertThat(rows.fetch("", ShareRows.Show.DISAGREE, List.of(new ShareRows.SortBy("divergence", true)), 0, 5)
                        .map(r -> r.item().key()))
                .containsExactly("b", "a");
        // the difference sorts by its size: +0.8 (b), −0.7 (a), +0.1 (c)
        assertThat(rows.fetch("", ShareRows.Show.ALL, List.of(new ShareRows.SortBy("difference", true)), 0, 5)
                        .map(r -> r.item().key()))
                .containsExactly("b", "a", "c");
    }
}
