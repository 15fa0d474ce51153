package org.moralbase.moralmachine.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunActivity;
import org.moralbase.models.RunChange;
import org.moralbase.models.RunLiveProgress;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The AMCE profile comparison (methods §2–3): a human baseline — a Moral Machine study's own live AMCEs
 * ({@link LiveAmce#snapshot}) or Awad 2018 — beside finished model runs, with D of each run to that baseline
 * and each dimension's share of D² ({@link AmceDistance}).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ComparisonService {

    private static final int PAGE = 500;

    private final StudyService studies;
    private final LiveAmce live;
    private final ModelRunService runs;
    private final RunAnalysisService analysis;
    private final RunActivity activity;

    ComparisonService(
            StudyService studies,
            LiveAmce live,
            ModelRunService runs,
            RunAnalysisService analysis,
            RunActivity activity) {
        this.studies = studies;
        this.live = live;
        this.runs = runs;
        this.analysis = analysis;
        this.activity = activity;
    }

    /** Awad 2018 first, then every Moral Machine study the caller may see. */
    public List<BaselineChoice> baselines() {
        List<BaselineChoice> out = new ArrayList<>(List.of(BaselineChoice.AWAD_2018));
        for (int offset = 0; ; offset += PAGE) {
            List<StudySummary> page = studies.list(offset, PAGE);
            page.stream()
                    .filter(s -> MoralMachineKind.ID.equals(s.kind()))
                    .forEach(s -> out.add(new BaselineChoice(s.id(), s.title() + " (study " + s.id() + ", live)")));
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    /** Runs to compare, newest first: finished ones, and those still being asked (with their AMCEs so far). */
    public List<RunSummary> comparableRuns() {
        return ScalingService.visibleRuns(
                runs, r -> ScalingService.finished(r) || r.progress().status().active());
    }

    /**
     * Calls {@code onChange} (from a background thread, at most twice a second) when the baseline study stores
     * answers; Awad 2018 never changes. Close the handle to stop.
     */
    public AutoCloseable watchBaseline(BaselineChoice baseline, Runnable onChange) {
        if (baseline.studyId() == null) {
            return () -> {};
        }
        live.snapshot(baseline.studyId()); // checks access, and builds the live AMCEs that announce arrivals
        return live.subscribe(baseline.studyId(), onChange);
    }

    /** Calls {@code onChange} (from a background thread, unthrottled) when any run stores answers or ends. */
    public AutoCloseable watchRuns(Consumer<RunChange> onChange) {
        return activity.subscribe(onChange);
    }

    /** The baseline's AMCEs beside each run's, with D to the baseline. */
    public Comparison compare(BaselineChoice baseline, List<Long> runIds) {
        AmceProfile human = baseline.studyId() == null
                ? awad2018()
                : new AmceProfile(
                        baseline.label(),
                        live.snapshot(baseline.studyId()).amces().estimates());
        List<RunLine> lines = new ArrayList<>();
        for (long id : runIds) {
            RunSummary run = runs.find(id).orElseThrow(() -> new ModelNotFoundException("run", id));
            RunAnalysis a = analysis.analyze(id);
            lines.add(new RunLine(id, new AmceProfile(label(run), a.amces().estimates()), a.case1Share()));
        }
        return compare(human, lines);
    }

    record RunLine(long runId, AmceProfile profile, double case1Share) {}

    /** "Model (run 7)", or with the progress of a run still being asked. */
    static String label(RunSummary run) {
        RunLiveProgress p = run.progress();
        String so = p.status().active()
                ? ", " + p.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.stored() + " of " + p.total()
                : "";
        return run.modelName() + " (run " + run.id() + so + ")";
    }

    /** The comparison of computed profiles (no database). */
    static Comparison compare(AmceProfile human, List<RunLine> runLines) {
        List<Comparison.ModelLine> models = runLines.stream()
                .map(r ->
                        new Comparison.ModelLine(r.runId(), r.profile(), distance(r.profile(), human), r.case1Share()))
                .toList();
        return new Comparison(human, models, ComparisonChart.svg(human, models), ComparisonChart.narrow(human, models));
    }

    static AmceProfile awad2018() {
        double[] v = AmceDistance.awad2018();
        return new AmceProfile(
                "Awad 2018 (humans)",
                IntStream.range(0, 9)
                        .mapToObj(i -> new AmceEstimate(
                                AmceAttribute.values()[i], v[i], Double.NaN, Double.NaN, Double.NaN, 0, 0))
                        .toList());
    }

    private static AmceDistanceResult distance(AmceProfile model, AmceProfile human) {
        for (double v : model.vector()) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        for (double v : human.vector()) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return AmceDistance.between(model.vector(), human.vector());
    }
}
