package org.moralbase.models.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.models.BaselineChoice;
import org.moralbase.models.Comparison;
import org.moralbase.models.ComparisonService;
import org.moralbase.models.RunSummary;
import org.moralbase.stats.amce.AmceAttribute;

/**
 * Models versus humans, AMCE profiles (methods §2–3): a human baseline (a Moral Machine study's live AMCEs or
 * Awad 2018) beside any finished runs, the chart with 95% intervals, and D per run with each dimension's share.
 */
@Route("models/compare")
@PageTitle("Models vs humans · Moralbase")
@Menu(order = 41, title = "Models vs humans")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class CompareView extends VerticalLayout implements BeforeEnterObserver {

    private final ComparisonService comparisons;
    private final Div chart = new Div();
    private final Grid<Comparison.ModelLine> distances = new Grid<>();
    private final Select<BaselineChoice> baseline = new Select<>();
    private final MultiSelectComboBox<RunSummary> runs = new MultiSelectComboBox<>("Finished runs");
    private Comparison current;

    CompareView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        setId("compare-view");
        baseline.setId("compare-baseline");
        baseline.setLabel("Human baseline");
        baseline.setItems(comparisons.baselines());
        baseline.setItemLabelGenerator(BaselineChoice::label);
        baseline.setValue(BaselineChoice.AWAD_2018);
        baseline.setWidth("24em");
        runs.setId("compare-runs");
        runs.setItems(comparisons.finishedRuns());
        runs.setItemLabelGenerator(r -> r.modelName() + " (run " + r.id() + ")");
        runs.setWidth("32em");
        Button show = new Button(
                "Compare",
                e -> show(
                        baseline.getValue(),
                        runs.getSelectedItems().stream()
                                .sorted(Comparator.comparingLong(RunSummary::id))
                                .map(RunSummary::id)
                                .toList()));
        show.setId("compare-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pickers = new HorizontalLayout(baseline, runs, show);
        pickers.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        chart.setId("compare-chart");
        chart.setWidthFull();
        chart.getStyle().set("max-width", "60rem");
        Anchor svg = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("amce-profiles.svg");
                    event.setContentType("image/svg+xml");
                    try (OutputStream out = event.getOutputStream()) {
                        out.write(current == null ? new byte[0] : current.svg().getBytes(StandardCharsets.UTF_8));
                    }
                },
                "Download chart (SVG)");
        svg.setId("compare-svg");

        distances.setId("compare-distances");
        distances
                .addColumn(m -> m.profile().label())
                .setHeader("Model run")
                .setFlexGrow(1)
                .setFrozen(true);
        distances
                .addColumn(m -> m.distance() == null ? "–" : fmt(m.distance().distance(), 3))
                .setHeader("D")
                .setAutoWidth(true);
        for (AmceAttribute a : AmceAttribute.values()) {
            distances
                    .addColumn(m -> m.distance() == null
                            ? "–"
                            : fmt(100 * m.distance().dimension(a).shareOfSquaredDistance(), 1) + " %")
                    .setHeader(a.displayName())
                    .setAutoWidth(true);
        }
        distances.setAllRowsVisible(true);
        Paragraph note = new Paragraph("Intervals: estimate ± 1.96 SE (runs: clustered by scenario; studies: by"
                + " participant). * No. characters: the largest of the four strata, as in Takemoto 2026. D: Euclidean"
                + " distance to the chosen baseline over the nine AMCEs; the other columns are each dimension's share"
                + " of D² (methods §3). Awad 2018 is the published vector, without intervals.");
        note.addClassName("mb-muted");
        add(
                new H2("Models vs humans: AMCE profiles"),
                pickers,
                chart,
                svg,
                new H3("Distance to humans"),
                distances,
                note);
        show(BaselineChoice.AWAD_2018, List.of());
    }

    /** {@code ?study=ID&run=ID&run=ID} preselects a baseline study and runs, so a comparison can be linked. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        List<Long> runIds = ids(query.getOrDefault("run", List.of()));
        List<Long> studyIds = ids(query.getOrDefault("study", List.of()));
        if (runIds.isEmpty() && studyIds.isEmpty()) {
            return;
        }
        BaselineChoice chosen = BaselineChoice.AWAD_2018;
        for (BaselineChoice b : comparisons.baselines()) {
            if (b.studyId() != null && studyIds.contains(b.studyId())) {
                chosen = b;
            }
        }
        baseline.setValue(chosen);
        Set<RunSummary> selected = new HashSet<>();
        for (RunSummary r : comparisons.finishedRuns()) {
            if (runIds.contains(r.id())) {
                selected.add(r);
            }
        }
        runs.setValue(selected);
        show(chosen, selected.stream().map(RunSummary::id).sorted().toList());
    }

    private static List<Long> ids(List<String> values) {
        List<Long> out = new ArrayList<>();
        for (String v : values) {
            try {
                out.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                // a hand-edited link: ignore what is not an id
            }
        }
        return out;
    }

    private void show(BaselineChoice baseline, List<Long> runIds) {
        current = comparisons.compare(baseline == null ? BaselineChoice.AWAD_2018 : baseline, runIds);
        chart.getElement().setProperty("innerHTML", current.svg());
        distances.setItems(current.models());
    }

    static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%." + decimals + "f", v) : "–";
    }
}
