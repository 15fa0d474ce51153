package org.moralbase.utility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.stats.utility.Coherence;
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
        return json(report.people(), report.unparseableRule());
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
        return json(fit, report.unparseableRule());
    }

    private static String json(UtilityFit fit, String rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<OutcomeUtility> rows = fit == null ? List.of() : fit.utilities();
        out.put(
                "options",
                rows.stream()
                        .map(u -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("id", u.key());
                            o.put("description", u.description());
                            if (u.category() != null) {
                                o.put("category", u.category());
                            }
                            return o;
                        })
                        .toList());
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
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }
}
