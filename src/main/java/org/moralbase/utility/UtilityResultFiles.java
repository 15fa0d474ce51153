package org.moralbase.utility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.stats.utility.Coherence;
import org.moralbase.stats.utility.PairVotes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fitted utilities of a study's people and of each model as files in the emergent-values
 * {@code results_<model>.json} shape (docs/formats.md), each download audited.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class UtilityResultFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UtilityResults results;
    private final AuditService audit;

    UtilityResultFiles(UtilityResults results, AuditService audit) {
        this.results = results;
        this.audit = audit;
    }

    /** The names of the models with answers on the study, for one download each (nothing is fitted to list them). */
    @Transactional(readOnly = true)
    public List<String> models(long studyId) {
        return results.modelNames(studyId);
    }

    /** The people's utilities; an empty utilities object before any vote. */
    @Transactional
    public String peopleJson(long studyId) {
        UtilityReport report = results.report(studyId);
        audit.record(AuditAction.EXPORT, "study", studyId, "people's utilities JSON");
        return json(report.people(), report.unparseableRule(), results.pairs(studyId, null));
    }

    /** One model's utilities. */
    @Transactional
    public String modelJson(long studyId, String model) {
        UtilityReport report = results.report(studyId);
        UtilityFit fit = report.models().stream()
                .filter(m -> m.label().equals(model))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No answers of model '" + model + "' on this study"));
        audit.record(AuditAction.EXPORT, "study", studyId, "utilities JSON of " + model);
        return json(fit, report.unparseableRule(), results.pairs(studyId, model));
    }

    private static String json(UtilityFit fit, String rule, List<PairVotes> pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<OutcomeUtility> rows = fit == null ? List.of() : fit.utilities();
        boolean numeric = rows.stream().allMatch(u -> u.key().matches("\\d{1,18}"));
        List<Map<String, Object>> options = rows.stream()
                .map(u -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", id(u.key(), numeric));
                    o.put("description", u.description());
                    if (u.category() != null) {
                        o.put("category", u.category());
                    }
                    return o;
                })
                .toList();
        out.put("options", options);
        Map<String, Object> utilities = new LinkedHashMap<>();
        for (OutcomeUtility u : rows) {
            utilities.put(u.key(), Map.of("mean", u.mean(), "variance", u.variance()));
        }
        out.put("utilities", utilities);
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (fit != null) {
            metrics.put("who", fit.label());
            metrics.put("votes", fit.votes());
            metrics.put("pairs", fit.pairs());
            metrics.put("unparseable", fit.unparseable());
            metrics.put("unparseable_rule", rule);
            Coherence c = fit.coherence();
            if (c != null) {
                metrics.put("holdout_accuracy", c.heldOutAccuracy());
                metrics.put("holdout_log_loss", c.heldOutLogLoss());
                metrics.put("holdout_pairs", c.heldOutPairs());
                metrics.put("confidence", c.confidence());
                metrics.put("log10_cycle_probability", c.log10CycleProbability());
            }
        }
        out.put("metrics", metrics);
        if (fit != null) {
            out.put("graph_data", graphData(options, pairs, numeric));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    /**
     * The pairs the fit was made from in the shape of their {@code PreferenceGraph.export_data}: every pair an edge
     * keyed as Python prints the id tuple, with P(A ≻ B) and the counts behind it in {@code aux_data}; all of them
     * training edges (our fit uses every pair; the coherence metrics hold 5% out on their own, docs/methods.md).
     */
    private static Map<String, Object> graphData(
            List<Map<String, Object>> options, List<PairVotes> pairs, boolean numeric) {
        Map<String, Object> edges = new LinkedHashMap<>();
        List<List<Object>> training = new java.util.ArrayList<>();
        for (PairVotes p : pairs) {
            Map<String, Object> a = options.get(p.a());
            Map<String, Object> b = options.get(p.b());
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("option_A", Map.of("id", a.get("id"), "description", a.get("description")));
            edge.put("option_B", Map.of("id", b.get("id"), "description", b.get("description")));
            edge.put("probability_A", p.probabilityA());
            edge.put("aux_data", Map.of("votes", p.votes(), "votes_A", p.votesA()));
            edges.put(pythonTuple(a.get("id"), b.get("id"), numeric), edge);
            training.add(List.of(a.get("id"), b.get("id")));
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("options", options);
        graph.put("edges", edges);
        graph.put("training_edges", training);
        graph.put("training_edges_pool", List.of());
        graph.put("holdout_edge_indices", List.of());
        return graph;
    }

    private static Object id(String key, boolean numeric) {
        return numeric ? (Object) Long.parseLong(key) : key;
    }

    /** {@code (0, 1)} for numbers, {@code ('a', 'b')} for texts, as Python's {@code str} of the tuple. */
    static String pythonTuple(Object a, Object b, boolean numeric) {
        return numeric ? "(" + a + ", " + b + ")" : "('" + a + "', '" + b + "')";
    }
}
