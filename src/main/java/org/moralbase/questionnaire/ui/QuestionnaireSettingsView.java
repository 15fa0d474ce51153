package org.moralbase.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.questionnaire.QuestionnaireKind;
import org.moralbase.questionnaire.QuestionnaireSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/** A questionnaire's settings ({@link QuestionnaireSettings}), editable only while the study is a draft. */
@Route("studies/:id/q-settings")
@PageTitle("Questionnaire settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class QuestionnaireSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final Checkbox shuffle = new Checkbox("Shuffle the items within each block for every participant");
    private final IntegerField failures = new IntegerField("Failed attention items that end a session");
    private final TextArea scales = new TextArea("Scales");
    private final TextArea consent = new TextArea("Consent text");
    private final Form<QuestionnaireSettings> form = new Form<>(QuestionnaireSettings.class)
            .bind(shuffle, "shuffleWithinBlocks")
            .bind(failures, "maxAttentionFailures")
            .text(scales, "scales")
            .text(consent, "consentText");

    QuestionnaireSettingsView(StudyService studies) {
        this.studies = studies;
        setId("q-settings-view");
        shuffle.setId("q-set-shuffle");
        failures.setMin(1);
        failures.setMax(20);
        failures.setStepButtonsVisible(true);
        failures.setId("q-set-failures");
        scales.setWidth("40em");
        scales.setPlaceholder("often=Never|Rarely|Sometimes|Often|Always");
        scales.setHelperText("The study's own scales, one per line as name=label 1|label 2|…; agree5 (1-5) and"
                + " agree7 (1-7) are built in");
        scales.setId("q-set-scales");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the standard consent text");
        consent.setId("q-set-consent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, QuestionnaireKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        form.read(QuestionnaireSettings.fromJson(study.settings()));
        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        if (study.status() != StudyStatus.DRAFT) {
            add(StudyPages.settingsLockedNotice(study, "q-settings-locked", "items"));
        }
        Button save = StudyPages.saveSettings(
                form, studies, study, QuestionnaireSettings::toJson, this::show, "save-q-settings");
        add(shuffle, failures, scales, consent, save);
    }
}
