package org.moralbase.moralmachine;

import java.util.List;
import java.util.Optional;
import org.moralbase.moralmachine.ui.MoralMachineResultsView;
import org.moralbase.moralmachine.ui.MoralMachineSessionView;
import org.moralbase.moralmachine.ui.MoralMachineSettingsView;
import org.moralbase.moralmachine.ui.RunAmcesView;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Moral Machine dilemmas as a kind of study (decision 0012; methods §1–2). */
@Component
@Order(10)
public class MoralMachineKind implements StudyKind {

    /** The id stored with Moral Machine studies. */
    public static final String ID = "MORAL_MACHINE";

    private final LiveAmce live;
    private final MoralMachinePrompts prompts;
    private final MoralMachineExport export;

    MoralMachineKind(MoralMachinePrompts prompts, MoralMachineExport export, LiveAmce live) {
        this.live = live;
        this.prompts = prompts;
        this.export = export;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Moral Machine";
    }

    @Override
    public String description() {
        return "Participants judge self-driving-car dilemmas (Awad et al. 2018); the nine AMCEs are estimated live.";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", MoralMachineSettingsView.class),
                StudyPage.results("results", "Live results", MoralMachineResultsView.class));
    }

    @Override
    public Class<MoralMachineSessionView> participantPage() {
        return MoralMachineSessionView.class;
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public Optional<Class<? extends com.vaadin.flow.component.Component>> runPage() {
        return Optional.of(RunAmcesView.class);
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(live.snapshot(studyId));
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        return List.of(
                StudyExport.csv(
                        "shared-responses",
                        "Download SharedResponses.csv",
                        "SharedResponses.csv",
                        out -> export.writeSharedResponses(studyId, out)),
                StudyExport.csv(
                        "survey",
                        "Download SurveyResponses.csv",
                        "SurveyResponses.csv",
                        out -> export.writeSurveyResponses(studyId, out)));
    }
}
