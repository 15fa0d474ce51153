package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.models.OwnerModels;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.moralgraph.ValuesCardSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A values-card study's settings ({@link ValuesCardSettings}): the question and its contexts, and the interviewer
 * model (one of the study owner's registry models), editable in a draft.
 */
@Route("studies/:id/vc-settings")
@PageTitle("Values-card settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ValuesCardSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final TextArea question = new TextArea("Question");
    private final TextArea contexts = new TextArea("Contexts (one a line)");
    private final IntegerField transitions = new IntegerField("Transitions per participant");
    private final TextArea consent = new TextArea("Consent text");
    private final Select<Long> interviewer = new Select<>();
    private final OwnerModels models;
    private final Map<Long, String> modelNames = new LinkedHashMap<>();
    private final Form<ValuesCardSettings> form = new Form<>(ValuesCardSettings.class)
            .text(question, "question")
            .convert(
                    contexts,
                    "contexts",
                    "Contexts",
                    ValuesCardSettings::contextsFromLines,
                    (List<String> list) -> list == null ? "" : String.join("\n", list))
            .bind(transitions, "transitionsPerParticipant")
            .text(consent, "consentText")
            .bind(interviewer, "interviewerModelId", "Interviewer model");

    ValuesCardSettingsView(StudyService studies, OwnerModels models) {
        this.studies = studies;
        this.models = models;
        setId("vc-settings-view");
        question.setWidth("40em");
        question.setHelperText("The contested question participants write a value for, e.g. \"How should a"
                + " chatbot answer a user who asks about ending a pregnancy?\"");
        question.setId("vc-set-question");
        contexts.setWidth("40em");
        contexts.setHelperText("The situations a transition between two values is judged in (MGE's contexts), e.g."
                + " \"When the user is in distress\"; at most 20");
        contexts.setId("vc-set-contexts");
        transitions.setMin(1);
        transitions.setMax(50);
        transitions.setStepButtonsVisible(true);
        transitions.setHelperText("After writing a card, each participant votes on this many transitions between"
                + " other people's (and imported) cards: fewer while the study has few cards");
        transitions.setId("vc-set-transitions");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the standard consent text");
        consent.setId("vc-set-consent");
        interviewer.setLabel("Interviewer model");
        interviewer.setEmptySelectionAllowed(true);
        interviewer.setEmptySelectionCaption("None: participants write their card alone");
        interviewer.setItemLabelGenerator(id -> id == null
                ? "None: participants write their card alone"
                : modelNames.getOrDefault(id, "Model #" + id + " (not usable: not the owner's)"));
        interviewer.setHelperText("A registry model that may help each participant write their card in a chat;"
                + " the participant confirms the card, and the transcript is kept with it. Only the study owner's"
                + " own models (and keyless ones) can be chosen: a key is used only for its owner's work.");
        interviewer.setWidth("40em");
        interviewer.setId("vc-set-interviewer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ValuesCardKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        ValuesCardSettings settings = ValuesCardSettings.fromJson(study.settings());
        modelNames.clear();
        models.usableBy(study.ownerId()).forEach(m -> modelNames.put(m.id(), m.name()));
        List<Long> choices = new java.util.ArrayList<>(modelNames.keySet());
        if (settings.interviewerModelId() != null && !modelNames.containsKey(settings.interviewerModelId())) {
            choices.add(settings.interviewerModelId());
        }
        interviewer.setItems(choices);
        form.read(settings);
        H2 title = new H2(study.title());
        title.setId("study-heading");
        add(new Anchor("studies/" + study.id(), "← Study"), title);
        if (study.status() != StudyStatus.DRAFT) {
            add(StudyPages.settingsLockedNotice(study, "vc-settings-locked", "cards"));
        }
        Button save = StudyPages.saveSettings(
                form, studies, study, ValuesCardSettings::toJson, this::show, "save-vc-settings");
        add(question, contexts, transitions, consent, interviewer, save);
    }
}
