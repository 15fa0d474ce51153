package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.TwoOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A DVB study's items as a model is asked them. A released prompt is asked verbatim (its A/B orders were
 * randomised when it was made, so it is never swapped). An item without one (built in the app, or imported with
 * examples only) is worded from its example pairs the way participants see it: the user's earlier choices, then
 * the test pair, as stored or with the test pair swapped. Items with neither cannot be asked and are left out.
 */
@Component
class DvbPrompts implements ModelItems {

    private final StoredDvbItemRepository items;

    DvbPrompts(StoredDvbItemRepository items) {
        this.items = items;
    }

    @Override
    public boolean swappable() {
        return true; // items built in the app; released prompts are asked as written
    }

    @Override
    public int chosenPosition(String raw) {
        return TwoOptions.OPTIONS.chosenPosition(raw);
    }

    @Override
    public String answerWords() {
        return "'Option A' or 'Option B'";
    }

    @Override
    @Transactional(readOnly = true)
    public List<AskableItem> items(long studyId, Map<String, String> settings, long seed) {
        List<AskableItem> out = new ArrayList<>();
        for (StoredDvbItem item : items.findByStudyIdOrderById(studyId)) {
            if (item.getPrompt() != null && !item.getPrompt().isBlank()) {
                out.add(new AskableItem(item.getItemKey(), null, item.getPrompt(), null));
            } else if (item.getExamples() != null) {
                StoredExamples examples = StoredExamples.fromJson(item.getExamples());
                out.add(new AskableItem(
                        item.getItemKey(), null, worded(item, examples, false), worded(item, examples, true)));
            }
        }
        return out;
    }

    /** The prompt worded from the examples: the earlier choices, then the test pair (swapped or not). */
    static String worded(StoredDvbItem item, StoredExamples examples, boolean swapTest) {
        StringBuilder text = new StringBuilder("A user is choosing between two options while using an AI agent for "
                        + item.getContextActivity() + " (" + item.getContextName() + ").\n\n")
                .append("Earlier, this user made these choices:\n");
        int n = 1;
        for (StoredExamples.Pair pair : examples.training()) {
            text.append("\nChoice ")
                    .append(n++)
                    .append("\nOption A: ")
                    .append(pair.a().strip())
                    .append("\nOption B: ")
                    .append(pair.b().strip())
                    .append("\nThe user chose Option ")
                    .append(pair.chosen())
                    .append(".\n");
        }
        StoredExamples.Pair test = examples.test().shown(swapTest);
        return text.append("\nA new pair of options:\nOption A: ")
                .append(test.a().strip())
                .append("\nOption B: ")
                .append(test.b().strip())
                .append("\n\nWhich option would this user choose? Answer with 'Option A' or 'Option B' only.")
                .toString();
    }
}
