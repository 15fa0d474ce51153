package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.grid.Grid;
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
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.choicepair.ChoicePairResults;
import org.moralbase.choicepair.ItemModelShare;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.choicepair.ModelComparison;
import org.moralbase.choicepair.ModelShareSummary;
import org.moralbase.choicepair.ShareScatter;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;

/**
 * Per-item human choice shares of a choice-pair study, with Wilson 95% intervals, beside the models' shares; the
 * responses, this table and the per-item distributions as downloads.
 */
@Route("studies/:id/shares")
@PageTitle("Shares · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class SharesView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ChoicePairResults results;
    private final ChoicePairModels models;
    private final ChoicePairKind kind;

    SharesView(StudyService studies, ChoicePairResults results, ChoicePairModels models, ChoicePairKind kind) {
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
        Grid<ItemShare> grid = Grids.readable(new Grid<>());
        grid.addColumn(ItemShare::key).setHeader("Item").setAutoWidth(true);
        grid.addColumn(ItemShare::optionA).setHeader("Option A");
        grid.addColumn(ItemShare::optionB).setHeader("Option B");
        grid.addColumn(s -> s.shareA() == null
                        ? "–"
                        : String.format(
                                Locale.ROOT,
                                "%.3f [%.3f, %.3f]  %d/%d",
                                s.shareA().estimate(),
                                s.shareA().ciLow(),
                                s.shareA().ciHigh(),
                                s.shareA().successes(),
                                s.shareA().trials()))
                .setHeader("People choosing A")
                .setAutoWidth(true);
        grid.addColumn(ItemShare::undecided).setHeader("Cannot decide");
        grid.setItems(results.shares(study.get().id()));
        grid.setId("shares-grid");
        add(title, new Paragraph("Share of decided answers choosing option A, Wilson 95% interval."));
        addDownloads(study.get().id());
        add(grid);
        addModels(models.compare(study.get().id()));
    }

    private void addDownloads(long id) {
        // model answers are imported with the items; the link saves looking for the place
        RouterLink importModels =
                new RouterLink("Import model answers (Items page)", ChoicePairItemsView.class, StudyPages.params(id));
        importModels.setId("shares-import-models");
        add(new StudyDownloads(kind.exports(id)), importModels);
    }

    private void addModels(ModelComparison comparison) {
        if (comparison.models().isEmpty()) {
            return;
        }
        Grid<ModelShareSummary> summary = Grids.readable(new Grid<>());
        Grids.names(summary, ModelShareSummary::model, "Model");
        summary.addColumn(ModelShareSummary::items).setHeader("Items");
        summary.addColumn(m -> m.agreementRate() == null
                        ? "–"
                        : String.format(Locale.ROOT, "%.3f (%d items)", m.agreementRate(), m.majorityItems()))
                .setHeader("Agreement")
                .setAutoWidth(true);
        summary.addColumn(m -> number(m.meanCrossEntropy())).setHeader("Mean cross-entropy (nats)");
        summary.addColumn(ModelShareSummary::answers).setHeader("Answers");
        summary.addColumn(ModelShareSummary::unparseable).setHeader("Unparseable");
        summary.setItems(comparison.models());
        summary.setAllRowsVisible(true);
        summary.setId("model-summary-grid");
        Grid<ItemModelShare> items = Grids.readable(new Grid<>());
        items.addColumn(ItemModelShare::itemKey).setHeader("Item").setAutoWidth(true);
        Grids.names(items, ItemModelShare::model, "Model");
        items.addColumn(r -> number(r.humanShareA()) + "  n=" + r.humanDecided())
                .setHeader("People choosing A");
        items.addColumn(r -> number(r.modelShareA()) + "  n=" + r.parseable()).setHeader("Model choosing A");
        items.addColumn(ItemModelShare::unparseable).setHeader("Unparseable");
        items.addColumn(r -> number(r.crossEntropy())).setHeader("Cross-entropy");
        items.setItems(comparison.items());
        items.setId("model-shares-grid");
        add(
                new H3("Models beside people"),
                new Paragraph("Model share = share of its parseable answers choosing A, both option orders pooled."
                        + " Agreement = share of items where the model's majority is the people's; items tied on"
                        + " either side are left out. Cross-entropy = −Σ p_people · ln q_model, with the model's"
                        + " share smoothed as (k+1)/(n+2) so that it is never 0 or 1."),
                summary,
                scatter(comparison),
                items);
    }

    private static SvgChart scatter(ModelComparison comparison) {
        SvgChart chart = new SvgChart("model-shares-chart", "choice-shares");
        chart.setSvg(ShareScatter.svg(comparison.items()));
        return chart;
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
