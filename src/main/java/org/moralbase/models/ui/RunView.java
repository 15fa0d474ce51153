package org.moralbase.models.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import org.moralbase.models.RunAnalysisService;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
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
    private final H2 heading = new H2();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span validText = new Span();
    private final Button pause = new Button("Pause");
    private final Button resume = new Button("Resume");
    private final Button cancel = new Button("Cancel run");
    private final AmceTable table = new AmceTable();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private long runId;
    private Runnable unsubscribe;

    RunView(ModelRunService runs, RunAnalysisService analysis) {
        this.runs = runs;
        this.analysis = analysis;
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
        add(heading, bar, progressText, new HorizontalLayout(pause, resume, cancel), validText, table);
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
        progressText.setText(p.status() + " · " + p.stored() + " of " + p.total() + " prompts" + rate + eta
                + " · " + run.scenarios() + " scenarios × " + run.samples() + " samples, seed " + run.seed()
                + (run.originalOrder() ? " · original case order" : " · random case order"));
        validText.setText(
                Double.isNaN(p.validRate())
                        ? "Valid responses: none yet"
                        : String.format(
                                "Valid responses: %.1f%% (%d of %d)", 100 * p.validRate(), p.valid(), p.stored()));
        boolean active = p.status().active();
        pause.setEnabled(p.status() == RunStatus.RUNNING);
        resume.setEnabled(p.status() == RunStatus.PAUSED);
        cancel.setEnabled(active);
        table.show(analysis.analyze(runId));
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 90 ? s + " s" : s < 5400 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
