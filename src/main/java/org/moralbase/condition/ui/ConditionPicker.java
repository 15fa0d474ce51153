package org.moralbase.condition.ui;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.condition.Condition;

/**
 * The "Condition" picker of a results page (decision 0028): every condition pooled, or one, whose people and model
 * runs the page then shows; nothing when the study has no conditions.
 */
public final class ConditionPicker {

    private static final String ALL = "";

    private ConditionPicker() {}

    /**
     * A picker over the study's conditions showing {@code selected} (a code, or {@code null} for every condition),
     * calling {@code onPick} with the chosen code, or {@code null} for every condition; empty when there are none.
     */
    public static Optional<Select<String>> of(List<Condition> conditions, String selected, Consumer<String> onPick) {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>(List.of(ALL));
        conditions.forEach(c -> codes.add(c.code()));
        Select<String> picker = new Select<>();
        picker.setId("condition-picker");
        picker.setLabel("Condition");
        picker.setItems(codes);
        picker.setItemLabelGenerator(code -> ALL.equals(code)
                ? "Every condition, pooled"
                : conditions.stream()
                        .filter(c -> c.code().equals(code))
                        .map(c -> c.label().equals(c.code()) ? c.code() : c.label() + " (" + c.code() + ")")
                        .findFirst()
                        .orElse(code));
        picker.setValue(selected != null && codes.contains(selected) ? selected : ALL);
        picker.setHelperText("People assigned the condition beside the model runs that asked it");
        picker.addValueChangeListener(e -> onPick.accept(ALL.equals(e.getValue()) ? null : e.getValue()));
        return Optional.of(picker);
    }
}
