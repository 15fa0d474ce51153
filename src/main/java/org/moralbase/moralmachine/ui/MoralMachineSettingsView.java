package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.MoralMachineSettings;
import org.moralbase.moralmachine.StimuliChoice;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/** A Moral Machine study's settings, editable only while it is a draft (recruitment is on the study's own page). */
@Route("studies/:id/settings")
@PageTitle("Study settings · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class MoralMachineSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> LANGUAGE_ORDER = List.of("en", "es", "zh");
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "es", "Spanish", "zh", "Chinese");

    private final StudyService studies;
    private final Select<GeneratorMode> mode = new Select<>();
    private final IntegerField perSession = new IntegerField("Scenarios per participant");
    private final Select<StimuliChoice> stimuli = new Select<>();
    private final Checkbox originalOrder = new Checkbox("Takemoto's original case order");
    private final Paragraph orderWarning = new Paragraph();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>("Languages offered");
    private final TextArea consent = new TextArea("Consent text");
    private final Checkbox survey = new Checkbox("Demographic survey after the scenarios");
    private final ParticipantModelsField models;
    private final Form<MoralMachineSettings> form = new Form<>(MoralMachineSettings.class);

    MoralMachineSettingsView(StudyService studies, ModelRegistryService registry) {
        this.studies = studies;
        this.models = new ParticipantModelsField(registry.names());
        setId("mm-settings-view");
        mode.setLabel("Scenario design");
        mode.setItems(GeneratorMode.values());
        mode.setItemLabelGenerator(m -> m == GeneratorMode.AWAD
                ? "Awad 2018 (the website: 13 scenarios, design weights)"
                : "Takemoto 2024 (the LLM studies)");
        mode.setWidth("30em");
        mode.setId("mm-mode");
        perSession.setMin(1);
        perSession.setMax(100);
        perSession.setStepButtonsVisible(true);
        perSession.setId("mm-per-session");
        stimuli.setLabel("Characters");
        stimuli.setItems(StimuliChoice.values());
        stimuli.setItemLabelGenerator(c -> c == StimuliChoice.ALL
                ? "All 20 characters"
                : "Awad's analysis set (no doctors, pregnant women or criminals)");
        stimuli.setWidth("30em");
        stimuli.setId("mm-stimuli");
        originalOrder.setId("mm-original-order");
        orderWarning.setText("Only to reproduce Takemoto's published numbers: the original code always puts the"
                + " baseline side (fewer, older, male, …) in Case 1 of pedestrian-versus-pedestrian scenarios, which"
                + " mixes a model's preference for \"Case 1\" or \"Case 2\" into its moral preferences (methods §1.3)."
                + " Leave it off for new studies: Moralbase then randomises the case order and records it.");
        orderWarning.addClassName("mb-muted");
        orderWarning.setId("mm-original-order-warning");
        languages.setItems(LANGUAGE_ORDER);
        languages.setItemLabelGenerator(LANGUAGES::get);
        languages.setId("mm-languages");
        consent.setWidth("40em");
        consent.setPlaceholder("Leave empty for the translated default consent text");
        consent.setId("mm-consent");
        survey.setId("mm-survey");
        mode.addValueChangeListener(e -> showOrderSwitch());
        form.bind(mode, "mode", "Design")
                .bind(perSession, "scenariosPerSession")
                .bind(stimuli, "stimuli")
                .bind(originalOrder, "takemotoOriginalOrder")
                .convert(languages, "languages", "Languages", MoralMachineSettingsView::inOrder, LinkedHashSet::new)
                .text(consent, "consentText")
                .bind(survey, "survey")
                .bind(models, "participantModels");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, MoralMachineKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        form.read(MoralMachineSettings.fromJson(study.settings()));
        showOrderSwitch();

        H2 title = new H2(study.title());
        title.setId("study-heading");
        Anchor back = new Anchor("studies/" + study.id(), "← Study");
        Anchor recruitment = new Anchor("studies/" + study.id() + "/recruitment", "Recruitment and links →");
        recruitment.setId("mm-recruitment-link");
        RouterLink results =
                new RouterLink("Live results →", MoralMachineResultsView.class, StudyPages.params(study.id()));
        add(new HorizontalLayout(back, recruitment, results), title, new H3("Scenarios"));

        boolean draft = study.status() == StudyStatus.DRAFT;
        if (!draft) {
            add(StudyPages.settingsLockedNotice(study, "mm-settings-locked", "scenarios"));
        }
        Button save = StudyPages.saveSettings(
                form, studies, study, MoralMachineSettings::toJson, this::show, "save-mm-settings");
        add(
                mode,
                new HorizontalLayout(perSession, stimuli),
                originalOrder,
                orderWarning,
                languages,
                consent,
                survey,
                models,
                save);
    }

    // the original order belongs to Takemoto's design only: under Awad's it is off, not just hidden
    private void showOrderSwitch() {
        boolean takemoto = mode.getValue() == GeneratorMode.TAKEMOTO;
        originalOrder.setVisible(takemoto);
        orderWarning.setVisible(takemoto);
        if (!takemoto && !originalOrder.isReadOnly()) {
            originalOrder.setValue(false);
        }
    }

    private static List<String> inOrder(Set<String> chosen) {
        Set<String> offered = chosen == null ? Set.of() : chosen;
        return LANGUAGE_ORDER.stream().filter(offered::contains).toList();
    }
}
