package org.moralbase.models;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.StimuliChoice;
import org.moralbase.moralmachine.prompt.TakemotoPrompt;

/**
 * A run's prompt list, a pure function of its generator settings and seed: prompt {@code i} is sample
 * {@code i mod S} of scenario {@code i div S}, asked with Takemoto's prompt (methods §1.4). Rebuilding it
 * after a restart gives the same list, so the prompts without a stored outcome are exactly the ones left.
 */
public final class RunPlan {

    /** One planned prompt. */
    public record Planned(int index, int scenarioIndex, int sample, Scenario scenario, ModelPrompt prompt) {}

    private final List<Planned> prompts;

    private RunPlan(List<Planned> prompts) {
        this.prompts = prompts;
    }

    /** The plan of a run with these settings. */
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
                        new ModelPrompt(Integer.toString(index), text.system(), text.user())));
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
