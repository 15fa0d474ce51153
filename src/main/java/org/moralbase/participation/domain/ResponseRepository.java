package org.moralbase.participation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Responses of a session, in the order shown. */
public interface ResponseRepository extends JpaRepository<Response, Long> {

    List<Response> findBySessionIdOrderByPosition(long sessionId);

    long countBySessionId(long sessionId);

    /** The responses of these sessions, by session and position. */
    List<Response> findBySessionIdInOrderBySessionIdAscPositionAsc(Collection<Long> sessionIds);
}
