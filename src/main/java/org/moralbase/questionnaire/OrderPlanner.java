package org.moralbase.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The order one session is asked a study's items (docs/methods.md, "Questionnaires"): blocks in the order their first
 * item appears in the bank, the items of each block shuffled by the study's and the session's seeds (or kept in bank
 * order). Plain logic over item indexes; the plan is stored, so a reload resumes at the same item.
 */
final class OrderPlanner {

    private OrderPlanner() {}

    /**
     * The items' indexes in the order asked.
     *
     * @param blocks each item's block (null: the default block), in bank order
     */
    static List<Integer> plan(List<String> blocks, boolean shuffle, long studySeed, long sessionSeed) {
        Map<String, List<Integer>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byBlock.computeIfAbsent(Objects.requireNonNullElse(blocks.get(i), ""), b -> new ArrayList<>())
                    .add(i);
        }
        Random random = new Random(studySeed ^ Long.rotateLeft(sessionSeed, 17));
        List<Integer> order = new ArrayList<>(blocks.size());
        for (List<Integer> block : byBlock.values()) {
            if (shuffle) {
                Collections.shuffle(block, random);
            }
            order.addAll(block);
        }
        return order;
    }
}
