package org.moralbase.participation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Responses of a session, in the order shown. */
public interface ResponseRepository extends JpaRepository<Response, Long> {

    List<Response> findBySessionIdOrderByPosition(long sessionId);

    long countBySessionId(long sessionId);

    /** How many answers each of these sessions has: rows of (session id, count). */
    @Query("select r.sessionId, count(r) from Response r where r.sessionId in :ids group by r.sessionId")
    List<Object[]> countBySessionIds(@Param("ids") Collection<Long> sessionIds);

    /** How many answers each of these sessions holds (sessions without answers are left out). */
    default java.util.Map<Long, Long> answeredBySession(Collection<Long> sessionIds) {
        java.util.Map<Long, Long> answered = new java.util.HashMap<>();
        if (!sessionIds.isEmpty()) {
            for (Object[] row : countBySessionIds(sessionIds)) {
                answered.put((Long) row[0], (Long) row[1]);
            }
        }
        return answered;
    }

    /** The responses of these sessions, by session and position. */
    List<Response> findBySessionIdInOrderBySessionIdAscPositionAsc(Collection<Long> sessionIds);
}
