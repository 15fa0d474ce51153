package org.moralbase.models.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnalysis;
import org.moralbase.models.RunAnalysisService;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One run, live: progress with the time left, pause/resume/cancel, the valid-response rate and the nine
 * AMCEs against Awad 2018. Updates arrive by server push, at most one per second.
 */
@Route("models/runs/:id")
@PageTitle("Model run · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class RunView extends VerticalLayout implements BeforeEnterObserver {

    private static final long PUSH_INTERVAL_MS = 1000;

    private final ModelRunService runs;
    private final RunAnalysisService analysis;
    private final StudyService studies;
    private final H2 heading = new H2();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span validText = new Span();
    private final Button pause = new Button("Pause");
    private final Button resume = new Button("Resume");
    private final Button cancel = new Button("Cancel run");
    private final AmceTable table = new AmceTable();
    private final Span itemBias = new Span();
    private final Anchor itemResults = new Anchor();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private long runId;
    private Runnable unsubscribe;

    RunView(ModelRunService runs, RunAnalysisService analysis, StudyService studies) {
        this.runs = runs;
        this.analysis = analysis;
        this.studies = studies;
        setId("run-view");
        heading.setId("run-heading");
        bar.setId("run-progress");
        progressText.setId("run-progress-text");
        validText.setId("run-valid-rate");
        pause.setId("run-pause");
        resume.setId("run-resume");
        cancel.setId("run-cancel");
        pause.addClickListener(e -> act(() -> runs.pause(runId)));
        resume.addClickListener(e -> act(() -> runs.resume(runId)));
        cancel.addClickListener(e -> act(() -> runs.cancel(runId)));
        itemBias.setId("run-item-position-bias");
        itemResults.setId("run-item-results");
        add(
                heading,
                bar,
                progressText,
                new HorizontalLayout(pause, resume, cancel),
                validText,
                table,
                itemBias,
                itemResults);
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> runs.find(Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        runId = found.get().id();
        show(found.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable refresh = new DelegatingSecurityContextRunnable(this::refresh, context);
        unsubscribe = runs.subscribe(runId, id -> {
            // coalesce: at most one push per interval, and the last change is always shown
            if (pushScheduled.compareAndSet(false, true)) {
                CompletableFuture.runAsync(
                        () -> {
                            pushScheduled.set(false);
                            ui.access(refresh::run);
                        },
                        CompletableFuture.delayedExecutor(PUSH_INTERVAL_MS, TimeUnit.MILLISECONDS));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            progressText.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        runs.find(runId).ifPresent(this::show);
    }

    private void show(RunSummary run) {
        RunLiveProgress p = run.progress();
        heading.setText("Run " + run.id() + " · " + run.modelName());
        bar.setValue(Math.min(1, p.fractionDone()));
        String eta = p.estimatedRemaining() == null ? "" : " · about " + human(p.estimatedRemaining()) + " left";
        String rate = p.ratePerSecond() > 0 ? String.format(" · %.1f/s", p.ratePerSecond()) : "";
        String design = run.asksItems()
                ? run.scenarios() + " items × " + run.samples() + " samples"
                        + (run.bothOrders() ? " in both option orders" : " in a random option order") + ", seed "
                        + run.seed()
                : run.scenarios() + " scenarios × " + run.samples() + " samples, seed " + run.seed()
                        + (run.originalOrder() ? " · original case order" : " · random case order");
        progressText.setText(
                p.status() + " · " + p.stored() + " of " + p.total() + " prompts" + rate + eta + " · " + design);
        validText.setText(
                Double.isNaN(p.validRate())
                        ? "Valid responses: none yet"
                        : String.format(
                                "Valid responses: %.1f%% (%d of %d)", 100 * p.validRate(), p.valid(), p.stored()));
        boolean active = p.status().active();
        pause.setEnabled(p.status() == RunStatus.RUNNING);
        resume.setEnabled(p.status() == RunStatus.PAUSED);
        cancel.setEnabled(active);
        table.setVisible(!run.asksItems());
        itemBias.setVisible(run.asksItems());
        itemResults.setVisible(run.asksItems() && run.studyId() != null);
        RunAnalysis a = analysis.analyze(runId);
        if (run.asksItems()) {
            itemBias.setText(
                    Double.isNaN(a.case1Share())
                            ? "Position bias: no valid answers yet"
                            : String.format(
                                    "Position bias: the option shown first (\"Option A\") chosen in %.1f%% of valid"
                                            + " answers (50%% = none)",
                                    100 * a.case1Share()));
            studies.find(run.studyId() == null ? -1 : run.studyId()).ifPresent(study -> {
                String page = study.kind() == StudyKind.DEEP_VALUE ? "dvgr" : "shares";
                itemResults.setHref("studies/" + study.id() + "/" + page);
                itemResults.setText("Compare with people on the results page of " + study.title());
            });
        } else {
            table.show(a);
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 90 ? s + " s" : s < 5400 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
