package org.moralbase.choicepair.ui;

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
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/** A choice-pair study's settings ({@link ChoicePairSettings}), editable only while the study is a draft. */
@Route("studies/:id/cp-settings")
@PageTitle("Choice-pair settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ChoicePairSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final IntegerField items = new IntegerField("Items per participant");
    private final Checkbox undecided = new Checkbox("Offer \"I cannot decide\"");
    private final Checkbox reason = new Checkbox("Ask for a reason (optional to fill in)");
    private final TextArea consent = new TextArea("Consent text");
    private final Form<ChoicePairSettings> form = new Form<>(ChoicePairSettings.class)
            .bind(items, "trialsPerParticipant")
            .bind(undecided, "allowUndecided")
            .bind(reason, "askReason")
            .text(consent, "consentText");

    ChoicePairSettingsView(StudyService studies) {
        this.studies = studies;
        setId("cp-settings-view");
        items.setMin(1);
        items.setMax(500);
        items.setStepButtonsVisible(true);
        items.setHelperText("Each participant sees this many items (all if the study has fewer), in random order");
        items.setId("cp-set-items");
        undecided.setId("cp-set-undecided");
        reason.setId("cp-set-reason");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the standard consent text");
        consent.setId("cp-set-consent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ChoicePairKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        form.read(ChoicePairSettings.fromJson(study.settings()));

        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        boolean draft = study.status() == StudyStatus.DRAFT;
        if (!draft) {
            add(StudyPages.settingsLockedNotice(study, "cp-settings-locked", "items"));
        }
        Button save = StudyPages.saveSettings(
                form, studies, study, ChoicePairSettings::toJson, this::show, "save-cp-settings");
        add(items, undecided, reason, consent, save);
    }
}
