package org.moralbase.choicepair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moralbase.choicepair.ui.ByConditionView;
import org.moralbase.choicepair.ui.ChoicePairItemsView;
import org.moralbase.choicepair.ui.ChoicePairSessionView;
import org.moralbase.choicepair.ui.ChoicePairSettingsView;
import org.moralbase.choicepair.ui.SharesView;
import org.moralbase.study.ItemImport;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Choice pairs as a kind of study (decision 0012): binary-choice dilemma sets such as DailyDilemmas or MoralChoice. */
@Component
@Order(20)
public class ChoicePairKind implements StudyKind {

    /** The id stored with choice-pair studies. */
    public static final String ID = "CHOICE_PAIR";

    private final ChoicePairResults results;
    private final ChoicePairItems items;
    private final ChoicePairPrompts prompts;
    private final ChoicePairExport export;
    private final ChoicePairDistributions distributions;

    ChoicePairKind(
            ChoicePairItems items,
            ChoicePairPrompts prompts,
            ChoicePairExport export,
            ChoicePairDistributions distributions,
            ChoicePairResults results) {
        this.results = results;
        this.items = items;
        this.prompts = prompts;
        this.export = export;
        this.distributions = distributions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Choice pairs";
    }

    @Override
    public String description() {
        return "Participants choose between two options of an imported dilemma set (DailyDilemmas, MoralChoice,"
                + " Scruples or your own CSV).";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", ChoicePairSettingsView.class),
                StudyPage.of("items", "Items", ChoicePairItemsView.class),
                StudyPage.results("shares", "Choice shares", SharesView.class),
                StudyPage.of("by-condition", "By condition", ByConditionView.class));
    }

    @Override
    public Class<ChoicePairSessionView> participantPage() {
        return ChoicePairSessionView.class;
    }

    @Override
    public Optional<String> openingProblem(long studyId) {
        return items.openingProblem(studyId);
    }

    @Override
    public Optional<ItemImport> itemImport() {
        return Optional.of(items);
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(results.shares(studyId));
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        List<StudyExport> out = new ArrayList<>(List.of(
                StudyExport.text(
                        "responses",
                        "Responses (CSV)",
                        "choice-pair-responses-" + studyId + ".csv",
                        "text/csv",
                        () -> export.responsesCsv(studyId)),
                StudyExport.text(
                        "shares",
                        "Choice shares (CSV)",
                        "choice-pair-shares-" + studyId + ".csv",
                        "text/csv",
                        () -> export.sharesCsv(studyId))));
        for (DistributionFile file : distributions.files(studyId)) {
            out.add(StudyExport.text(
                    file.name() + "-distribution",
                    "Per-item distribution: " + file.label(),
                    file.name() + "-distribution-" + studyId + file.extension(),
                    file.mediaType(),
                    () -> distributions.distribution(studyId, file.name())));
        }
        return out;
    }

    @Override
    public int copyItems(long fromStudyId, long toStudyId) {
        return items.copy(fromStudyId, toStudyId);
    }
}
