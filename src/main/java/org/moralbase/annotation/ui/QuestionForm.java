package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.moralbase.annotation.QuestionKind;
import org.moralbase.annotation.QuestionSpec;

/** Adds an item question or a comprehension check; fires the spec and whether it is a check. */
class QuestionForm extends FlexLayout {

    QuestionForm(BiConsumer<QuestionSpec, Boolean> onAdd) {
        setId("question-form");
        getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
        TextField code = new TextField("Code");
        code.setId("question-code");
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(QuestionKind.values());
        kind.setValue(QuestionKind.SINGLE_CHOICE);
        kind.setId("question-kind");
        TextField prompt = new TextField("Prompt");
        prompt.setId("question-prompt");
        TextField options = new TextField("Options (comma-separated)");
        options.setId("question-options");
        Checkbox unsure = new Checkbox("Offer \"unsure\"");
        IntegerField min = new IntegerField("Scale from");
        IntegerField max = new IntegerField("to");
        TextField minLabel = new TextField("Low end label");
        TextField maxLabel = new TextField("High end label");
        Checkbox check = new Checkbox("Comprehension check");
        TextField correct = new TextField("Correct answer (checks)");
        Checkbox screenOut = new Checkbox("Screen out on a wrong answer");
        Button add = new Button("Add", e -> {
            try {
                QuestionSpec spec = new QuestionSpec(
                        code.getValue().strip(),
                        kind.getValue(),
                        prompt.getValue(),
                        Arrays.asList(options.getValue().split(",")),
                        unsure.getValue(),
                        min.getValue(),
                        max.getValue(),
                        minLabel.getValue(),
                        maxLabel.getValue(),
                        check.getValue() ? correct.getValue().strip() : null,
                        check.getValue() && screenOut.getValue());
                onAdd.accept(spec, check.getValue());
                code.clear();
                prompt.clear();
                options.clear();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        add.setId("add-question");
        add(code, kind, prompt, options, unsure, min, max, minLabel, maxLabel, check, correct, screenOut, add);
    }
}
