package org.moralbase.models.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/**
 * Starts a run on one model: a Moral Machine study's generated scenarios, or a choice-pair or DVB study's own
 * items (optionally in both option orders).
 */
class StartRunDialog extends Dialog {

    StartRunDialog(ModelRunService runs, StudyService studies, ModelSummary model, Consumer<RunSummary> onStarted) {
        setHeaderTitle("Run " + model.name());
        setId("start-run-dialog");
        ComboBox<StudySummary> study = new ComboBox<>("Study");
        study.setId("run-study");
        study.setItems(studies.list(0, 500).stream()
                .filter(s -> s.kind() == StudyKind.MORAL_MACHINE
                        || s.kind() == StudyKind.CHOICE_PAIR
                        || s.kind() == StudyKind.DEEP_VALUE)
                .toList());
        study.setItemLabelGenerator(s -> s.title() + " · " + s.kind().label());
        IntegerField scenarios = new IntegerField("Scenarios (N)");
        scenarios.setId("run-scenarios");
        scenarios.setValue(1000);
        IntegerField samples = new IntegerField("Samples per scenario or item (S)");
        samples.setId("run-samples");
        samples.setValue(1);
        IntegerField concurrency = new IntegerField("Concurrency");
        concurrency.setId("run-concurrency");
        concurrency.setValue(8);
        ComboBox<GeneratorMode> mode = new ComboBox<>("Scenario design");
        mode.setItems(GeneratorMode.values());
        mode.setValue(GeneratorMode.TAKEMOTO);
        Checkbox original = new Checkbox("Takemoto's original case order (only to replicate published numbers)");
        original.setId("run-original-order");
        Checkbox bothOrders =
                new Checkbox("Ask every item in both option orders (released DVB prompts only as written)");
        bothOrders.setId("run-both-orders");
        bothOrders.setValue(true);
        Span items = new Span();
        items.setId("run-items");
        add(new FormLayout(study, mode, scenarios, samples, concurrency, original, bothOrders), items);
        showFields(null, runs, mode, scenarios, original, bothOrders, items);
        study.addValueChangeListener(e -> showFields(e.getValue(), runs, mode, scenarios, original, bothOrders, items));

        Button start = new Button("Start", e -> {
            try {
                if (study.getValue() == null) {
                    throw new IllegalArgumentException("Study: choose one");
                }
                RunSummary run = runs.start(new RunRequest(
                        model.id(),
                        study.getValue().id(),
                        orZero(scenarios.getValue()),
                        orZero(samples.getValue()),
                        orZero(concurrency.getValue()),
                        mode.getValue(),
                        original.getValue(),
                        null,
                        bothOrders.getValue()));
                close();
                onStarted.accept(run);
            } catch (IllegalArgumentException ex) {
                study.setInvalid(true);
                study.setErrorMessage(ex.getMessage());
            }
        });
        start.setId("run-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), start);
    }

    private static void showFields(
            StudySummary study,
            ModelRunService runs,
            ComboBox<GeneratorMode> mode,
            IntegerField scenarios,
            Checkbox original,
            Checkbox bothOrders,
            Span items) {
        boolean scenarioRun = study == null || study.kind() == StudyKind.MORAL_MACHINE;
        mode.setVisible(scenarioRun);
        scenarios.setVisible(scenarioRun);
        original.setVisible(scenarioRun);
        bothOrders.setVisible(!scenarioRun);
        items.setVisible(!scenarioRun);
        if (!scenarioRun) {
            int n = runs.askableItems(study.id());
            items.setText(
                    n == 0
                            ? "This study has no items a model can be asked yet."
                            : n + " items will be asked, each answered 'Option A' or 'Option B'.");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
