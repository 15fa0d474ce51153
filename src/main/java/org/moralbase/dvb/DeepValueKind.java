package org.moralbase.dvb;

import java.util.List;
import java.util.Optional;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.dvb.ui.DvbItemsView;
import org.moralbase.dvb.ui.DvbSessionView;
import org.moralbase.dvb.ui.DvbSettingsView;
import org.moralbase.dvb.ui.DvgrView;
import org.moralbase.study.AttentionTable;
import org.moralbase.study.ItemImport;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Deep Value Benchmark as a kind of study (decision 0012; methods §4). */
@Component
@Order(30)
public class DeepValueKind implements StudyKind {

    /** The id stored with DVB studies. */
    public static final String ID = "DEEP_VALUE";

    private final StoredDvbItemRepository items;
    private final DvbPrompts prompts;
    private final DvbResults results;
    private final DvbDistribution distribution;
    private final DvbItems copier;

    DeepValueKind(
            StoredDvbItemRepository items,
            DvbPrompts prompts,
            DvbResults results,
            DvbDistribution distribution,
            DvbItems copier) {
        this.copier = copier;
        this.items = items;
        this.prompts = prompts;
        this.results = results;
        this.distribution = distribution;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Deep Value Benchmark";
    }

    @Override
    public String description() {
        return "Participants see a user's earlier choices and predict the next one (Ashkinaze et al. 2025), under"
                + " quotas per condition.";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", DvbSettingsView.class),
                StudyPage.of("items", "Items and quotas", DvbItemsView.class),
                StudyPage.results("dvgr", "DVGR results", DvgrView.class));
    }

    @Override
    public Class<DvbSessionView> participantPage() {
        return DvbSessionView.class;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> openingProblem(long studyId) {
        return DvbItems.counts(items, studyId).openingProblem();
    }

    @Override
    public Optional<ItemImport> itemImport() {
        return Optional.of(copier);
    }

    @Override
    public Optional<AttentionTable> attentionChecks() {
        return Optional.of(new AttentionTable("dvb_assignment", "check_passed"));
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(results.report(studyId));
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        return List.of(
                StudyExport.text(
                        "responses",
                        "Responses (CSV)",
                        "dvb-responses-" + studyId + ".csv",
                        "text/csv",
                        () -> results.exportCsv(studyId)),
                StudyExport.text(
                        "items",
                        "Per-item distribution by prompt_id (CSV)",
                        "dvb-items-" + studyId + ".csv",
                        "text/csv",
                        () -> distribution.csv(studyId)));
    }

    @Override
    public int copyItems(long fromStudyId, long toStudyId) {
        return copier.copy(fromStudyId, toStudyId);
    }
}
