package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.dvb.domain.DvbAssignment;
import org.moralbase.dvb.domain.DvbAssignmentRepository;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.stats.proportion.ProportionEstimator;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's per-item answers of a DVB study keyed by the release's {@code prompt_id}, in the options' released
 * labels (whatever order a participant saw), with the item's DVGR. The same answers as the DVGR page counts:
 * answered test trials of participants who were not screened out. The export is audited.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class DvbDistribution {

    private static final ProportionEstimator WILSON = ProportionEstimator.withDefaults();

    static final List<String> COLUMNS = List.of(
            "prompt_id",
            "test_id",
            "n_training_examples",
            "expected_deep_value_choice",
            "n_option_a",
            "n_option_b",
            "n_generalized",
            "n_answered",
            "dvgr",
            "dvgr_ci_low",
            "dvgr_ci_high");

    private final StoredDvbItemRepository items;
    private final DvbAssignmentRepository assignments;
    private final StudyService studies;
    private final AuditService audit;
    private final StudyResponses sessions;

    DvbDistribution(
            StoredDvbItemRepository items,
            DvbAssignmentRepository assignments,
            StudyService studies,
            AuditService audit,
            StudyResponses sessions) {
        this.sessions = sessions;
        this.items = items;
        this.assignments = assignments;
        this.studies = studies;
        this.audit = audit;
    }

    /** One row per item in the order stored; items never shown have zero counts and an empty DVGR. */
    @Transactional // not read-only: the audit line is written in it
    public String csv(long studyId) {
        studies.require(studyId, DeepValueKind.ID);
        // item id -> [chose released A, chose released B, generalised]
        Map<Long, int[]> counts = new HashMap<>();
        java.util.Set<Long> excludedSessions = sessions.excludedSessions(studyId);
        for (DvbAssignment a : assignments.findByStudyIdOrderBySessionIdAscPositionAsc(studyId)) {
            if (DvbAssigner.TRIAL.equals(a.getKind())
                    && a.getAnsweredAt() != null
                    && !a.isExcluded()
                    && !excludedSessions.contains(a.getSessionId())) {
                int[] c = counts.computeIfAbsent(a.getItemId(), id -> new int[3]);
                boolean releasedA = "A".equals(a.getChoice()) != a.isSwapped();
                c[releasedA ? 0 : 1]++;
                c[2] += Boolean.TRUE.equals(a.getGeneralized()) ? 1 : 0;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (StoredDvbItem item : items.findByStudyIdOrderById(studyId)) {
            int[] c = counts.getOrDefault(item.getId(), new int[3]);
            List<Object> row = new ArrayList<>(Arrays.asList(
                    item.getItemKey(),
                    item.getTestId(),
                    item.getNTraining(),
                    OptionLabel.valueOf(item.getExpectedChoice()).text(),
                    c[0],
                    c[1],
                    c[2],
                    c[0] + c[1]));
            row.addAll(dvgrColumns(c[2], c[0] + c[1]));
            rows.add(row);
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "DVB item distribution CSV: " + rows.size() + " items");
        return CsvText.write(COLUMNS, rows);
    }

    /** The DVGR k/n with its Wilson 95% interval as three fields, empty when nothing was answered. */
    private static List<Object> dvgrColumns(int k, int n) {
        if (n == 0) {
            return Arrays.asList(null, null, null);
        }
        Proportion p = WILSON.estimate(k, n);
        return List.of(CsvText.decimal(p.estimate()), CsvText.decimal(p.ciLow()), CsvText.decimal(p.ciHigh()));
    }
}
