package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ChoicePairResults;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.choicepair.ModelComparison;
import org.moralbase.choicepair.ShareScatter;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.stats.IntervalCaveat;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;

/**
 * Per-item human choice shares of a choice-pair study, with Wilson 95% intervals, beside the models' shares (their
 * balanced runs pooled, or every run when asked): the models' summary, the scatter chart and one sortable, searchable
 * grid of items ({@link ShareGrid}); the responses, this table and the per-item distributions as downloads.
 */
@Route("studies/:id/shares")
@PageTitle("Shares · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class SharesView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ChoicePairResults results;
    private final ChoicePairModels models;
    private final ChoicePairKind kind;
    private final VerticalLayout content = new VerticalLayout();
    private final StudyConditions conditions;
    private String condition;

    SharesView(
            StudyService studies,
            ChoicePairResults results,
            ChoicePairModels models,
            ChoicePairKind kind,
            StudyConditions conditions) {
        this.conditions = conditions;
        this.studies = studies;
        this.results = results;
        this.models = models;
        this.kind = kind;
        setId("shares-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StudySummary> study = StudyPages.fromRoute(event, studies, ChoicePairKind.ID);
        if (study.isEmpty()) {
            return;
        }
        removeAll();
        H2 title = new H2("Choice shares · " + study.get().title());
        title.setId("shares-heading");
        add(
                title,
                new Paragraph("Share of decided answers choosing option A, Wilson 95% interval (not shown when fewer"
                        + " than " + IntervalCaveat.MIN_ROWS + " people decided: it would say nothing). Sort by any"
                        + " column (Model − people by its size), search ids and texts, click a row for its full"
                        + " texts."));
        addDownloads(study.get().id());
        condition = null;
        ConditionPicker.of(conditions.list(study.get().id()), null, code -> {
                    condition = code;
                    show(study.get().id(), false);
                })
                .ifPresent(this::add);
        add(content);
        show(study.get().id(), false);
    }

    private void show(long studyId, boolean includeUnbalanced) {
        content.removeAll();
        content.setPadding(false);
        List<ItemShare> shares = results.shares(studyId, condition);
        ModelComparison comparison = models.compare(studyId, shares, includeUnbalanced, condition);
        if (!comparison.runs().isEmpty()) {
            content.add(new ModelsPanel(comparison, include -> show(studyId, include)));
            if (!comparison.models().isEmpty()) {
                SvgChart chart = new SvgChart("model-shares-chart", "choice-shares");
                chart.setSvg(ShareScatter.svg(comparison.items()));
                content.add(chart);
            }
        }
        content.add(
                new H3("Items"),
                new ShareGrid(
                        new ShareRows(shares, comparison),
                        !comparison.models().isEmpty(),
                        comparison.models().size() > 1));
    }

    private void addDownloads(long id) {
        // model answers are imported with the items; the link saves looking for the place
        RouterLink importModels =
                new RouterLink("Import model answers (Items page)", ChoicePairItemsView.class, StudyPages.params(id));
        importModels.setId("shares-import-models");
        add(new StudyDownloads(kind.exports(id)), importModels);
    }
}
