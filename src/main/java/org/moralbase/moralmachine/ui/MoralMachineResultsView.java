package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.LiveRefresh;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.moralmachine.AmceChart;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.LiveSnapshot;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.comparison.PolicyConsistencyService;
import org.moralbase.participation.SessionCounts;
import org.moralbase.participation.StudyResponses;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;

/**
 * Live results of a Moral Machine study: session counts, the nine AMCEs beside Awad 2018, D, and the exports.
 * Answers arriving while the page is open update it through server push, at most twice a second.
 */
@Route("studies/:id/results")
@PageTitle("Results · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class MoralMachineResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final StudyResponses responses;
    private final LiveAmce live;
    private final MoralMachineKind kind;
    private final Div counts = new Div();
    private final SvgChart chart = new SvgChart("mm-amce-chart", "amce-chart");
    private final Div table = new Div();
    private final Span distance = new Span();
    private StudySummary study;
    private static final Duration PUSH_INTERVAL = Duration.ofSeconds(1);

    private AutoCloseable subscription;
    private LiveRefresh<Shown> refresher;
    private com.vaadin.flow.shared.Registration poll;

    /** How often the session counts are refreshed when no answers arrive. */
    static final int COUNTS_POLL_MS = 5000;

    private final StudyConditions conditions;
    private final PolicyConsistencyService consistency;
    private LiveSnapshot conditionSnapshot;

    MoralMachineResultsView(
            StudyService studies,
            StudyResponses responses,
            LiveAmce live,
            MoralMachineKind kind,
            StudyConditions conditions,
            PolicyConsistencyService consistency) {
        this.conditions = conditions;
        this.consistency = consistency;
        this.studies = studies;
        this.responses = responses;
        this.live = live;
        this.kind = kind;
        setId("mm-results-view");
        counts.setId("mm-counts");
        chart.setWidth("100%");
        chart.getStyle().set("max-width", "900px");
        table.setId("mm-amce-table");
        distance.setId("mm-distance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, MoralMachineKind.ID).ifPresent(s -> {
            study = s;
            conditionSnapshot = null;
            layout();
            refresh();
            resubscribe();
        });
    }

    private void layout() {
        removeAll();
        H2 title = new H2(study.title());
        title.setId("study-heading");
        Anchor back = new Anchor("studies/" + study.id(), "← Study");
        RouterLink settings = new RouterLink("Settings", MoralMachineSettingsView.class, StudyPages.params(study.id()));
        Paragraph note = new Paragraph(
                "95% intervals: estimate ± 1.96 SE, clustered by participant session;"
                        + " design weights of Awad 2018 (methods §2). * No. characters: the largest of the four strata"
                        + " (1–4 extra characters), as in Awad 2018 Fig. 2a. D: distance to the Awad 2018 vector (methods §3).");
        note.addClassName("mb-muted");
        add(new HorizontalLayout(back, settings), title, counts, new H3("AMCEs"));
        ConditionPicker.of(conditions.list(study.id()), null, code -> {
                    conditionSnapshot = code == null ? null : live.snapshotOfCondition(study.id(), code);
                    refresh();
                })
                .ifPresent(picker -> {
                    picker.setHelperText(
                            "One condition's AMCEs are read when you pick it (every condition's are live)");
                    add(picker, new ConditionsPanel(study.id(), live, consistency));
                });
        add(distance, chart, note, table, new StudyDownloads(kind.exports(study.id())));
    }

    /** What the page shows of a study, read as the viewer. */
    private record Shown(SessionCounts counts, LiveSnapshot snapshot) {}

    private Shown read(long studyId) {
        // one condition's AMCEs are read when it is picked (a scan); every condition's are kept live
        return new Shown(
                responses.counts(studyId), conditionSnapshot == null ? live.snapshot(studyId) : conditionSnapshot);
    }

    private void refresh() {
        show(read(study.id()));
    }

    private void show(Shown shown) {
        SessionCounts c = shown.counts();
        LiveSnapshot s = shown.snapshot();
        counts.removeAll();
        counts.add(
                count("Sessions started", c.started(), "count-started"),
                count("Active", c.active(), "count-active"),
                count("Completed", c.completed(), "count-completed"),
                count("Screened out", c.screenedOut(), "count-screened-out"),
                count("Answers", s.answers(), "count-answers"));
        counts.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-l)")
                .set("flex-wrap", "wrap");
        distance.setText("D to Awad 2018: "
                + (Double.isNaN(s.distanceToAwad2018())
                        ? "– (needs an answer for every attribute)"
                        : String.format(java.util.Locale.ROOT, "%.3f", s.distanceToAwad2018())));
        chart.setSvg(AmceChart.svg(s.amces()));
        table.getElement().setProperty("innerHTML", StudyAmceTable.html(s.amces()));
    }

    private static Div count(String label, long value, String id) {
        Span number = new Span(Long.toString(value));
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span name = new Span(label);
        name.addClassName("mb-muted");
        Div box = new Div(number, new Div(name));
        box.addClassName("mb-card");
        return box;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        resubscribe();
        // sessions start and finish without an answer event: poll for the counts now and then
        event.getUI().setPollInterval(COUNTS_POLL_MS);
        poll = event.getUI().addPollListener(e -> {
            if (study != null) {
                refresh();
            }
        });
    }

    /** Follows the shown study's answers; called on attach and when the route shows another study. */
    private void resubscribe() {
        unsubscribe();
        UI ui = getUI().orElse(null);
        if (ui == null || study == null) {
            return;
        }
        long id = study.id();
        refresher = LiveRefresh.of(ui, PUSH_INTERVAL, () -> read(id), this::show);
        subscription = live.subscribe(id, refresher::request);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }

    private void unsubscribe() {
        LiveRefresh.closeQuietly(subscription);
        subscription = null;
        if (refresher != null) {
            refresher.close();
            refresher = null;
        }
    }
}
