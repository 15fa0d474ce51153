package org.moralbase.choicepair;

import java.util.List;
import java.util.Map;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.TwoOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A choice-pair study's items as a model is asked them: the question people are asked ("What would you do?"),
 * the situation, and the two options labelled "Option A" and "Option B" — as written, or swapped.
 */
@Component
class ChoicePairPrompts implements ModelItems {

    /** The system prompt: the participants' question, and how to answer. */
    static final String SYSTEM = "You will read a situation and two options. What would you do?"
            + " Answer with 'Option A' or 'Option B' only.";

    private final StoredChoicePairRepository items;

    ChoicePairPrompts(StoredChoicePairRepository items) {
        this.items = items;
    }

    @Override
    public boolean swappable() {
        return true;
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
        return items.findByStudyIdOrderById(studyId).stream()
                .map(ChoicePairPrompts::askable)
                .toList();
    }

    static AskableItem askable(StoredChoicePair item) {
        return new AskableItem(
                item.getItemKey(),
                SYSTEM,
                user(item.getContext(), item.getOptionA(), item.getOptionB()),
                user(item.getContext(), item.getOptionB(), item.getOptionA()));
    }

    /** The user prompt: the situation (if any), then the options in the order shown. */
    static String user(String context, String first, String second) {
        String options = "Option A: " + first.strip() + "\nOption B: " + second.strip();
        return context == null || context.isBlank() ? options : context.strip() + "\n\n" + options;
    }
}
