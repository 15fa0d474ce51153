package org.moralbase.models.runs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.models.RunRequest;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyKinds;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a run's {@link RunPlan} from the items its kind of study words for models ({@link ModelItems}). No access
 * checks: runs resume at start-up with nobody signed in.
 */
@Component
public class RunPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StudyKinds kinds;

    RunPlans(StudyKinds kinds) {
        this.kinds = kinds;
    }

    /** How a kind's items are asked, if models can be asked them. */
    public Optional<ModelItems> modelItems(String kind) {
        return kinds.find(kind).flatMap(StudyKind::modelItems);
    }

    /** The run's settings as stored. */
    public static Map<String, String> settings(ModelRun run) {
        return run.getSettings() == null
                ? Map.of()
                : JSON.readValue(run.getSettings(), new TypeReference<Map<String, String>>() {});
    }

    /** Settings as they are stored. */
    public static String json(Map<String, String> settings) {
        return JSON.writeValueAsString(settings);
    }

    /** The run's plan, rebuilt from what is stored. */
    public RunPlan planOf(ModelRun run) {
        // a kind's stored items are only ever added (in id order), so the run's own are the first ones it counted;
        // a deleted study leaves no items: the run then has nothing left to ask and ends
        long studyId = run.getStudyId() == null ? -1 : run.getStudyId();
        List<AskableItem> all = modelItems(run.getKind())
                .map(m -> m.items(studyId, settings(run), run.getRandomSeed()))
                .orElse(List.of());
        List<AskableItem> own = all.subList(0, Math.min(all.size(), run.getItemCount()));
        String conditionPrompt = settings(run).get(RunRequest.CONDITION_PROMPT);
        if (conditionPrompt != null) {
            own = own.stream()
                    .map(item -> underCondition(item, conditionPrompt))
                    .toList();
        }
        return RunPlan.of(own, run.isBothOrders(), run.getSamples(), run.getRandomSeed());
    }

    /**
     * How a run reads an answer: by its kind's rule, applied to the answer's last non-empty line when the run's
     * condition has models reason first ({@link RunRequest#READ_LAST_LINE}; decision 0028), so the reasoning before
     * it, which may name both options, is not read.
     */
    public static java.util.function.ToIntBiFunction<AskableItem, String> reader(ModelRun run, ModelItems kind) {
        if (!"true".equals(settings(run).get(RunRequest.READ_LAST_LINE))) {
            return kind::chosenPosition;
        }
        return (item, raw) -> kind.chosenPosition(item, lastLine(raw));
    }

    /** The last line with any text on it (after a closing think tag, if any), or the text itself. */
    static String lastLine(String raw) {
        String text = raw.substring(raw.lastIndexOf("</think>") < 0 ? 0 : raw.lastIndexOf("</think>") + 8);
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? text : lines[lines.length - 1];
    }

    /**
     * The item asked under a condition: the condition's text is the system message, before the kind's own system
     * prompt when it has one (a persona or policy first, then the kind's instructions).
     */
    static AskableItem underCondition(AskableItem item, String conditionPrompt) {
        String system = item.system() == null || item.system().isBlank()
                ? conditionPrompt
                : conditionPrompt + "\n\n" + item.system();
        return new AskableItem(item.key(), system, item.asWritten(), item.swapped(), item.shown());
    }
}
