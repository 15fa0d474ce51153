package org.moralbase.moralmachine.comparison;

import java.util.List;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceDistanceResult;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analyses a run's stored answers: AMCEs (Awad's estimator, clustered by scenario, No. Characters as
 * max-stratum as Takemoto 2026 does for models), D to Awad 2018, the valid-response rate, and position bias
 * (the share of "Case 1" answers, and the AMCEs re-estimated within each case order). A run over a study's
 * items has no AMCEs; its position bias is the share of "Option A" (the option shown first) answers.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class RunAnalysisService {

    private final ModelRunService runs;

    RunAnalysisService(ModelRunService runs) {
        this.runs = runs;
    }

    /** The analysis of a run the caller may see, over the answers stored so far. */
    @Transactional(readOnly = true)
    public RunAnalysis analyze(long runId) {
        RunSummary run = runs.find(runId).orElseThrow(() -> new ModelNotFoundException("run", runId));
        return analyze(runId, runs.allAnswers(runId), "model-" + run.modelId());
    }

    /** The analysis of these answers (plain computation, no database). */
    static RunAnalysis analyze(long runId, List<RunAnswer> stored, String userId) {
        AmceAccumulator all = new AmceAccumulator();
        AmceAccumulator first = new AmceAccumulator();
        AmceAccumulator second = new AmceAccumulator();
        long valid = 0;
        long case1 = 0;
        for (RunAnswer a : stored) {
            if (a.valid()) {
                valid++;
                if (a.chosenPosition() == 1) {
                    case1++;
                }
            }
            Optional<AnsweredPair> pair = AnsweredPair.of(a, userId);
            if (pair.isEmpty()) {
                continue;
            }
            AnsweredPair p = pair.get();
            AmceAccumulator split = p.baselineFirst() == null ? null : p.baselineFirst() ? first : second;
            for (ResponseRow row : p.rows()) {
                var amceRow = row.toAmceRow(p.cluster());
                all.add(amceRow);
                if (split != null) {
                    split.add(amceRow);
                }
            }
        }
        AmceResult amces = all.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
        return new RunAnalysis(
                runId,
                stored.size(),
                valid,
                amces,
                distance(amces),
                valid == 0 ? Double.NaN : (double) case1 / valid,
                first.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM),
                second.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));
    }

    /** D to Awad 2018, or {@code null} while an AMCE is missing (no distance without all nine). */
    static AmceDistanceResult distance(AmceResult amces) {
        for (double v : amces.vector()) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return AmceDistance.toAwad2018(amces.vector());
    }
}
