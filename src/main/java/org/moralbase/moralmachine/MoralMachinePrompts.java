package org.moralbase.moralmachine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.moralmachine.prompt.AnswerParser;
import org.moralbase.moralmachine.prompt.TakemotoPrompt;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.RunSetting;
import org.springframework.stereotype.Component;

/**
 * Moral Machine scenarios as a model is asked them (methods §1.3–1.4): N scenarios drawn from the run's seed in the
 * run's design, with the study's characters, each worded as Takemoto's prompt and read for "Case 1"/"Case 2". Item
 * {@code s<k>} is the k-th scenario; the scenario itself is kept beside every answer, so the AMCEs need nothing else.
 */
@Component
class MoralMachinePrompts implements ModelItems {

    static final String SCENARIOS = "scenarios";
    static final String DESIGN = "design";
    static final String ORIGINAL_ORDER = "originalOrder";
    /** Fixed at the start from the study's settings, so that a resumed run draws the same characters. */
    static final String STIMULI = "stimuli";

    private static final List<RunSetting> SETTINGS = List.of(
            RunSetting.number(SCENARIOS, "Scenarios (N)", 1000, 1, 100_000),
            RunSetting.choice(
                    DESIGN,
                    "Scenario design",
                    GeneratorMode.TAKEMOTO.name(),
                    GeneratorMode.TAKEMOTO.name(),
                    "Takemoto (LLM studies)",
                    GeneratorMode.AWAD.name(),
                    "Awad (the website)"),
            RunSetting.onOff(
                    ORIGINAL_ORDER, "Takemoto's original case order (only to replicate published numbers)", false));

    private final PublicStudies studies;

    MoralMachinePrompts(PublicStudies studies) {
        this.studies = studies;
    }

    @Override
    public List<RunSetting> settings() {
        return SETTINGS;
    }

    @Override
    public Map<String, String> settingsAtStart(long studyId, Map<String, String> checked) {
        Map<String, String> out = new LinkedHashMap<>(checked);
        StimuliChoice stimuli = studies.byId(studyId)
                .map(s -> MoralMachineSettings.fromJson(s.settings()).stimuli())
                .orElse(StimuliChoice.ALL);
        out.put(STIMULI, stimuli.name());
        return out;
    }

    @Override
    public boolean swappable() {
        return false; // the generator draws each scenario's case order
    }

    @Override
    public List<AskableItem> items(long studyId, Map<String, String> settings, long seed) {
        List<Scenario> drawn = ScenarioGenerator.of(GeneratorMode.valueOf(settings.get(DESIGN)), seed)
                .withStimuli(StimuliChoice.valueOf(settings.getOrDefault(STIMULI, StimuliChoice.ALL.name()))
                        .stimuli())
                .withTakemotoOriginalOrder(Boolean.parseBoolean(settings.get(ORIGINAL_ORDER)))
                .scenarios(Integer.parseInt(settings.get(SCENARIOS)));
        List<AskableItem> out = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            TakemotoPrompt text = TakemotoPrompt.of(drawn.get(i));
            out.add(new AskableItem(
                    "s" + (i + 1), text.system(), text.user(), null, new ShownScenario(drawn.get(i), true).toJson()));
        }
        return out;
    }

    @Override
    public int itemCount(long studyId, Map<String, String> settings) {
        return Integer.parseInt(settings.get(SCENARIOS));
    }

    @Override
    public int chosenPosition(String raw) {
        return AnswerParser.parse(raw).chosenCase();
    }

    @Override
    public String answerWords() {
        return "'Case 1' or 'Case 2'";
    }
}
