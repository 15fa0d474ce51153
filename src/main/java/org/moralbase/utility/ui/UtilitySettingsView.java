package org.moralbase.utility.ui;

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
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;
import org.moralbase.utility.UtilityKind;
import org.moralbase.utility.UtilitySettings;

/** A utility study's settings ({@link UtilitySettings}), editable only while the study is a draft. */
@Route("studies/:id/ut-settings")
@PageTitle("Utility settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class UtilitySettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final IntegerField pairs = new IntegerField("Pairs per participant");
    private final IntegerField anchors = new IntegerField("Anchor pairs (the same for every participant)");
    private final Checkbox half = new Checkbox("Count an unparseable model answer as half a vote each way");
    private final TextArea consent = new TextArea("Consent text");
    private final Form<UtilitySettings> form = new Form<>(UtilitySettings.class)
            .bind(pairs, "pairsPerParticipant")
            .bind(anchors, "anchors")
            .bind(half, "halfVoteWhenUnparseable")
            .text(consent, "consentText");

    UtilitySettingsView(StudyService studies) {
        this.studies = studies;
        setId("ut-settings-view");
        pairs.setMin(2);
        pairs.setMax(200);
        pairs.setStepButtonsVisible(true);
        pairs.setHelperText("Each participant answers this many pairs, anchors included; the rest are the pairs the"
                + " crowd's current fit is least sure about");
        pairs.setId("ut-set-pairs");
        anchors.setMin(0);
        anchors.setMax(20);
        anchors.setStepButtonsVisible(true);
        anchors.setHelperText("Fixed pairs every participant answers, to measure each one's consistency");
        anchors.setId("ut-set-anchors");
        half.setId("ut-set-half");
        half.setTooltipText("Mazeika et al.'s default; otherwise unparseable answers are dropped (ours)."
                + " Every report says which rule was used.");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the standard consent text");
        consent.setId("ut-set-consent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, UtilityKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        form.read(UtilitySettings.fromJson(study.settings()));
        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        if (study.status() != StudyStatus.DRAFT) {
            add(StudyPages.settingsLockedNotice(study, "ut-settings-locked", "outcomes"));
        }
        Button save =
                StudyPages.saveSettings(form, studies, study, UtilitySettings::toJson, this::show, "save-ut-settings");
        add(pairs, anchors, half, consent, save);
    }
}
