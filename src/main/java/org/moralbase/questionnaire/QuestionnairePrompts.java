package org.moralbase.questionnaire;

import java.util.List;
import java.util.Map;
import org.moralbase.questionnaire.domain.QuestionnaireItem;
import org.moralbase.questionnaire.domain.QuestionnaireItemRepository;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scale;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A questionnaire's items as a model is asked them (docs/methods.md, "Questionnaires"): one prompt per item, attention
 * items included, with the scale's points numbered and labelled, asking for the number only; no system prompt. The
 * answer is read strictly ({@link PointReader}) and stored as the point chosen (1..k) in the answer's
 * {@code chosen_position}; items are never swapped (a scale has no second order).
 */
@Component
class QuestionnairePrompts implements ModelItems {

    static final String TEMPLATE = "Please answer the following questionnaire item.\n\nItem: %s\n\nAnswer on this"
            + " scale:\n%s\nPlease respond with only the number of your answer (1 to %d).";

    private final QuestionnaireItemRepository items;

    QuestionnairePrompts(QuestionnaireItemRepository items) {
        this.items = items;
    }

    @Override
    public boolean swappable() {
        return false;
    }

    @Override
    public int points() {
        return Scale.MAX_POINTS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AskableItem> items(long studyId, Map<String, String> settings, long seed) {
        return items.findByStudyIdOrderById(studyId).stream()
                .map(QuestionnaireItem::row)
                .map(QuestionnairePrompts::askable)
                .toList();
    }

    /** The prompt of one item; the scale's labels are kept beside every answer to read it. */
    static AskableItem askable(ItemRow item) {
        return new AskableItem(
                item.key(), null, prompt(item), null, item.scale().joined());
    }

    static String prompt(ItemRow item) {
        StringBuilder points = new StringBuilder();
        for (int p = 1; p <= item.scale().points(); p++) {
            points.append(p).append(" = ").append(item.scale().label(p)).append('\n');
        }
        return TEMPLATE.formatted(item.text(), points, item.scale().points());
    }

    @Override
    public int chosenPosition(AskableItem item, String raw) {
        return item.shown() == null ? chosenPosition(raw) : PointReader.read(Scale.of("item", item.shown()), raw);
    }

    @Override
    public int chosenPosition(String raw) {
        return PointReader.number(raw);
    }

    @Override
    public String answerWords() {
        return "the number of a scale point, e.g. '5'";
    }
}
