package org.moralbase.study;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.study.domain.Study;
import org.moralbase.study.domain.StudyRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each study keeps its participants' platform ids after their sessions ended (decision 0039): the study's
 * own setting, else the server's default ({@code MORALBASE_RETENTION_DAYS}), else for ever. Answers are never
 * dropped by it.
 */
@Service
public class StudyRetention {

    /** The longest retention a researcher may set: ten years. */
    public static final int MAX_DAYS = 3650;

    /** The rule for a retention period, in the words forms and refusals use. */
    public static final String RULE = "Retention: 1 to " + MAX_DAYS + " days, or empty for the server's default";

    private final StudyService studies;
    private final StudyRepository rows;
    private final AuditService audit;
    private final Clock clock;
    private final OptionalInt serverDefault;

    StudyRetention(
            StudyService studies,
            StudyRepository rows,
            AuditService audit,
            Clock clock,
            @Value("${moralbase.participation.retention-days:}") String serverDefault) {
        this.studies = studies;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.serverDefault = serverDefault == null || serverDefault.isBlank()
                ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(serverDefault.strip()));
    }

    /** The server's default retention in days (empty: platform ids are kept unless a study sets a period). */
    public OptionalInt serverDefault() {
        return serverDefault;
    }

    /** The study's own retention in days, or empty when it follows the server's default. */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    @Transactional(readOnly = true)
    public OptionalInt ofStudy(long id) {
        Integer days = require(id).getRetentionDays();
        return days == null ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /** Sets the study's retention ({@code null}: the server's default); audited. */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    @Transactional
    public void set(long id, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new IllegalArgumentException(RULE);
        }
        Study study = require(id);
        study.setRetentionDays(days, clock.instant());
        audit.record(
                AuditAction.STUDY_UPDATED,
                "study",
                id,
                "retention of platform ids " + (days == null ? "server default" : days + " days"));
    }

    /**
     * Every study's effective retention in days, for the retention job (no signed-in user): studies that keep
     * platform ids for ever are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> effective() {
        Map<Long, Integer> days = new HashMap<>();
        for (Object[] row : rows.retentionDays()) {
            Integer own = (Integer) row[1];
            if (own != null) {
                days.put((Long) row[0], own);
            } else if (serverDefault.isPresent()) {
                days.put((Long) row[0], serverDefault.getAsInt());
            }
        }
        return days;
    }

    private Study require(long id) {
        studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        return rows.findById(id).orElseThrow(() -> new StudyNotFoundException(id));
    }
}
