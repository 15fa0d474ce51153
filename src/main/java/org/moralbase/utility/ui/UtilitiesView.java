package org.moralbase.utility.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.base.Svg;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;
import org.moralbase.utility.DisputedPair;
import org.moralbase.utility.HumanModelAgreement;
import org.moralbase.utility.PublishedUtilities;
import org.moralbase.utility.UtilityFit;
import org.moralbase.utility.UtilityKind;
import org.moralbase.utility.UtilityLadder;
import org.moralbase.utility.UtilityReport;
import org.moralbase.utility.UtilityResults;
import org.moralbase.utility.UtilityScatter;

/**
 * A utility study's results, kept up to date while open (a poll checks whether votes or model answers arrived): the
 * fits with their coherence, the utility ladder of people and the chosen models, each model's agreement with the
 * people and the scatter of utilities, and the most disputed pairs; every chart downloads as SVG or PNG.
 */
@Route("studies/:id/utilities")
@PageTitle("Utilities · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class UtilitiesView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MS = 5000;

    private final StudyService studies;
    private final UtilityResults results;
    private final UtilityKind kind;
    private final VerticalLayout content = new VerticalLayout();
    private final Set<String> chosen = new LinkedHashSet<>();
    private StudySummary study;
    private long shownVersion = -1;
    private Registration poll;

    private final StudyConditions conditions;
    private final PublishedUtilities published;
    private String condition;

    UtilitiesView(
            StudyService studies,
            UtilityResults results,
            UtilityKind kind,
            StudyConditions conditions,
            PublishedUtilities published) {
        this.conditions = conditions;
        this.published = published;
        this.studies = studies;
        this.results = results;
        this.kind = kind;
        setId("utilities-view");
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        study = StudyPages.fromRoute(event, studies, UtilityKind.ID).orElse(null);
        if (study == null) {
            return;
        }
        removeAll();
        H2 title = new H2("Utilities · " + study.title());
        title.setId("utilities-heading");
        add(
                title,
                new Paragraph("Thurstonian utilities fitted to the votes of the study's people and of each model"
                        + " (Mazeika et al. 2025; docs/methods.md): μ normalised to mean 0 and SD 1 over the outcomes, σ"
                        + " the spread of each outcome's utility. Excluded sessions are left out."),
                new StudyDownloads(kind.exports(study.id())),
                new PublishedUtilitiesPanel(published, study.id(), this::refresh));
        condition = null;
        ConditionPicker.of(conditions.list(study.id()), null, code -> {
                    condition = code;
                    shownVersion = -1;
                    refresh();
                })
                .ifPresent(this::add);
        add(content);
        shownVersion = -1;
        refresh();
    }

    private void refresh() {
        long version = results.version(study.id());
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        show(results.report(study.id(), condition));
    }

    private void show(UtilityReport report) {
        content.removeAll();
        List<UtilityFit> fits = new ArrayList<>();
        if (report.people() != null) {
            fits.add(report.people());
        }
        fits.addAll(report.models());
        if (fits.isEmpty()) {
            Paragraph none = new Paragraph("No votes yet: the utilities appear here as people and models answer.");
            none.setId("utilities-none");
            content.add(none);
            return;
        }
        Paragraph rule = new Paragraph("Model answers: " + report.unparseableRule() + ".");
        rule.setId("utilities-rule");
        content.add(new H3("Fits and their coherence"), fitGrid(fits), rule);
        content.add(new H3("Utility ladder"), ladder(report));
        if (!report.agreement().isEmpty()) {
            content.add(new H3("Models against people"), agreementGrid(report.agreement()));
            SvgChart scatter = new SvgChart("utilities-scatter", "utilities-scatter");
            scatter.setSvg(UtilityScatter.svg(report.people(), report.models()));
            content.add(scatter, new H3("Most disputed pairs"), disputedGrid(report.disputed()));
        }
    }

    private VerticalLayout ladder(UtilityReport report) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        SvgChart chart = new SvgChart("utilities-ladder", "utility-ladder");
        if (!report.models().isEmpty()) {
            CheckboxGroup<String> models = new CheckboxGroup<>("Models beside the people");
            List<String> names = report.models().stream().map(UtilityFit::label).toList();
            models.setItems(names);
            if (chosen.isEmpty() || !names.containsAll(chosen)) {
                chosen.clear();
                chosen.addAll(names.subList(0, Math.min(2, names.size())));
            }
            models.setValue(chosen);
            models.setId("utilities-models");
            models.addValueChangeListener(e -> {
                chosen.clear();
                chosen.addAll(e.getValue());
                chart.setSvg(UtilityLadder.svg(ladderFits(report)));
            });
            box.add(models);
        }
        chart.setSvg(UtilityLadder.svg(ladderFits(report)));
        box.add(chart);
        return box;
    }

    private List<UtilityFit> ladderFits(UtilityReport report) {
        List<UtilityFit> out = new ArrayList<>();
        if (report.people() != null) {
            out.add(report.people());
        }
        report.models().stream()
                .filter(m -> report.people() == null || chosen.contains(m.label()))
                .forEach(out::add);
        return out;
    }

    private static Grid<UtilityFit> fitGrid(List<UtilityFit> fits) {
        Grid<UtilityFit> grid = Grids.oneLinePerRow(new Grid<>());
        Grids.names(grid, UtilityFit::label, "Who");
        grid.addColumn(f -> f.published() ? "published" : Integer.toString(f.votes()))
                .setHeader("Votes")
                .setAutoWidth(true);
        grid.addColumn(UtilityFit::pairs).setHeader("Pairs").setAutoWidth(true);
        grid.addColumn(f -> f.people() || f.published() ? "" : Integer.toString(f.unparseable()))
                .setHeader("Unparseable")
                .setAutoWidth(true);
        grid.addColumn(f -> f.coherence() == null ? "–" : pct(f.coherence().heldOutAccuracy()))
                .setHeader("Held-out accuracy")
                .setAutoWidth(true);
        grid.addColumn(f -> f.coherence() == null ? "–" : Svg.fmt(f.coherence().heldOutLogLoss(), 3))
                .setHeader("Held-out log loss")
                .setAutoWidth(true);
        grid.addColumn(f -> f.coherence() == null ? "–" : pct(f.coherence().confidence()))
                .setHeader("Confidence")
                .setAutoWidth(true);
        grid.addColumn(f -> f.coherence() == null ? "–" : Svg.fmt(f.coherence().log10CycleProbability(), 2))
                .setHeader("log10 P(cycle)")
                .setAutoWidth(true);
        grid.setItems(fits);
        grid.setAllRowsVisible(true);
        grid.setId("utilities-fits");
        return grid;
    }

    private static Grid<HumanModelAgreement> agreementGrid(List<HumanModelAgreement> rows) {
        Grid<HumanModelAgreement> grid = Grids.oneLinePerRow(new Grid<>());
        Grids.names(grid, HumanModelAgreement::model, "Model");
        grid.addColumn(a -> Svg.fmt(a.pearson(), 3)
                        + (a.pearsonInterval() == null
                                ? (a.intervalPending() ? " [computing…]" : "")
                                : " [" + Svg.fmt(a.pearsonInterval().low(), 2) + ", "
                                        + Svg.fmt(a.pearsonInterval().high(), 2) + "]"))
                .setHeader("Pearson r [95% bootstrap over people]")
                .setAutoWidth(true);
        grid.addColumn(a -> Svg.fmt(a.spearman(), 3)).setHeader("Spearman ρ").setAutoWidth(true);
        grid.addColumn(a -> a.majorityAccuracy() == null ? "–" : pct(a.majorityAccuracy()))
                .setHeader("Predicts people's majority")
                .setAutoWidth(true);
        grid.addColumn(HumanModelAgreement::pairs).setHeader("Pairs").setAutoWidth(true);
        grid.addColumn(HumanModelAgreement::tied).setHeader("Tied").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId("utilities-agreement");
        return grid;
    }

    private static Grid<DisputedPair> disputedGrid(List<DisputedPair> rows) {
        Grid<DisputedPair> grid = Grids.readable(new Grid<>());
        grid.addColumn(DisputedPair::model)
                .setHeader("Model")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DisputedPair::first).setHeader("Outcome 1").setFlexGrow(1);
        grid.addColumn(DisputedPair::second).setHeader("Outcome 2").setFlexGrow(1);
        grid.addColumn(d -> pct(d.peopleShare()) + " (n=" + d.peopleVotes() + ")")
                .setHeader("People prefer 1")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> pct(d.modelShare()) + (d.modelVotes() == 0 ? " (file)" : " (n=" + d.modelVotes() + ")"))
                .setHeader("Model prefers 1")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId("utilities-disputed");
        return grid;
    }

    private static String pct(double v) {
        return Svg.fmt(100 * v, 1) + "%";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        poll = event.getUI().addPollListener(e -> {
            if (study != null) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
