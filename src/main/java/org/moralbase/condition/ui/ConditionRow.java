package org.moralbase.condition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.moralbase.condition.ConditionInput;

/** One condition on the conditions page: code, label, and its texts for participants and for models. */
class ConditionRow extends Div {

    private final H3 heading = new H3();
    private final TextField code = new TextField("Code");
    private final TextField label = new TextField("Label");
    private final TextArea forPeople = new TextArea("Shown to participants above every item");
    private final TextArea forModels = new TextArea("Sent to models as the system message");
    private final Checkbox readLastLine = new Checkbox("Models reason first: read only the last line of an answer");

    ConditionRow(int number, ConditionInput value, boolean editable, Consumer<ConditionRow> onRemove) {
        addClassName("mb-card");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("margin-bottom", "var(--lumo-space-m)");
        code.setValue(value.code());
        code.setMaxLength(40);
        code.setHelperText("Letters, digits, '-' or '_'; exports and runs carry it");
        label.setValue(value.label());
        label.setMaxLength(100);
        forPeople.setValue(value.forPeople() == null ? "" : value.forPeople());
        forPeople.setPlaceholder("Empty: nothing is shown (a control condition)");
        forPeople.setMaxLength(ConditionInput.MAX_TEXT);
        forModels.setValue(value.forModels() == null ? "" : value.forModels());
        forModels.setPlaceholder("Empty: no system message beyond the kind's own");
        forModels.setMaxLength(ConditionInput.MAX_TEXT);
        readLastLine.setValue(value.readLastLine());
        readLastLine.setTooltipText("For a condition whose text asks models to think step by step and give the answer"
                + " on the last line: the reasoning before it may name both options");
        FormLayout fields = new FormLayout(code, label, forPeople, forModels, readLastLine);
        fields.setColspan(forPeople, 2);
        fields.setColspan(forModels, 2);
        fields.setColspan(readLastLine, 2);
        add(heading, fields);
        code.setReadOnly(!editable);
        label.setReadOnly(!editable);
        forPeople.setReadOnly(!editable);
        forModels.setReadOnly(!editable);
        readLastLine.setReadOnly(!editable);
        if (editable) {
            Button remove = new Button("Remove", e -> onRemove.accept(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("condition-remove-" + number);
            add(remove);
        }
        renumber(number);
    }

    void renumber(int number) {
        heading.setText("Condition " + number);
        setId("condition-" + number);
        code.setId("condition-code-" + number);
        label.setId("condition-label-" + number);
        forPeople.setId("condition-people-" + number);
        forModels.setId("condition-models-" + number);
        readLastLine.setId("condition-last-line-" + number);
    }

    ConditionInput value() {
        return new ConditionInput(
                code.getValue(), label.getValue(), forPeople.getValue(), forModels.getValue(), readLastLine.getValue());
    }
}
