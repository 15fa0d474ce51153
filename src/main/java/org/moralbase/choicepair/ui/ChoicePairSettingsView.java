package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.base.Roles;
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
        ChoicePairSettings s = ChoicePairSettings.fromJson(study.settings());
        items.setValue(s.trialsPerParticipant());
        undecided.setValue(s.allowUndecided());
        reason.setValue(s.askReason());
        consent.setValue(s.consentText() == null ? "" : s.consentText());

        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        boolean draft = study.status() == StudyStatus.DRAFT;
        if (!draft) {
            add(StudyPages.settingsLockedNotice(study, "cp-settings-locked", "items"));
        }
        List.<HasValue<?, ?>>of(items, undecided, reason, consent).forEach(f -> f.setReadOnly(!draft));
        Button save = new Button("Save settings", e -> save(study));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-cp-settings");
        save.setVisible(draft);
        add(items, undecided, reason, consent, save);
    }

    private void save(StudySummary study) {
        try {
            ChoicePairSettings settings = new ChoicePairSettings(
                    items.getValue() == null ? 0 : items.getValue(),
                    undecided.getValue(),
                    reason.getValue(),
                    consent.getValue().isBlank() ? null : consent.getValue().strip());
            show(studies.updateSettings(study.id(), settings.toJson()));
            Notification.show("Settings saved");
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
        }
    }
}
