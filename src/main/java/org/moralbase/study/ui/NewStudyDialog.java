package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import java.util.function.Consumer;
import org.moralbase.base.ui.Form;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** Asks for a title and a kind, then creates a draft study; Create acts once per click. */
class NewStudyDialog extends Dialog {

    NewStudyDialog(StudyService studies, StudyKinds kinds, Consumer<StudySummary> onCreated) {
        setHeaderTitle("New study");
        setId("new-study-dialog");
        TextField title = new TextField("Title");
        title.setId("study-title");
        title.setWidthFull();
        RadioButtonGroup<StudyKind> kind = new RadioButtonGroup<>("Kind");
        kind.setId("study-kind");
        kind.setItems(kinds.all());
        kind.setItemLabelGenerator(StudyKind::label);
        kind.setRenderer(new ComponentRenderer<>(k -> {
            Div about = new Div(k.description());
            about.addClassName("mb-muted");
            Div item = new Div(new Span(k.label()), about);
            item.setId("study-kind-" + k.id().toLowerCase(Locale.ROOT).replace('_', '-'));
            return item;
        }));
        add(new FormLayout(title, kind));
        Form<NewStudy> form = new Form<>(NewStudy.class).text(title, "title").bind(kind, "kind");
        form.read(new NewStudy(null, kinds.all().stream().findFirst().orElse(null)));

        // one key per opening of the dialog: a replayed Create finds the study the first one made
        String requestKey = java.util.UUID.randomUUID().toString();
        Button create = new Button("Create");
        create.setId("study-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.submitOn(create, s -> studies.create(s.title(), s.kind().id(), requestKey), created -> {
            close();
            onCreated.accept(created);
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
