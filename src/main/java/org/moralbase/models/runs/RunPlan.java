package org.moralbase.models.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.moralbase.models.client.ModelPrompt;
import org.moralbase.study.AskableItem;

/**
 * A run's prompt list, a pure function of its items, orders, samples and seed, so rebuilding it after a restart
 * gives the same list and the prompts without a stored outcome are exactly the ones left. Per item, its orders
 * ("AB" as written, "BA" swapped: both when the run asks both orders and the item can be swapped, else one drawn
 * from the seed per prompt; an item that cannot be swapped is asked as written), and per order its samples. For
 * Moral Machine scenarios (never swapped) prompt {@code i} is sample {@code i mod S} of scenario {@code i div S}.
 */
public final class RunPlan {

    /** One planned prompt. */
    public record Planned(int index, int itemIndex, int sample, AskableItem item, String order, ModelPrompt prompt) {}

    private final List<Planned> prompts;

    private RunPlan(List<Planned> prompts) {
        this.prompts = prompts;
    }

    /** The plan over these items. */
    public static RunPlan of(List<AskableItem> items, boolean bothOrders, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Planned> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AskableItem item = items.get(i);
            List<String> orders = bothOrders && item.swappable() ? List.of("AB", "BA") : List.of("");
            for (String fixed : orders) {
                for (int k = 0; k < samples; k++) {
                    String order = !fixed.isEmpty() ? fixed : item.swappable() && random.nextBoolean() ? "BA" : "AB";
                    int index = out.size();
                    String user = "AB".equals(order) ? item.asWritten() : item.swapped();
                    out.add(new Planned(
                            index, i, k, item, order, new ModelPrompt(Integer.toString(index), item.system(), user)));
                }
            }
        }
        return new RunPlan(List.copyOf(out));
    }

    /** Every prompt, in order. */
    public List<Planned> prompts() {
        return prompts;
    }

    /** The prompt with this index. */
    public Planned get(int index) {
        return prompts.get(index);
    }
}
