package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderPlannerTest {

    // items 0-3 in block A, 4-6 in block B, 7-8 in the default block (no block), 9 again in A
    private static final List<String> BLOCKS = Arrays.asList("A", "A", "A", "A", "B", "B", "B", null, null, "A");

    @Test
    void blocksKeepTheirOrderAndEachItemIsAskedOnce() {
        List<Integer> order = OrderPlanner.plan(BLOCKS, true, 7L, 11L);
        assertThat(order).hasSize(10).doesNotHaveDuplicates();
        // block A (first seen first) holds 0,1,2,3,9; then B; then the default block
        assertThat(new HashSet<>(order.subList(0, 5))).containsExactlyInAnyOrder(0, 1, 2, 3, 9);
        assertThat(new HashSet<>(order.subList(5, 8))).containsExactlyInAnyOrder(4, 5, 6);
        assertThat(new HashSet<>(order.subList(8, 10))).containsExactlyInAnyOrder(7, 8);
    }

    @Test
    void theSameSeedsGiveTheSameOrderAndOtherSessionsOtherOrders() {
        assertThat(OrderPlanner.plan(BLOCKS, true, 7L, 11L)).isEqualTo(OrderPlanner.plan(BLOCKS, true, 7L, 11L));
        Set<List<Integer>> orders = new HashSet<>();
        for (long session = 0; session < 20; session++) {
            orders.add(OrderPlanner.plan(BLOCKS, true, 7L, session));
        }
        assertThat(orders.size()).isGreaterThan(10);
    }

    @Test
    void withoutShufflingTheBankOrderIsKeptWithinBlocks() {
        assertThat(OrderPlanner.plan(BLOCKS, false, 7L, 11L)).containsExactly(0, 1, 2, 3, 9, 4, 5, 6, 7, 8);
        List<String> none = new ArrayList<>(Arrays.asList(null, null, null));
        assertThat(OrderPlanner.plan(none, false, 1L, 2L)).containsExactly(0, 1, 2);
    }
}
