package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.moralbase.annotation.QuestionKind;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.ui.Form;

/**
 * Adds an item question or a comprehension check ({@link QuestionSpec}, bound field by field); fires the spec and
 * whether it is a check. A refusal the listener throws lands on the field it names.
 */
class QuestionForm extends FlexLayout {

    QuestionForm(BiConsumer<QuestionSpec, Boolean> onAdd) {
        setId("question-form");
        getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
        TextField code = field("Code", "question-code");
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(QuestionKind::label);
        kind.setId("question-kind");
        kind.setValue(QuestionKind.SINGLE_CHOICE);
        TextField prompt = field("Prompt", "question-prompt");
        TextField options = field("Options (comma-separated)", "question-options");
        Checkbox unsure = new Checkbox("Offer \"unsure\"");
        unsure.setId("question-unsure");
        IntegerField min = new IntegerField("Scale from");
        min.setId("question-scale-min");
        IntegerField max = new IntegerField("to");
        max.setId("question-scale-max");
        TextField minLabel = field("Low end label", "question-min-label");
        TextField maxLabel = field("High end label", "question-max-label");
        Checkbox check = new Checkbox("Comprehension check");
        check.setId("question-check");
        TextField correct = field("Correct answer (checks)", "question-correct");
        Checkbox screenOut = new Checkbox("Screen out on a wrong answer");
        screenOut.setId("question-screen-out");
        Form<QuestionSpec> form = new Form<>(QuestionSpec.class)
                .text(code, "code")
                .bind(kind, "kind")
                .text(prompt, "prompt")
                .convert(
                        options,
                        "options",
                        "Options",
                        text -> Arrays.asList(text.split(",")),
                        list -> String.join(", ", list))
                .bind(unsure, "allowUnsure")
                .bind(min, "scaleMin", "Scale")
                .bind(max, "scaleMax", "Scale to")
                .text(minLabel, "minLabel")
                .text(maxLabel, "maxLabel")
                .text(correct, "correctAnswer", "Correct answer")
                .bind(screenOut, "screenOut");
        // the answer to check against belongs to checks only: off, it is empty, not just hidden
        check.addValueChangeListener(e -> {
            correct.setVisible(e.getValue());
            screenOut.setVisible(e.getValue());
            if (!e.getValue()) {
                form.clear(correct, screenOut);
            }
        });
        correct.setVisible(false);
        screenOut.setVisible(false);

        Button add = new Button("Add");
        add.setId("add-question");
        form.submitOn(
                add,
                spec -> {
                    onAdd.accept(spec, check.getValue());
                    return spec;
                },
                spec -> form.clear(code, prompt, options));
        add(code, kind, prompt, options, unsure, min, max, minLabel, maxLabel, check, correct, screenOut, add);
    }

    private static TextField field(String label, String id) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }
}
