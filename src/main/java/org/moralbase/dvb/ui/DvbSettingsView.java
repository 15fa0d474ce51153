package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbItemCounts;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/** A DVB study's settings ({@link DvbSettings}), editable only while the study is a draft. */
@Route("studies/:id/dvb-settings")
@PageTitle("DVB settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class DvbSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final DvbItems items;
    private final IntegerField trials = field("Trials per participant", "dvb-set-trials", 1, 200);
    private final IntegerField checks = field("Attention checks", "dvb-set-attention-checks", 0, 20);
    private final IntegerField failures = field("Failed checks before screen-out", "dvb-set-max-failures", 1, 20);
    private final IntegerField abandon = field("Abandoned after (minutes)", "dvb-set-abandon-minutes", 1, 1440);
    private final IntegerField quota = field("Quota per condition", "dvb-set-quota", 1, 100_000);
    private final Checkbox comprehension = new Checkbox("Comprehension question after the worked example");
    private final TextArea consent = new TextArea("Consent text");
    private final Form<DvbSettings> form = new Form<>(DvbSettings.class)
            .bind(trials, "trialsPerParticipant")
            .bind(checks, "attentionChecks")
            .bind(failures, "maxAttentionFailures")
            .bind(abandon, "abandonAfterMinutes", "Abandoned after")
            .bind(comprehension, "comprehension")
            .bind(quota, "quotaPerCondition")
            .text(consent, "consentText");

    DvbSettingsView(StudyService studies, DvbItems items) {
        this.studies = studies;
        this.items = items;
        setId("dvb-settings-view");
        quota.setPlaceholder("no limit");
        quota.setHelperText("Trial slots per condition (N, value set, context)");
        comprehension.setId("dvb-set-comprehension");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the standard consent text");
        consent.setId("dvb-set-consent");
    }

    private static IntegerField field(String label, String id, int min, int max) {
        IntegerField f = new IntegerField(label);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setId(id);
        return f;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, DeepValueKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        form.read(DvbSettings.fromJson(study.settings()));

        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        boolean draft = study.status() == StudyStatus.DRAFT;
        if (!draft) {
            add(StudyPages.settingsLockedNotice(study, "dvb-settings-locked", "trials"));
        }
        Button save =
                StudyPages.saveSettings(form, studies, study, DvbSettings::toJson, this::show, "save-dvb-settings");
        add(itemCounts(study.id()));
        add(new HorizontalLayout(trials, checks, failures), new HorizontalLayout(abandon, quota), comprehension);
        add(consent, save);
    }

    // trials are drawn only from items with example pairs, so the researcher sees how many there are
    private Paragraph itemCounts(long studyId) {
        DvbItemCounts n = items.counts(studyId);
        Paragraph text = new Paragraph(n.showable() + " of " + n.items() + " items can be shown to participants"
                + (n.hidden() > 0 ? " (" + n.hidden() + " have no example pairs; see Items)." : "."));
        if (n.showable() == 0) {
            text.setText(n.openingProblem().orElseThrow());
            text.addClassName("mb-warning");
        }
        text.setId("dvb-settings-items");
        return text;
    }
}
