package org.moralbase.models.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.base.ui.Form;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunSummary;
import org.moralbase.study.ModelItems;
import org.moralbase.study.RunSetting;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/**
 * Starts a run on one model over a study of any kind whose items models can be asked: the kind's own settings
 * (e.g. how many Moral Machine scenarios) appear as fields, and "both option orders" where its items can be
 * swapped. The start button acts once.
 */
class StartRunDialog extends Dialog {

    private final ModelRunService runs;
    private final StudyKinds kinds;
    private final ComboBox<StudySummary> study = new ComboBox<>("Study");
    private final IntegerField samples = new IntegerField("Samples per item and order (S)");
    private final IntegerField concurrency = new IntegerField("Concurrency");
    private final Checkbox bothOrders = new Checkbox("Ask every item in both option orders (where it can be swapped)");
    private final FormLayout kindFields = new FormLayout();
    private final Map<RunSetting, HasValue<?, ?>> settingFields = new LinkedHashMap<>();
    private final Span items = new Span();
    private final Select<String> condition = new Select<>();
    private final Form<RunChoice> form = new Form<>(RunChoice.class);

    StartRunDialog(
            ModelRunService runs,
            StudyService studies,
            StudyKinds kinds,
            ModelSummary model,
            Consumer<RunSummary> onStarted) {
        this.runs = runs;
        this.kinds = kinds;
        setHeaderTitle("Run " + model.name());
        setId("start-run-dialog");
        study.setId("run-study");
        study.setItems(studies.list(0, 500).stream()
                .filter(s -> modelItems(s).isPresent())
                .toList());
        study.setItemLabelGenerator(s -> s.title() + " · " + kinds.label(s.kind()) + " · #" + s.id());
        study.setWidthFull();
        samples.setId("run-samples");
        samples.setMin(1);
        samples.setMax(100);
        concurrency.setId("run-concurrency");
        concurrency.setMin(1);
        concurrency.setMax(256);
        bothOrders.setId("run-both-orders");
        items.setId("run-items");
        condition.setId("run-condition");
        condition.setLabel("Condition");
        condition.setItemLabelGenerator(
                c -> RunRequest.EVERY_CONDITION.equals(c) ? "Every condition (one run each, same items)" : c);
        form.bind(study, "study")
                .bind(samples, "samples", "Samples per item")
                .bind(concurrency, "concurrency")
                .bind(bothOrders, "bothOrders");
        form.read(new RunChoice(null, 1, 8, true));
        add(new FormLayout(study, samples, concurrency, bothOrders, condition), kindFields, items);
        study.addValueChangeListener(e -> showKind(e.getValue()));
        showKind(null);

        // one key per opening of the dialog: a replayed Start finds the run the first one started
        String requestKey = java.util.UUID.randomUUID().toString();
        Button start = new Button("Start");
        start.setId("run-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.submitOn(
                start,
                choice -> runs.start(
                        new RunRequest(
                                model.id(),
                                choice.study().id(),
                                choice.samples(),
                                choice.concurrency(),
                                null,
                                bothOrders.isVisible() && choice.bothOrders(),
                                withCondition(settings())),
                        requestKey),
                run -> {
                    close();
                    onStarted.accept(run);
                });
        getFooter().add(new Button("Cancel", e -> close()), start);
    }

    private Optional<ModelItems> modelItems(StudySummary s) {
        return kinds.find(s.kind()).flatMap(k -> k.modelItems());
    }

    /** The chosen study's kind's own fields, and what would be asked. */
    private void showKind(StudySummary chosen) {
        kindFields.removeAll();
        settingFields.values().forEach(form::forget);
        settingFields.clear();
        Optional<ModelItems> asked = chosen == null ? Optional.empty() : modelItems(chosen);
        bothOrders.setVisible(asked.map(ModelItems::swappable).orElse(false));
        List<String> codes = chosen == null ? List.of() : runs.conditions(chosen.id());
        List<String> choices = new java.util.ArrayList<>(List.of(RunRequest.EVERY_CONDITION));
        choices.addAll(codes);
        condition.setItems(choices);
        condition.setValue(RunRequest.EVERY_CONDITION);
        condition.setVisible(!codes.isEmpty());
        asked.ifPresent(m -> m.settings().forEach(this::addField));
        settingFields.forEach((s, f) -> f.addValueChangeListener(e -> count(chosen, asked.get())));
        asked.ifPresentOrElse(m -> count(chosen, m), () -> items.setText(""));
    }

    private void addField(RunSetting s) {
        String id = "run-setting-" + s.key();
        HasValue<?, ?> field =
                switch (s.type()) {
                    case NUMBER -> {
                        IntegerField f = new IntegerField(s.label());
                        f.setValue(Integer.parseInt(s.defaultValue()));
                        f.setMin(s.min());
                        f.setMax(s.max());
                        f.setId(id);
                        kindFields.add(f);
                        yield f;
                    }
                    case CHOICE -> {
                        Select<String> f = new Select<>();
                        f.setLabel(s.label());
                        f.setItems(s.choices().keySet());
                        f.setItemLabelGenerator(v -> s.choices().getOrDefault(v, v));
                        f.setValue(s.defaultValue());
                        f.setId(id);
                        kindFields.add(f);
                        yield f;
                    }
                    case SWITCH -> {
                        Checkbox f = new Checkbox(s.label(), Boolean.parseBoolean(s.defaultValue()));
                        f.setId(id);
                        kindFields.add(f);
                        yield f;
                    }
                };
        settingFields.put(s, field);
        form.extra(field, s.label(), v -> problem(s, v));
    }

    // the setting's own check, except that an emptied number is not quietly its default
    private static String problem(RunSetting s, Object value) {
        if (value == null && s.type() == RunSetting.Type.NUMBER) {
            return s.label() + ": " + s.min() + " to " + s.max();
        }
        try {
            s.value(Map.of(s.key(), value == null ? "" : value.toString()));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        settingFields.forEach((s, f) ->
                out.put(s.key(), f.getValue() == null ? "" : f.getValue().toString()));
        return out;
    }

    private Map<String, String> withCondition(Map<String, String> settings) {
        if (condition.isVisible() && condition.getValue() != null) {
            settings.put(RunRequest.CONDITION, condition.getValue());
        }
        return settings;
    }

    private void count(StudySummary chosen, ModelItems asked) {
        int n = runs.itemCount(chosen.id(), settings());
        items.setText(
                n == 0
                        ? "This study has no items a model can be asked yet."
                        : n + " items will be asked, each answered " + asked.answerWords() + ".");
    }
}
