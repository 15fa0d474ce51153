package org.moralbase.participation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.moralbase.participation.domain.ParticipantSession;
import org.springframework.stereotype.Component;

/** The monitor's page of sessions in any column's order, and the fingerprint that says whether the list changed. */
@Component
class MonitorQueries {

    private static final String OF_STUDY =
            " from ParticipantSession s where s.studyId = :studyId and s.source <> 'PREVIEW'";

    @PersistenceContext
    private EntityManager entityManager;

    /** A page of the study's sessions ({@code status} as {@link SessionMonitor#rows}), in the column's order. */
    List<ParticipantSession> page(
            long studyId, String status, MonitorSort sort, boolean descending, int offset, int limit) {
        String direction = descending ? " desc" : " asc";
        String query = "select s" + OF_STUDY
                + " and (:status is null or (:status = 'EXCLUDED' and s.excludedAt is not null)"
                + " or (s.status = :status and s.excludedAt is null))"
                + " order by " + sort.expression() + direction + ", s.id" + direction;
        return entityManager
                .createQuery(query, ParticipantSession.class)
                .setParameter("studyId", studyId)
                .setParameter("status", status)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    /**
     * What changes whenever a row of the monitor would: a session arrives, answers (its last request), finishes, or
     * is excluded or included.
     */
    MonitorChanges fingerprint(long studyId) {
        Object[] row = entityManager
                .createQuery(
                        "select count(s), max(s.lastSeenAt), max(s.finishedAt), max(s.excludedAt), count(s.excludedAt),"
                                + " max(s.startedAt)" + OF_STUDY,
                        Object[].class)
                .setParameter("studyId", studyId)
                .getSingleResult();
        return new MonitorChanges(
                ((Number) row[0]).longValue(),
                (Instant) row[1],
                (Instant) row[2],
                (Instant) row[3],
                ((Number) row[4]).longValue(),
                (Instant) row[5]);
    }
}
