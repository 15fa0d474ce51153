package org.moralbase.models;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.StimuliChoice;
import org.moralbase.moralmachine.prompt.AnswerParser;
import org.moralbase.moralmachine.prompt.ParsedAnswer;
import org.moralbase.moralmachine.prompt.TakemotoPrompt;
import org.moralbase.study.AskableItem;

/**
 * A run's prompt list, a pure function of its settings and seed (and, for item runs, of the study's items), so
 * rebuilding it after a restart gives the same list and the prompts without a stored outcome are exactly the
 * ones left.
 *
 * <ul>
 *   <li>Moral Machine: prompt {@code i} is sample {@code i mod S} of scenario {@code i div S}, asked with
 *       Takemoto's prompt and read for "Case 1"/"Case 2" (methods §1.4).
 *   <li>Items: each item's samples in each order asked ("AB" as written, "BA" swapped; both when the run asks
 *       both orders and the item can be swapped, else one order drawn from the seed per prompt), read for
 *       "Option A"/"Option B".
 * </ul>
 */
public final class RunPlan {

    /**
     * One planned prompt.
     *
     * @param scenario the Moral Machine scenario, or {@code null} in an item run
     * @param itemKey the item, or {@code null} in a Moral Machine run
     * @param order "AB" or "BA" in an item run, else {@code null}
     */
    public record Planned(
            int index,
            int scenarioIndex,
            int sample,
            Scenario scenario,
            String itemKey,
            String order,
            ModelPrompt prompt) {}

    private final List<Planned> prompts;
    private final boolean options;

    private RunPlan(List<Planned> prompts, boolean options) {
        this.prompts = prompts;
        this.options = options;
    }

    /** The plan of a Moral Machine run with these settings. */
    public static RunPlan of(
            GeneratorMode mode, StimuliChoice stimuli, boolean originalOrder, long seed, int scenarios, int samples) {
        List<Scenario> drawn = ScenarioGenerator.of(mode, seed)
                .withStimuli(stimuli.stimuli())
                .withTakemotoOriginalOrder(originalOrder)
                .scenarios(scenarios);
        List<Planned> out = new ArrayList<>(scenarios * samples);
        for (int s = 0; s < drawn.size(); s++) {
            TakemotoPrompt text = TakemotoPrompt.of(drawn.get(s));
            for (int k = 0; k < samples; k++) {
                int index = s * samples + k;
                out.add(new Planned(
                        index,
                        s,
                        k,
                        drawn.get(s),
                        null,
                        null,
                        new ModelPrompt(Integer.toString(index), text.system(), text.user())));
            }
        }
        return new RunPlan(List.copyOf(out), false);
    }

    /** The plan of a run over a study's items: per item, its orders, and per order its samples. */
    public static RunPlan ofItems(List<AskableItem> items, boolean bothOrders, int samples, long seed) {
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
                            index,
                            i,
                            k,
                            null,
                            item.key(),
                            order,
                            new ModelPrompt(Integer.toString(index), item.system(), user)));
                }
            }
        }
        return new RunPlan(List.copyOf(out), true);
    }

    /** Every prompt, in order. */
    public List<Planned> prompts() {
        return prompts;
    }

    /** The prompt with this index. */
    public Planned get(int index) {
        return prompts.get(index);
    }

    /** Reads an answer to one of this plan's prompts: "Case 1/2" or "Option A/B" by position (methods §1.4). */
    public ParsedAnswer parse(String raw) {
        return options ? AnswerParser.parseOptions(raw) : AnswerParser.parse(raw);
    }
}
