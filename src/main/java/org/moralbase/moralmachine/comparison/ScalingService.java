package org.moralbase.moralmachine.comparison;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunActivity;
import org.moralbase.models.RunStatus;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.scaling.ScalingAnalysis;
import org.moralbase.stats.scaling.ScalingObservation;
import org.moralbase.stats.scaling.ScalingReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Data for the scaling view (Takemoto 2026, methods §3): the registered models that have a size, a release date
 * and a finished run, with D from their latest finished run; or an uploaded table shaped like table S1. The
 * analysis itself is {@link ScalingAnalysis}, the same code as {@code moralbase analyze scaling}. Uploaded
 * tables are not stored: the view keeps the parsed dataset for as long as it is open (docs/decisions/0009-comparison-views.md).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ScalingService {

    static final String REGISTERED = "Registered models";
    static final String TAKEMOTO_2026 = "Takemoto 2026 table S1 (published)";
    private static final int PAGE = 500;

    private final ModelRegistryService registry;
    private final ModelRunService runs;
    private final RunAnalysisService analysis;
    private final RunActivity activity;

    ScalingService(
            ModelRegistryService registry, ModelRunService runs, RunAnalysisService analysis, RunActivity activity) {
        this.registry = registry;
        this.runs = runs;
        this.analysis = analysis;
        this.activity = activity;
    }

    /**
     * Calls {@code onChange} (from a background thread, unthrottled) when a run ends or answers are imported,
     * which may change {@link #registered()}; close the handle to stop.
     */
    public AutoCloseable watchRuns(Runnable onChange) {
        return activity.subscribe(change -> {
            if (change.ended()) {
                onChange.run();
            }
        });
    }

    /** Every registered model with a size and a finished run; D from its latest finished run to Awad 2018. */
    public ScalingDataset registered() {
        Map<Long, RunSummary> latest = new HashMap<>();
        for (RunSummary run : visibleRuns(runs, ScalingService::finished)) {
            latest.merge(run.modelId(), run, (a, b) -> a.finishedAt().isAfter(b.finishedAt()) ? a : b);
        }
        List<ScalingObservation> models = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ModelSummary> page = registry.list(offset, PAGE);
            for (ModelSummary m : page) {
                RunSummary run = latest.get(m.id());
                if (run == null || m.parametersBillions() == null) {
                    continue; // not part of the scaling analysis: no size or nothing measured
                }
                if (m.releaseDate() == null) {
                    notes.add(m.name() + ": no release date (the mixed model needs Years)");
                    continue;
                }
                AmceDistanceResult d = analysis.analyze(run.id()).distance();
                if (d == null || !(d.distance() > 0)) {
                    notes.add(m.name() + ": run " + run.id() + " has no D (an AMCE is missing)");
                    continue;
                }
                // the registry's family (what the researcher entered, else the name's), not the name alone
                models.add(new ScalingObservation(
                        m.name(), m.family(), m.parametersBillions(), m.reasoning(), m.releaseDate(), d.distance()));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        models.sort(Comparator.comparingDouble(ScalingObservation::sizeBillions));
        return new ScalingDataset(REGISTERED, models, notes);
    }

    static boolean finished(RunSummary run) {
        return run.progress().status() == RunStatus.FINISHED && run.finishedAt() != null;
    }

    /**
     * The Moral Machine runs the caller may see (runs over other kinds have no AMCEs) that {@code keep} accepts, newest
     * first as {@link ModelRunService#list} orders them.
     */
    public static List<RunSummary> visibleRuns(ModelRunService runs, Predicate<RunSummary> keep) {
        List<RunSummary> out = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<RunSummary> page = runs.list(offset, PAGE);
            page.stream()
                    .filter(r -> MoralMachineKind.ID.equals(r.kind()))
                    .filter(keep)
                    .forEach(out::add);
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    /**
     * Parses an uploaded table with the columns of table S1.
     *
     * @throws org.moralbase.dataimport.ImportException listing every located problem
     */
    public ScalingDataset upload(String fileName, byte[] content) {
        return new ScalingDataset(fileName, ScalingTableFormat.read(DatasetSource.of(fileName, content)), List.of());
    }

    /** The published table S1 of Takemoto 2026 (shipped with the app), read as an upload would be. */
    public ScalingDataset takemoto2026() {
        return new ScalingDataset(
                TAKEMOTO_2026,
                ScalingTableFormat.read(DatasetSource.of("table_S1.csv", tableS1())),
                List.of("published table as is: Qwen3 32B's D repeats QwQ 32B's 0.9036 (recomputed: 1.1466)"));
    }

    static byte[] tableS1() {
        try (InputStream in = ScalingService.class.getResourceAsStream("/takemoto2026/table_S1.csv")) {
            if (in == null) {
                throw new IllegalStateException("table_S1.csv is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methods §3 analysis and chart of a dataset (no database). */
    public ScalingResult analyze(ScalingDataset data) {
        return compute(data);
    }

    /** {@link #analyze} without Spring, for tests and the benchmark. */
    static ScalingResult compute(ScalingDataset data) {
        if (data.models().size() < 3) {
            return new ScalingResult(data, null, ScalingChart.svg(data.models(), null));
        }
        ScalingReport report = ScalingAnalysis.run(data.models());
        return new ScalingResult(data, report, ScalingChart.svg(data.models(), report));
    }
}
