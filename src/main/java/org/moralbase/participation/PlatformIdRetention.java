package org.moralbase.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.study.StudyRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drops participants' platform ids (PROLIFIC_PID, workerId, STUDY_ID, SESSION_ID) once their session ended longer ago
 * than the study's retention period (decision 0039); the answers and the pseudonymous participant id stay. Runs on
 * every node of a cluster on purpose, as {@link UnconsentedSessions} does: one conditional UPDATE per study,
 * idempotent, so a second node drops nothing more. Each study's count is in the audit log.
 */
@Component
public class PlatformIdRetention {

    private static final Logger log = LoggerFactory.getLogger(PlatformIdRetention.class);

    private final ParticipantSessionRepository sessions;
    private final StudyRetention retention;
    private final AuditService audit;
    private final Clock clock;

    PlatformIdRetention(
            ParticipantSessionRepository sessions, StudyRetention retention, AuditService audit, Clock clock) {
        this.sessions = sessions;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drops what is due in every study; returns how many sessions lost their platform ids. */
    @Scheduled(
            initialDelayString = "${moralbase.participation.retention-check:1h}",
            fixedDelayString = "${moralbase.participation.retention-check:1h}")
    @Transactional
    public int drop() {
        Instant now = clock.instant();
        int total = 0;
        for (Map.Entry<Long, Integer> study : retention.effective().entrySet()) {
            Instant cutoff = now.minus(Duration.ofDays(study.getValue()));
            int dropped = sessions.dropPlatformIds(study.getKey(), cutoff, now);
            if (dropped > 0) {
                audit.recordAs(
                        "system",
                        AuditAction.PLATFORM_IDS_DROPPED,
                        "study",
                        study.getKey(),
                        dropped + " participants' platform ids dropped, " + study.getValue()
                                + " days after their sessions ended");
                total += dropped;
            }
        }
        if (total > 0) {
            log.info("Platform ids of {} session(s) dropped after their studies' retention periods", total);
        }
        return total;
    }
}
