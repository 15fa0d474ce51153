package org.moralbase.moralmachine.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.moralbase.base.Roles;
import org.moralbase.condition.Condition;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.condition.Implication;
import org.moralbase.condition.StudyConditions;
import org.moralbase.models.ModelAnswers;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.AnswerRows;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.AmceRow;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.LevelShares;
import org.moralbase.stats.amce.SeType;
import org.moralbase.stats.proportion.ProportionEstimator;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy consistency of a Moral Machine study with conditions ({@link PolicyConsistency}): one scan of the
 * people's answers and one read of each run that asked a condition, on demand.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class PolicyConsistencyService {

    private final StudyService studies;
    private final StudyConditions conditions;
    private final ConditionImplications implications;
    private final StudyResponses responses;
    private final ModelAnswers modelAnswers;
    private final ModelRunService runs;

    PolicyConsistencyService(
            StudyService studies,
            StudyConditions conditions,
            ConditionImplications implications,
            StudyResponses responses,
            ModelAnswers modelAnswers,
            ModelRunService runs) {
        this.studies = studies;
        this.conditions = conditions;
        this.implications = implications;
        this.responses = responses;
        this.modelAnswers = modelAnswers;
        this.runs = runs;
    }

    /** The study's policy consistency; empty lists when it has no conditions. */
    @Transactional(readOnly = true)
    public PolicyConsistency read(long studyId) {
        studies.require(studyId, MoralMachineKind.ID);
        List<Condition> all = conditions.list(studyId);
        Map<String, LevelShares> people = peopleByCondition(studyId);
        Map<String, Map<String, LevelShares>> modelShares = new TreeMap<>(); // model → condition → shares
        Map<String, Map<String, AmceResult>> modelAmces = new TreeMap<>();
        for (Condition c : all) {
            Map<String, List<AmceRow>> rowsByModel = new TreeMap<>();
            for (long runId : modelAnswers.runsInCondition(studyId, c.code())) {
                Optional<RunSummary> run = runs.find(runId);
                if (run.isPresent()) {
                    rowsByModel
                            .computeIfAbsent(run.get().modelName(), m -> new ArrayList<>())
                            .addAll(rows(run.get(), runs.allAnswers(runId)));
                }
            }
            rowsByModel.forEach((model, rows) -> {
                LevelShares shares = new LevelShares();
                AmceAccumulator amces = new AmceAccumulator();
                rows.forEach(r -> {
                    shares.add(r);
                    amces.add(r);
                });
                modelShares.computeIfAbsent(model, m -> new LinkedHashMap<>()).put(c.code(), shares);
                modelAmces
                        .computeIfAbsent(model, m -> new LinkedHashMap<>())
                        .put(c.code(), amces.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));
            });
        }
        List<PolicyConsistency.Marked> marked = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<String, Map<AmceAttribute, Integer>> marks = marks(studyId, ignored);
        ProportionEstimator wilson = ProportionEstimator.withDefaults();
        for (Condition c : all) {
            Map<AmceAttribute, Integer> implied = marks.getOrDefault(c.code(), Map.of());
            for (AmceAttribute a : AmceAttribute.values()) {
                Integer level = implied.get(a);
                if (level == null) {
                    continue;
                }
                Map<String, org.moralbase.stats.proportion.Proportion> byModel = new LinkedHashMap<>();
                modelShares.forEach((model, byCondition) -> {
                    LevelShares s = byCondition.get(c.code());
                    if (s != null && s.rows(a, level) > 0) {
                        byModel.put(model, share(wilson, s, a, level));
                    }
                });
                LevelShares p = people.get(c.code());
                marked.add(new PolicyConsistency.Marked(
                        c.code(),
                        c.label(),
                        a,
                        level,
                        p == null || p.rows(a, level) == 0 ? null : share(wilson, p, a, level),
                        byModel));
            }
        }
        return new PolicyConsistency(marked, ignored, modelAmces);
    }

    private static org.moralbase.stats.proportion.Proportion share(
            ProportionEstimator wilson, LevelShares s, AmceAttribute a, int level) {
        return wilson.estimate((int) s.spared(a, level), (int) s.rows(a, level));
    }

    // condition code → attribute → implied level (A: 0, B: 1); marks naming no attribute go to ignored
    private Map<String, Map<AmceAttribute, Integer>> marks(long studyId, List<String> ignored) {
        Map<String, Map<AmceAttribute, Integer>> out = new HashMap<>();
        for (Implication m : implications.list(studyId)) {
            try {
                AmceAttribute a = AmceAttribute.fromDisplayName(m.itemKey());
                out.computeIfAbsent(m.condition(), c -> new HashMap<>()).put(a, "A".equals(m.implied()) ? 0 : 1);
            } catch (IllegalArgumentException notAnAttribute) {
                ignored.add(m.itemKey());
            }
        }
        return out;
    }

    private Map<String, LevelShares> peopleByCondition(long studyId) {
        Map<String, LevelShares> out = new HashMap<>();
        try {
            responses.forEachAnswer(studyId, a -> {
                String code = a.session().conditionCode();
                if (code == null) {
                    return;
                }
                try {
                    AnswerRows.amceRows(a.answer(), 0).forEach(out.computeIfAbsent(code, c -> new LevelShares())::add);
                } catch (IllegalArgumentException notAScenario) {
                    // an answer that is not a scenario (the survey) counts in no subset
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<AmceRow> rows(RunSummary run, List<RunAnswer> answers) {
        List<AmceRow> out = new ArrayList<>();
        String user = "model-" + run.modelId();
        for (RunAnswer a : answers) {
            AnsweredPair.of(a, user).ifPresent(p -> {
                for (ResponseRow row : p.rows()) {
                    out.add(row.toAmceRow(p.cluster()));
                }
            });
        }
        return out;
    }
}
