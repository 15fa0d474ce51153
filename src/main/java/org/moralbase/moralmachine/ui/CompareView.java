package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.LiveRefresh;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.models.RunChange;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.comparison.BaselineChoice;
import org.moralbase.moralmachine.comparison.Comparison;
import org.moralbase.moralmachine.comparison.ComparisonService;

/**
 * Models versus humans, AMCE profiles (methods §2–3): a human baseline (a Moral Machine study's live AMCEs or
 * Awad 2018) beside finished runs and runs still going, the chart with 95% intervals, and D per run with each
 * dimension's share. New answers of the baseline study or of the runs update the page by server push, at most
 * once a second, computed off the UI thread.
 */
@Route("models/compare")
@PageTitle("Models vs humans · Moralbase")
@Menu(order = 41, title = "Models vs humans")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class CompareView extends VerticalLayout implements BeforeEnterObserver {

    private static final Duration PUSH_INTERVAL = Duration.ofSeconds(1);

    private final ComparisonService comparisons;
    private final SvgChart chart = new SvgChart("compare-chart", "amce-profiles");
    private final Grid<Comparison.ModelLine> distances = Grids.readable(new Grid<>());
    private final Select<BaselineChoice> baseline = new Select<>();
    private final MultiSelectComboBox<Long> runs = new MultiSelectComboBox<>("Runs");
    private final Paragraph problems = new Paragraph();
    private volatile Map<Long, String> runLabels = Map.of();
    private final Set<Long> askedAbout = ConcurrentHashMap.newKeySet();
    private volatile Shown shown = new Shown(BaselineChoice.AWAD_2018, List.of());
    private LiveRefresh<Update> refresh;
    private AutoCloseable runWatch;
    private AutoCloseable baselineWatch;

    /** What the page shows: a baseline and runs in id order. */
    private record Shown(BaselineChoice baseline, List<Long> runIds) {}

    /** A fresh reading, computed off the UI thread. */
    private record Update(Shown shown, List<BaselineChoice> baselines, List<RunSummary> runs, Comparison comparison) {}

    CompareView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        setId("compare-view");
        baseline.setId("compare-baseline");
        baseline.setLabel("Human baseline");
        baseline.setItemLabelGenerator(BaselineChoice::label);
        baseline.setWidthFull(); // a phone's width, at most 24em
        baseline.setMaxWidth("24em");
        runs.setId("compare-runs");
        runs.setItemLabelGenerator(id -> runLabels.getOrDefault(id, "run " + id));
        runs.setWidthFull();
        runs.setMaxWidth("28em");
        pickers(comparisons.baselines(), comparisons.comparableRuns());
        baseline.setValue(BaselineChoice.AWAD_2018);
        Button show = new Button("Compare", e -> {
            problems.setVisible(false);
            show(baseline.getValue(), runs.getSelectedItems().stream().sorted().toList());
            showAddress();
        });
        show.setId("compare-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pickers = new HorizontalLayout(baseline, runs, show);
        pickers.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        pickers.setWrap(true);
        pickers.setWidthFull();
        problems.setId("compare-address-problems");
        problems.addClassName("mb-problem");
        problems.setVisible(false);
        chart.setWidthFull();
        chart.getStyle().set("max-width", "60rem");
        ComparisonTables.distances(distances);
        Paragraph note = new Paragraph("Intervals: estimate ± 1.96 SE (runs: clustered by scenario; studies: by"
                + " participant). * No. characters: the largest of the four strata, as in Takemoto 2026. D: Euclidean"
                + " distance to the chosen baseline over the nine AMCEs; the other columns are each dimension's share"
                + " of D² (methods §3). Awad 2018 is the published vector, without intervals. Runs still being asked"
                + " show their answers so far; the page follows new answers by itself.");
        note.addClassName("mb-muted");
        add(
                new H2("Models vs humans: AMCE profiles"),
                problems,
                pickers,
                chart,
                new H3("Distance to humans"),
                distances,
                note);
        show(BaselineChoice.AWAD_2018, List.of());
    }

    /**
     * {@code ?study=ID&run=ID&run=ID} (see {@link CompareAddress}) restores a baseline study and runs, so a
     * comparison can be shared; what the address names but cannot be shown is said above the pickers.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CompareAddress address =
                CompareAddress.read(event.getLocation().getQueryParameters().getParameters());
        List<String> said = new ArrayList<>(address.problems());
        BaselineChoice chosen = BaselineChoice.AWAD_2018;
        if (address.studyId() != null) {
            chosen = baseline.getListDataView()
                    .getItems()
                    .filter(b -> address.studyId().equals(b.studyId()))
                    .findFirst()
                    .orElse(null);
            if (chosen == null) {
                said.add("Study " + address.studyId() + ": no Moral Machine study with this number is open to you;"
                        + " the baseline is Awad 2018.");
                chosen = BaselineChoice.AWAD_2018;
            }
        }
        List<Long> selected = new ArrayList<>();
        for (long id : address.runIds()) {
            if (runLabels.containsKey(id)) {
                selected.add(id);
            } else {
                said.add("Run " + id + ": no Moral Machine run with this number is open to you; it is left out.");
            }
        }
        problems.setText(String.join(" ", said));
        problems.setVisible(!said.isEmpty());
        baseline.setValue(chosen);
        runs.setValue(Set.copyOf(selected));
        show(chosen, selected);
    }

    /** Puts what is shown into the address (replacing it, so Back leaves the page as before). */
    private void showAddress() {
        Shown s = shown;
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                RouteConfiguration.forSessionScope().getUrl(CompareView.class),
                                CompareAddress.query(s.baseline().studyId(), s.runIds()))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh = LiveRefresh.of(event.getUI(), PUSH_INTERVAL, () -> read(shown), this::apply);
        runWatch = comparisons.watchRuns(this::runChanged);
        watchBaseline();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        LiveRefresh.closeQuietly(runWatch);
        LiveRefresh.closeQuietly(baselineWatch);
        refresh.close();
        refresh = null;
    }

    /** Shows a comparison the researcher chose (on the UI thread: they wait for it anyway). */
    private void show(BaselineChoice chosen, List<Long> runIds) {
        Shown next = new Shown(chosen == null ? BaselineChoice.AWAD_2018 : chosen, runIds);
        boolean otherBaseline = !Objects.equals(next.baseline(), shown.baseline());
        shown = next;
        showComparison(comparisons.compare(next.baseline(), next.runIds()));
        if (otherBaseline) {
            watchBaseline();
        }
    }

    private void watchBaseline() {
        LiveRefresh.closeQuietly(baselineWatch);
        baselineWatch = refresh == null ? null : comparisons.watchBaseline(shown.baseline(), refresh::request);
    }

    /**
     * Runs on a run's thread: refresh for runs shown, runs that end, and once for a run not listed (it may be new;
     * if it is still not listed after that refresh, the viewer may not see it).
     */
    private void runChanged(RunChange change) {
        LiveRefresh<Update> r = refresh;
        long id = change.runId();
        if (r != null
                && (change.ended()
                        || shown.runIds().contains(id)
                        || (!runLabels.containsKey(id) && askedAbout.add(id)))) {
            r.request();
        }
    }

    private Update read(Shown s) {
        return new Update(
                s,
                comparisons.baselines(),
                comparisons.comparableRuns(),
                comparisons.compare(s.baseline(), s.runIds()));
    }

    private void apply(Update u) {
        pickers(u.baselines(), u.runs());
        if (u.shown().equals(shown)) { // else the researcher chose another comparison meanwhile
            showComparison(u.comparison());
        }
    }

    /** Refills the pickers when their lists changed, keeping what is chosen. */
    private void pickers(List<BaselineChoice> baselines, List<RunSummary> runList) {
        if (!baselines.equals(baseline.getListDataView().getItems().toList())) {
            Long chosen =
                    baseline.getValue() == null ? null : baseline.getValue().studyId();
            baseline.setItems(baselines);
            baselines.stream()
                    .filter(b -> Objects.equals(b.studyId(), chosen))
                    .findFirst()
                    .ifPresent(baseline::setValue);
        }
        Map<Long, String> labels = new LinkedHashMap<>();
        for (RunSummary r : runList) {
            String state = r.progress().status().active()
                    ? ", " + r.progress().status().name().toLowerCase(java.util.Locale.ROOT)
                    : "";
            labels.put(r.id(), r.modelName() + " (run " + r.id() + state + ")");
        }
        if (!labels.equals(runLabels)) {
            Set<Long> chosen =
                    runs.getSelectedItems().stream().filter(labels::containsKey).collect(Collectors.toSet());
            runLabels = labels;
            runs.setItems(List.copyOf(labels.keySet()));
            runs.setValue(chosen);
        }
    }

    private void showComparison(Comparison current) {
        chart.setSvg(current.svg(), current.narrowSvg());
        distances.setItems(current.models());
    }
}
