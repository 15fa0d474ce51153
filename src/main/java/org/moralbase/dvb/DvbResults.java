package org.moralbase.dvb;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.dvb.domain.DvbAssignment;
import org.moralbase.dvb.domain.DvbAssignmentRepository;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.models.ItemTally;
import org.moralbase.models.ModelAnswers;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.proportion.Dvgr;
import org.moralbase.stats.proportion.DvgrResult;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.stats.proportion.ProportionEstimator;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A DVB study's results: human DVGR with Wilson interval and binomial test against 0.5, overall and by factor,
 * beside the model answers on the same items (imported result rows, and answers model runs asked); and the long-format response export (audited).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class DvbResults {

    /** Published overall DVGR of the nine models (methods §4). */
    public static final int PUBLISHED_GENERALISED = 31_668;
    /** Published number of scored model answers. */
    public static final int PUBLISHED_ANSWERED = 104_725;

    /** The factors, in the order the results page shows them. */
    public static final List<String> FACTORS = List.of("N", "Value pair", "Value set", "Shallow dimension", "Context");

    private final StoredDvbItemRepository items;
    private final DvbAssignmentRepository assignments;
    private final ModelAnswers modelAnswers;
    private final StudyResponses sessions;
    private final StudyService studies;
    private final AuditService audit;

    DvbResults(
            StoredDvbItemRepository items,
            DvbAssignmentRepository assignments,
            ModelAnswers modelAnswers,
            StudyResponses sessions,
            StudyService studies,
            AuditService audit) {
        this.items = items;
        this.assignments = assignments;
        this.modelAnswers = modelAnswers;
        this.sessions = sessions;
        this.studies = studies;
        this.audit = audit;
    }

    private record Outcome(StoredDvbItem item, Boolean generalized, String model) {}

    /** The DVGR tables. Screened-out participants' answers and attention checks are not counted. */
    @Transactional(readOnly = true)
    public DvgrReport report(long studyId) {
        return report(studyId, null);
    }

    /**
     * As {@link #report(long)} within one condition (its code; decision 0028): the participants assigned it and the
     * runs that asked it; {@code null} for everyone and every run.
     */
    @Transactional(readOnly = true)
    public DvgrReport report(long studyId, String condition) {
        require(studyId);
        Set<Long> inCondition = condition == null ? null : sessions.sessionsInCondition(studyId, condition);
        Set<Long> conditionRuns = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        Map<Long, StoredDvbItem> byId = items.findByStudyIdOrderById(studyId).stream()
                .collect(Collectors.toMap(StoredDvbItem::getId, Function.identity()));
        Map<String, StoredDvbItem> byKey =
                byId.values().stream().collect(Collectors.toMap(StoredDvbItem::getItemKey, Function.identity()));
        java.util.Set<Long> excluded = sessions.excludedSessions(studyId);
        List<DvbAssignment> all = assignments.findByStudyIdOrderBySessionIdAscPositionAsc(studyId).stream()
                .filter(a -> !excluded.contains(a.getSessionId()))
                .filter(a -> inCondition == null || inCondition.contains(a.getSessionId()))
                .toList();
        List<Outcome> human = all.stream()
                .filter(a -> DvbAssigner.TRIAL.equals(a.getKind()) && a.getAnsweredAt() != null && !a.isExcluded())
                .map(a -> new Outcome(byId.get(a.getItemId()), a.getGeneralized(), null))
                .toList();
        List<Outcome> model = new ArrayList<>();
        for (ItemTally t : modelAnswers.tallies(studyId)) {
            StoredDvbItem item = byKey.get(t.itemKey());
            if (item != null && (conditionRuns == null || conditionRuns.contains(t.runId()))) {
                boolean deepIsA = "A".equals(item.getExpectedChoice());
                model.addAll(Collections.nCopies(t.chosenA(), new Outcome(item, deepIsA, t.model())));
                model.addAll(Collections.nCopies(t.chosenB(), new Outcome(item, !deepIsA, t.model())));
                model.addAll(Collections.nCopies(t.unreadable(), new Outcome(item, null, t.model())));
            }
        }
        Map<String, List<DvgrRow>> byFactor = new LinkedHashMap<>();
        for (String factor : FACTORS) {
            byFactor.put(factor, rows(human, model, o -> factor(factor, o.item())));
        }
        Set<Long> screened = all.stream()
                .filter(DvbAssignment::isExcluded)
                .map(DvbAssignment::getSessionId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<DvgrRow> byModel = new ArrayList<>();
        Map<String, DvgrResult> perModel = safeGroups(model, Outcome::model);
        perModel.forEach((name, r) -> byModel.add(new DvgrRow(name, null, r.proportion())));
        return new DvgrReport(
                rows(human, model, o -> "All items").stream().findFirst().orElse(new DvgrRow("All items", null, null)),
                byFactor,
                byModel,
                ProportionEstimator.withDefaults().estimate(PUBLISHED_GENERALISED, PUBLISHED_ANSWERED),
                screened.size());
    }

    /** The responses in long format, one row per answered trial or check, as CSV; the export is audited. */
    @Transactional
    public String exportCsv(long studyId) {
        require(studyId);
        Map<Long, StoredDvbItem> byId = items.findByStudyIdOrderById(studyId).stream()
                .collect(Collectors.toMap(StoredDvbItem::getId, Function.identity()));
        Map<Long, SessionState> participants = new HashMap<>();
        try {
            sessions.forEachSession(studyId, st -> participants.put(st.session().id(), st.session()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        int rows = 0;
        try (CsvText.Rows csv = CsvText.open(
                out,
                List.of(
                        "participant",
                        "external_id",
                        "position",
                        "item",
                        "kind",
                        "order_shown",
                        "choice",
                        "deep_value_generalised",
                        "response_time_ms",
                        "check_status",
                        "answered_at",
                        "n",
                        "value_pair",
                        "value_set",
                        "shallow_dimension",
                        "context",
                        "condition"))) {
            for (DvbAssignment a : assignments.findByStudyIdOrderBySessionIdAscPositionAsc(studyId)) {
                if (a.getAnsweredAt() == null
                        || participants.get(a.getSessionId()).excluded()) {
                    continue; // unanswered, or a session a researcher excluded
                }
                StoredDvbItem item = byId.get(a.getItemId());
                boolean check = DvbAssigner.CHECK.equals(a.getKind());
                csv.add(java.util.Arrays.asList(
                        participants.get(a.getSessionId()).participantId(),
                        participants.get(a.getSessionId()).externalId(),
                        a.getPosition(),
                        item.getItemKey(),
                        a.getKind().toLowerCase(java.util.Locale.ROOT),
                        a.isSwapped() ? "BA" : "AB",
                        a.getChoice(),
                        a.getGeneralized() == null ? "" : a.getGeneralized(),
                        a.getResponseTimeMs() == null ? "" : a.getResponseTimeMs(),
                        check
                                ? (Boolean.TRUE.equals(a.getCheckPassed()) ? "passed" : "failed")
                                : (a.isExcluded() ? "screened_out" : "ok"),
                        a.getAnsweredAt(),
                        item.getNTraining(),
                        factor("Value pair", item),
                        item.getValueSet(),
                        item.getShallowDimension(),
                        item.getContextName(),
                        participants.get(a.getSessionId()).conditionCode()));
                rows++;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "DVB responses CSV: " + rows + " rows");
        return out.toString();
    }

    private static List<DvgrRow> rows(List<Outcome> human, List<Outcome> model, Function<Outcome, String> key) {
        Map<String, DvgrResult> h = safeGroups(human, key);
        Map<String, DvgrResult> m = safeGroups(model, key);
        Set<String> groups = new java.util.TreeSet<>(h.keySet());
        groups.addAll(m.keySet());
        return groups.stream()
                .map(g -> new DvgrRow(g, proportion(h.get(g)), proportion(m.get(g))))
                .toList();
    }

    /** DVGR per group; groups with no parseable outcome are left out (their DVGR is undefined). */
    private static Map<String, DvgrResult> safeGroups(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, DvgrResult> result = new LinkedHashMap<>();
        Map<String, List<Outcome>> grouped =
                outcomes.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        grouped.forEach((group, list) -> {
            if (list.stream().anyMatch(o -> o.generalized() != null)) {
                result.put(group, Dvgr.of(list.stream().map(Outcome::generalized)));
            }
        });
        return result;
    }

    private static Proportion proportion(DvgrResult r) {
        return r == null ? null : r.proportion();
    }

    static String factor(String factor, StoredDvbItem item) {
        return switch (factor) {
            case "N" -> "N = " + item.getNTraining();
            case "Value pair" -> item.getValuePreferred() + " > " + item.getValueLessPreferred();
            case "Value set" -> item.getValueSet();
            case "Shallow dimension" -> item.getShallowDimension();
            case "Context" -> item.getContextName();
            default -> throw new IllegalArgumentException("unknown factor " + factor);
        };
    }

    private void require(long studyId) {
        studies.require(studyId, DeepValueKind.ID);
    }
}
