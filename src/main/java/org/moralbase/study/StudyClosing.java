package org.moralbase.study;

import java.time.Clock;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.study.domain.Study;
import org.moralbase.study.domain.StudyRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a study with a grace period (decision 0034): no new arrivals; sessions in progress may store answers for the
 * grace period, then none. Who may close is who may change the study's status ({@link StudyService#setStatus}).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class StudyClosing {

    /** The longest grace period a researcher may set for closing: a week. */
    public static final int MAX_GRACE_MINUTES = 7 * 24 * 60;

    /** The rule for the grace period, in the words forms and refusals use. */
    public static final String GRACE_RULE = "Grace period: 0 to " + MAX_GRACE_MINUTES + " minutes (a week)";

    private final StudyService studies;
    private final StudyRepository rows;
    private final ObjectProvider<StudyContents> contents;
    private final AuditService audit;
    private final Clock clock;

    StudyClosing(
            StudyService studies,
            StudyRepository rows,
            ObjectProvider<StudyContents> contents,
            AuditService audit,
            Clock clock) {
        this.studies = studies;
        this.rows = rows;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes a study with this grace period, kept for the next closing. */
    @Transactional
    public StudySummary close(long id, int graceMinutes) {
        if (graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
            throw new IllegalArgumentException(GRACE_RULE);
        }
        Study study = require(id);
        if (study.getCloseGraceMinutes() != graceMinutes) {
            study.setCloseGraceMinutes(graceMinutes, clock.instant());
        }
        audit.record(AuditAction.STUDY_UPDATED, "study", id, "close grace " + graceMinutes + " min");
        return studies.setStatus(id, StudyStatus.CLOSED);
    }

    /** How many participants' sessions of the study are in progress (previews aside). */
    @Transactional(readOnly = true)
    public long inProgress(long id) {
        require(id);
        return contents.orderedStream().mapToLong(c -> c.inProgress(id)).sum();
    }

    // the study if the signed-in account may see it (the same rule as StudyService's)
    private Study require(long id) {
        studies.find(id).orElseThrow(() -> new StudyNotFoundException(id));
        return rows.findById(id).orElseThrow(() -> new StudyNotFoundException(id));
    }
}
