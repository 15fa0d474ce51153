package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.moralbase.base.ui.Form;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.dvb.DeepValue;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.ShallowDimension;

/**
 * The DVB item builder: value pair, shallow dimension, context, N and the option texts; the built trial is checked
 * by {@code DvbTrialBuilder} and {@code ConfoundCheck}, and every violation is listed.
 */
class DvbBuilderForm extends Div {

    private static final List<String> CONTEXTS = List.of(
            "commerce",
            "customer service",
            "finance",
            "productivity",
            "communication",
            "healthcare",
            "legal",
            "education");

    private final ComboBox<DeepValue> v1 = values("dvb-build-v1", "Preferred value (v1)");
    private final TextField v1Definition = field("dvb-build-v1-def", "Definition of v1");
    private final ComboBox<DeepValue> v2 = values("dvb-build-v2", "Less preferred value (v2)");
    private final TextField v2Definition = field("dvb-build-v2-def", "Definition of v2");
    private final TextField dimension = field("dvb-build-dimension", "Shallow dimension");
    private final TextField pole1 = field("dvb-build-s1", "Pole s1 (chosen with v1 in training)");
    private final TextField pole2 = field("dvb-build-s2", "Pole s2");
    private final ComboBox<String> context = new ComboBox<>("Context");
    private final TextField activity = field("dvb-build-activity", "Activity");
    private final Select<Integer> n = new Select<>();
    private final TextArea v1s1 = area("dvb-build-v1s1", "Training: (v1, s1) texts, one, or N lines");
    private final TextArea v2s2 = area("dvb-build-v2s2", "Training: (v2, s2) texts, one, or N lines");
    private final TextArea v1s2 = area("dvb-build-v1s2", "Test: (v1, s2), the deep-value option");
    private final TextArea v2s1 = area("dvb-build-v2s1", "Test: (v2, s1), the shallow option");
    private final ImportProblems problems = new ImportProblems("dvb-build-problems");

    DvbBuilderForm(long studyId, DvbItems items, Runnable stored) {
        setId("dvb-builder");
        ComboBox<ShallowDimension> known = new ComboBox<>("Known dimension", ShallowDimension.KNOWN);
        known.setItemLabelGenerator(d -> d.name() + ": " + d.pole1() + " / " + d.pole2());
        known.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                dimension.setValue(e.getValue().name());
                pole1.setValue(e.getValue().pole1());
                pole2.setValue(e.getValue().pole2());
            }
        });
        known.setId("dvb-build-known");
        context.setItems(CONTEXTS);
        context.setAllowCustomValue(true);
        context.addCustomValueSetListener(e -> context.setValue(e.getDetail()));
        context.setId("dvb-build-context");
        n.setLabel("N (training choices)");
        n.setItems(4, 20, 40);
        n.setId("dvb-build-n");
        Form<DvbItemDraft> form = bind();
        FormLayout layout = new FormLayout(
                v1,
                v1Definition,
                v2,
                v2Definition,
                known,
                dimension,
                pole1,
                pole2,
                context,
                activity,
                n,
                v1s1,
                v2s2,
                v1s2,
                v2s1);
        Button build = new Button("Build and add item");
        build.setId("dvb-build");
        form.submitOn(build, draft -> items.build(studyId, draft.request()), result -> {
            if (result.problems().isEmpty()) {
                problems.show("Added item " + result.stored().orElseThrow().key() + ".", List.of());
                stored.run();
            } else {
                problems.show("Not built; the trial breaks the design:", result.problems());
            }
        });
        add(new H3("Build an item"), layout, build, problems);
    }

    // names are the messages' prefixes: the constructor's and the service's refusals land on their field
    private Form<DvbItemDraft> bind() {
        Form<DvbItemDraft> form = new Form<>(DvbItemDraft.class)
                .bind(v1, "v1")
                .text(v1Definition, "v1Definition")
                .bind(v2, "v2")
                .text(v2Definition, "v2Definition")
                .text(dimension, "dimension")
                .text(pole1, "pole1", "Pole s1")
                .text(pole2, "pole2")
                .bind(context, "context")
                .text(activity, "activity")
                .bind(n, "n", "N")
                .convert(v1s1, "v1s1", "Training (v1, s1)", DvbBuilderForm::lines, l -> String.join("\n", l))
                .convert(v2s2, "v2s2", "Training (v2, s2)", DvbBuilderForm::lines, l -> String.join("\n", l))
                .text(v1s2, "v1s2", "Test (v1, s2)")
                .text(v2s1, "v2s1", "Test (v2, s1)")
                .otherwise(message -> problems.show("Not built:", List.of(message)));
        form.read(new DvbItemDraft(
                null, null, null, null, null, null, null, null, null, 4, List.of(), List.of(), null, null));
        return form;
    }

    private static List<String> lines(String text) {
        return Arrays.stream((text == null ? "" : text).split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static ComboBox<DeepValue> values(String id, String label) {
        ComboBox<DeepValue> box = new ComboBox<>(label, DeepValue.values());
        box.setItemLabelGenerator(v -> v.id() + " (" + v.set().label() + ")");
        box.setId(id);
        return box;
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, String label) {
        TextArea a = new TextArea(label);
        a.setId(id);
        return a;
    }
}
