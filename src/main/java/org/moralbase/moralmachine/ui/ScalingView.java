package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.LiveRefresh;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.LimitedUpload;
import org.moralbase.moralmachine.comparison.ScalingDataset;
import org.moralbase.moralmachine.comparison.ScalingResult;
import org.moralbase.moralmachine.comparison.ScalingService;
import org.moralbase.stats.PValues;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.scaling.ScalingReport;
import org.moralbase.stats.scaling.SizeBin;

/**
 * D against model size (Takemoto 2026, methods §3): registered models with a finished run, the published table
 * S1, or an uploaded table with its columns. Uploads live in this view only, never in the database
 * (docs/decisions/0009-comparison-views.md). When a run ends or answers are imported, the registered models are
 * read again off the UI thread and the page follows by server push, at most once a second.
 */
@Route("models/scaling")
@PageTitle("Scaling · Moralbase")
@Menu(order = 42, title = "Scaling")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class ScalingView extends VerticalLayout implements BeforeEnterObserver {

    private final ScalingService scaling;
    private final List<ScalingDataset> datasets = new ArrayList<>();
    private final Select<ScalingDataset> dataset = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final SvgChart chart = new SvgChart("scaling-chart", "scaling");
    private final Grid<ScalingReport.Alternative> alternatives = Grids.readable(new Grid<>());
    private final Paragraph mixedHeading = new Paragraph();
    private final Grid<Coefficient> fixed = Grids.readable(new Grid<>());
    private final Grid<SizeBin> bins = Grids.readable(new Grid<>());
    private final UnorderedList notes = new UnorderedList();
    private volatile boolean registeredShown;
    private boolean refilling;
    private LiveRefresh<Registered> refresh;
    private AutoCloseable runWatch;

    /** The registered models read again, and their analysis when they are on show. */
    private record Registered(ScalingDataset dataset, ScalingResult shown) {}

    ScalingView(ScalingService scaling) {
        this.scaling = scaling;
        setId("scaling-view");
        datasets.add(scaling.registered());
        datasets.add(scaling.takemoto2026());
        dataset.setId("scaling-dataset");
        dataset.setLabel("Dataset");
        dataset.setItemLabelGenerator(d -> d.name() + " (" + d.models().size() + " models)");
        dataset.setItems(datasets);
        dataset.setWidth("28em");
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !refilling) {
                show(scaling.analyze(e.getValue()));
            }
        });
        UnorderedList problems = new UnorderedList();
        problems.setId("scaling-upload-problems");
        Upload upload = LimitedUpload.inMemory(
                        (fileName, bytes) -> {
                            problems.removeAll();
                            try {
                                ScalingDataset uploaded = scaling.upload(fileName, bytes);
                                datasets.add(uploaded);
                                dataset.setItems(datasets);
                                dataset.setValue(uploaded);
                            } catch (ImportException ex) {
                                ex.messages().forEach(m -> problems.add(new ListItem(m)));
                            }
                        },
                        message -> {
                            problems.removeAll();
                            problems.add(new ListItem(message));
                        })
                .component();
        upload.setId("scaling-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(
                "Upload a table with the columns of Takemoto 2026 table S1 (kept in this page only)"));

        summary.setId("scaling-summary");
        chart.setWidthFull();
        chart.getStyle().set("max-width", "60rem");
        ScalingTables.alternatives(alternatives);
        mixedHeading.setId("scaling-mixed-heading");
        ScalingTables.fixedEffects(fixed);
        ScalingTables.sizeBins(bins);
        notes.setId("scaling-notes");

        add(
                new H2("Scaling: distance to humans against model size"),
                new HorizontalLayout(dataset),
                upload,
                problems,
                summary,
                chart,
                new H3("Functional forms"),
                alternatives,
                new H3("Mixed model"),
                mixedHeading,
                fixed,
                new H3("Spread of D by size"),
                bins,
                notes);
        dataset.setValue(datasets.getFirst().models().size() >= 3 ? datasets.getFirst() : datasets.get(1));
    }

    /** {@code ?dataset=takemoto2026} opens the published table S1 instead of the registered models. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("dataset", List.of());
        if (wanted.contains("takemoto2026")) {
            dataset.setValue(datasets.get(1));
        } else if (wanted.contains("registered")) {
            dataset.setValue(datasets.getFirst());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh = LiveRefresh.of(event.getUI(), Duration.ofSeconds(1), this::readRegistered, this::applyRegistered);
        runWatch = scaling.watchRuns(refresh::request);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        LiveRefresh.closeQuietly(runWatch);
        refresh.close();
    }

    /** Off the UI thread: the fit is the heavy part, so it is made here when the registered models are shown. */
    private Registered readRegistered() {
        ScalingDataset now = scaling.registered();
        return new Registered(now, registeredShown ? scaling.analyze(now) : null);
    }

    private void applyRegistered(Registered fresh) {
        ScalingDataset before = datasets.getFirst();
        if (fresh.dataset().equals(before)) {
            return;
        }
        boolean onShow = dataset.getValue() == before;
        datasets.set(0, fresh.dataset());
        ScalingDataset chosen = onShow ? fresh.dataset() : dataset.getValue();
        refilling = true;
        try {
            dataset.setItems(datasets);
            dataset.setValue(chosen);
        } finally {
            refilling = false;
        }
        if (onShow) {
            show(fresh.shown() != null ? fresh.shown() : scaling.analyze(fresh.dataset()));
        }
    }

    private void show(ScalingResult current) {
        ScalingDataset data = current.dataset();
        registeredShown = data == datasets.getFirst();
        chart.setSvg(current.svg());
        ScalingReport r = current.report();
        notes.removeAll();
        data.notes().forEach(n -> notes.add(new ListItem(n)));
        if (r == null) {
            summary.setText(data.models().size() + " models: at least 3 are needed for a fit.");
            alternatives.setItems(List.of());
            fixed.setItems(List.of());
            bins.setItems(List.of());
            mixedHeading.setText("");
            return;
        }
        var p = r.powerLaw();
        summary.setText(String.format(
                java.util.Locale.ROOT,
                "n = %d models. Power law D ∝ S^α: α = %.4f ± %.4f (SE), intercept %.4f, R² = %.3f, %s;"
                        + " Spearman ρ(S, D) = %.3f.",
                r.n(),
                p.alpha(),
                p.alphaStandardError(),
                p.intercept(),
                p.rSquared(),
                PValues.format(p.pValue()),
                r.spearman().rho()));
        alternatives.setItems(r.alternatives());
        if (r.mixedModel() == null) {
            mixedHeading.setText("Not fitted (see the notes below).");
            fixed.setItems(List.of());
        } else {
            var m = r.mixedModel();
            var v = m.varianceComponents();
            mixedHeading.setText(String.format(
                    java.util.Locale.ROOT,
                    "%s (REML), n = %d, %d families; random effects: intercept SD %.4f, slope SD %.4f, correlation"
                            + " %.3f, residual SD %.4f. Singular fit: %s.",
                    m.formula(),
                    m.n(),
                    m.groups(),
                    v.interceptSd(),
                    v.slopeSd(),
                    v.correlation(),
                    v.residualSd(),
                    m.singular() ? "yes (a variance or correlation is at its boundary)" : "no"));
            fixed.setItems(m.fixedEffects());
        }
        bins.setItems(r.sizeBins());
        r.notes().forEach(n -> notes.add(new ListItem(n)));
        notes.add(new ListItem(String.format(
                java.util.Locale.ROOT,
                "Spearman ρ(S, |power-law residual|) = %.3f, %s (does the spread shrink with size?)",
                r.residualSpread().rho(),
                PValues.format(r.residualSpread().pValue()))));
    }
}
