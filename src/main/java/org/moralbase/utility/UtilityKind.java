package org.moralbase.utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moralbase.study.ItemImport;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.moralbase.utility.ui.OutcomesView;
import org.moralbase.utility.ui.UtilitiesView;
import org.moralbase.utility.ui.UtilitySessionView;
import org.moralbase.utility.ui.UtilitySettingsView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pairwise preferences over outcomes as a kind of study (issue #14, Mazeika et al. 2025 "Utility Engineering"):
 * people and models choose between two short outcomes; Thurstonian utilities are fitted to each (docs/methods.md, "Utilities from pairwise preferences").
 */
@Component
@Order(40)
public class UtilityKind implements StudyKind {

    /** The id stored with utility studies. */
    public static final String ID = "UTILITY";

    private final UtilityOutcomes outcomes;
    private final UtilityPrompts prompts;
    private final UtilityExport export;
    private final UtilityResultFiles files;
    private final UtilityResults results;

    UtilityKind(
            UtilityOutcomes outcomes,
            UtilityPrompts prompts,
            UtilityExport export,
            UtilityResultFiles files,
            UtilityResults results) {
        this.results = results;
        this.outcomes = outcomes;
        this.prompts = prompts;
        this.export = export;
        this.files = files;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Preferences over outcomes";
    }

    @Override
    public String description() {
        return "Participants choose which of two outcomes they prefer; utilities are fitted to people and models"
                + " alike (Utility Engineering).";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", UtilitySettingsView.class),
                StudyPage.of("outcomes", "Outcomes", OutcomesView.class),
                StudyPage.results("utilities", "Utilities", UtilitiesView.class));
    }

    @Override
    public Class<UtilitySessionView> participantPage() {
        return UtilitySessionView.class;
    }

    @Override
    public Optional<String> openingProblem(long studyId) {
        return outcomes.openingProblem(studyId);
    }

    @Override
    public Optional<ItemImport> itemImport() {
        return Optional.of(outcomes);
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(results.report(studyId));
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        List<StudyExport> out = new ArrayList<>(List.of(
                StudyExport.text(
                        "votes",
                        "Votes (CSV)",
                        "utility-votes-" + studyId + ".csv",
                        "text/csv",
                        () -> export.votesCsv(studyId)),
                StudyExport.text(
                        "utilities-people",
                        "People's utilities (emergent-values JSON)",
                        "results_people-" + studyId + ".json",
                        "application/json",
                        () -> files.peopleJson(studyId)),
                StudyExport.text(
                        "outcomes-csv",
                        "Outcomes (CSV)",
                        "outcomes-" + studyId + ".csv",
                        "text/csv",
                        () -> outcomes.csv(studyId)),
                StudyExport.text(
                        "outcomes-json",
                        "Outcomes (options_hierarchical.json)",
                        "options_hierarchical-" + studyId + ".json",
                        "application/json",
                        () -> outcomes.hierarchicalJson(studyId))));
        for (String model : files.models(studyId)) {
            out.add(StudyExport.text(
                    "utilities-model-" + model.replaceAll("[^A-Za-z0-9_-]", "-"),
                    "Utilities of " + model + " (emergent-values JSON)",
                    "results_" + model.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + studyId + ".json",
                    "application/json",
                    () -> files.modelJson(studyId, model)));
        }
        return out;
    }

    @Override
    public int copyItems(long fromStudyId, long toStudyId) {
        return outcomes.copy(fromStudyId, toStudyId);
    }
}
