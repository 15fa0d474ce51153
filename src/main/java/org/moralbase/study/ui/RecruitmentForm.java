package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/**
 * Where participants come from (public link, Prolific, MTurk), the target, and the links to hand out; the same
 * for every study kind, since arriving at {@code /take/<code>} is.
 */
class RecruitmentForm extends VerticalLayout {

    static final String PROLIFIC_PARAMS =
            "?PROLIFIC_PID={{%PROLIFIC_PID%}}&STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}";

    private final RadioButtonGroup<Recruitment> source = new RadioButtonGroup<>("Participants come from");
    private final IntegerField target = new IntegerField("Target participants (completed)");
    private final TextField completion = new TextField("Prolific completion code");
    private final TextField screenOut = new TextField("Prolific screen-out code");
    private final VerticalLayout links = new VerticalLayout();
    private final String baseUrl;

    RecruitmentForm(StudySummary study, StudyService studies, String baseUrl, Consumer<StudySummary> saved) {
        this.baseUrl = baseUrl;
        setPadding(false);
        setId("recruitment-form");
        source.setItems(Recruitment.values());
        source.setItemLabelGenerator(Recruitment::label);
        source.setId("recruitment-source");
        target.setMin(1);
        target.setPlaceholder("no limit");
        target.setHelperText("New participants are turned away once this many have completed.");
        target.setId("recruitment-target");
        completion.setId("recruitment-completion-code");
        screenOut.setId("recruitment-screen-out-code");
        Form<RecruitmentSettings> form = new Form<>(RecruitmentSettings.class)
                .bind(source, "recruitment", "Recruitment")
                .bind(target, "targetParticipants", "Target participants")
                .text(completion, "completionCode", "Completion code")
                .text(screenOut, "screenOutCode", "Screen-out code");
        form.read(study.recruitment());
        source.addValueChangeListener(e -> showFor(study));
        links.setPadding(false);
        links.setSpacing(false);
        links.setId("participant-links");

        Button save = new Button(
                "Save recruitment",
                e -> form.submit(settings -> studies.updateRecruitment(study.id(), settings), updated -> {
                    Notices.success("Recruitment saved");
                    saved.accept(updated);
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-recruitment");
        add(new H3("Recruitment"), source, new HorizontalLayout(target, completion, screenOut), save, links);
        showFor(study);
    }

    private void showFor(StudySummary study) {
        boolean prolific = source.getValue() == Recruitment.PROLIFIC;
        completion.setVisible(prolific);
        screenOut.setVisible(prolific);
        links.removeAll();
        String take = baseUrl + "/take/" + study.publicCode();
        links.add(new H3("Participant links"));
        links.add(copyable("Public link", take, "link-public"));
        if (prolific) {
            links.add(copyable("Prolific study URL", take + PROLIFIC_PARAMS, "link-prolific"));
            links.add(new Paragraph("Paste this into Prolific as the study URL; Prolific fills in the three ids. "
                    + "Participants return to Prolific with the completion or screen-out code."));
        }
        if (source.getValue() == Recruitment.MTURK) {
            links.add(copyable("MTurk external question URL", take, "link-mturk"));
            links.add(new Paragraph("Use this as the HIT's external question URL; MTurk adds workerId, "
                    + "assignmentId, hitId and turkSubmitTo, and the end of the study submits back to MTurk."));
        }
        Anchor preview = new Anchor(take + "?preview=1", "Preview as participant", AnchorTarget.BLANK);
        preview.setId("preview-participant");
        links.add(preview);
    }

    private static HorizontalLayout copyable(String label, String url, String id) {
        TextField field = new TextField(label);
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidth("44em");
        field.setId(id);
        Button copy = new Button("Copy", e -> field.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url));
        copy.setId(id + "-copy");
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }
}
