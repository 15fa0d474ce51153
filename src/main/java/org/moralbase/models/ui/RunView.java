package org.moralbase.models.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnswerExport;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunRequest;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
import org.moralbase.study.ModelItems;
import org.moralbase.study.RunSetting;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyPage;
import org.moralbase.study.StudyService;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One run, live, for every kind of study: progress with the time left, pause/resume/cancel, the valid-response
 * rate, position bias, every prompt's raw answer, and a link to where the kind analyses it (a Moral Machine run's
 * AMCEs; a choice-pair or DVB study's results). Updates arrive by server push, at most one per second.
 */
@Route("models/runs/:id")
@PageTitle("Model run · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class RunView extends VerticalLayout implements BeforeEnterObserver {

    private static final long PUSH_INTERVAL_MS = 1000;

    private final ModelRunService runs;
    private final StudyService studies;
    private final StudyKinds kinds;
    private final RunAnswerExport export;
    private final H2 heading = new H2();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span design = new Span();
    private final Span validText = new Span();
    private final Span bias = new Span();
    private final Button pause = new Button("Pause");
    private final Button resume = new Button("Resume");
    private final Button cancel = new Button("Cancel run");
    private final HorizontalLayout links = new HorizontalLayout();
    private final RunAnswersGrid answers;
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private long runId;
    private int points = 2; // more than two: the run's answers are scale points
    private Runnable unsubscribe;

    RunView(ModelRunService runs, StudyService studies, StudyKinds kinds, RunAnswerExport export) {
        this.runs = runs;
        this.export = export;
        this.studies = studies;
        this.kinds = kinds;
        this.answers = new RunAnswersGrid(runs);
        setId("run-view");
        heading.setId("run-heading");
        bar.setId("run-progress");
        progressText.setId("run-progress-text");
        design.setId("run-design");
        validText.setId("run-valid-rate");
        bias.setId("run-position-bias");
        links.setId("run-links");
        pause.setId("run-pause");
        resume.setId("run-resume");
        cancel.setId("run-cancel");
        pause.addClickListener(e -> act(() -> runs.pause(runId)));
        resume.addClickListener(e -> act(() -> runs.resume(runId)));
        cancel.addClickListener(e -> act(() -> runs.cancel(runId)));
        add(
                heading,
                bar,
                progressText,
                design,
                new HorizontalLayout(pause, resume, cancel),
                validText,
                bias,
                links,
                new H3("Answers"),
                answers);
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
        showLinks(found.get());
        points = kinds.find(found.get().kind())
                .flatMap(StudyKind::modelItems)
                .map(ModelItems::points)
                .orElse(2);
        answers.show(runId, points);
        show(found.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable refresh = new DelegatingSecurityContextRunnable(this::refresh, context);
        Runnable later = () -> {
            // coalesce: at most one push per interval, and the last change is always shown
            if (pushScheduled.compareAndSet(false, true)) {
                CompletableFuture.runAsync(
                        () -> {
                            pushScheduled.set(false);
                            ui.access(refresh::run);
                        },
                        CompletableFuture.delayedExecutor(PUSH_INTERVAL_MS, TimeUnit.MILLISECONDS));
            }
        };
        unsubscribe = runs.subscribe(runId, id -> later.run());
        // a run may have moved on (or ended) between the page's first read and this subscription
        later.run();
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
        runs.find(runId).ifPresent(run -> {
            show(run);
            answers.refresh();
        });
    }

    /** The study, and where the run's kind analyses it: its own run page, else the study's results page. */
    private void showLinks(RunSummary run) {
        links.removeAll();
        links.add(StudyDownloads.link(StudyExport.csv(
                "run-answers",
                "Prompts and answers (CSV)",
                "run-" + run.id() + "-answers.csv",
                out -> export.write(run.id(), out))));
        Optional<StudyKind> kind = kinds.find(run.kind());
        kind.flatMap(StudyKind::runPage).ifPresent(page -> {
            RouterLink analysis = new RouterLink("Analysis of this run", page, params(run.id()));
            analysis.setId("run-analysis-link");
            links.add(analysis);
        });
        Optional.ofNullable(run.studyId()).flatMap(studies::find).ifPresent(study -> {
            Anchor studyLink = new Anchor("studies/" + study.id(), "Study: " + study.title());
            studyLink.setId("run-study-link");
            links.add(studyLink);
            kind.flatMap(k -> k.pages().stream().filter(StudyPage::results).findFirst())
                    .filter(p -> kind.get().runPage().isEmpty())
                    .ifPresent(results -> {
                        RouterLink compare = new RouterLink(
                                "Compare with people on the results page of " + study.title(),
                                results.view(),
                                StudyPages.params(study.id()));
                        compare.setId("run-item-results");
                        links.add(compare);
                    });
        });
    }

    private void show(RunSummary run) {
        RunLiveProgress p = run.progress();
        heading.setText("Run " + run.id() + " · " + run.modelName());
        bar.setValue(Math.min(1, p.fractionDone()));
        String eta = p.estimatedRemaining() == null ? "" : " · about " + human(p.estimatedRemaining()) + " left";
        String rate = p.ratePerSecond() > 0 ? String.format(Locale.ROOT, " · %.1f/s", p.ratePerSecond()) : "";
        String node = p.status().active()
                ? runs.executingNode(runId).map(n -> " · running on node " + n).orElse("")
                : "";
        progressText.setText(
                p.status().label() + " · " + p.stored() + " of " + p.total() + " prompts" + rate + eta + node);
        design.setText(describe(run));
        validText.setText(
                Double.isNaN(p.validRate())
                        ? "Valid responses: none yet"
                        : String.format(
                                Locale.ROOT,
                                "Valid responses: %.1f%% (%d of %d)",
                                100 * p.validRate(),
                                p.valid(),
                                p.stored()));
        bias.setText(points > 2 ? pointShares(runs.pointCounts(runId, points)) : positionBias());
        pause.setEnabled(p.status() == RunStatus.RUNNING);
        resume.setEnabled(p.status() == RunStatus.PAUSED);
        cancel.setEnabled(p.status().active());
    }

    private String positionBias() {
        double first = runs.firstShownShare(runId);
        return Double.isNaN(first)
                ? "Position bias: no valid answers yet"
                : String.format(
                        Locale.ROOT,
                        "Position bias: the option shown first chosen in %.1f%% of valid answers (50%% = none)",
                        100 * first);
    }

    /** For answers that are scale points (decision 0029): how often each point was chosen. */
    private static String pointShares(long[] counts) {
        long valid = java.util.Arrays.stream(counts).sum();
        if (valid == 0) {
            return "Points chosen: no valid answers yet";
        }
        java.util.List<String> shares = new java.util.ArrayList<>();
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > 0) {
                shares.add(String.format(Locale.ROOT, "point %d %.1f%%", k, 100.0 * counts[k] / valid));
            }
        }
        return "Points chosen in valid answers: " + String.join(" · ", shares);
    }

    /** "300 items × 2 samples in both option orders, seed 7 · Scenario design: Takemoto (LLM studies)". */
    private String describe(RunSummary run) {
        StringBuilder text = new StringBuilder()
                .append(run.items())
                .append(" items × ")
                .append(run.samples())
                .append(run.samples() == 1 ? " sample" : " samples")
                .append(run.bothOrders() ? " in both option orders" : "")
                .append(", seed ")
                .append(run.seed());
        String condition = run.settings().get(RunRequest.CONDITION);
        if (condition != null) {
            text.append(" · condition: ").append(condition);
        }
        kinds.find(run.kind()).flatMap(StudyKind::modelItems).ifPresent(m -> {
            for (RunSetting s : m.settings()) {
                String value = run.settings().get(s.key());
                if (value != null) {
                    text.append(" · ").append(s.label()).append(": ").append(s.describe(value));
                }
            }
        });
        return text.toString();
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 90 ? s + " s" : s < 5400 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
