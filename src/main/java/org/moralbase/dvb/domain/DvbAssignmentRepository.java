package org.moralbase.dvb.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Participants' trials. */
public interface DvbAssignmentRepository extends JpaRepository<DvbAssignment, Long> {

    List<DvbAssignment> findBySessionIdOrderByPosition(long sessionId);

    List<DvbAssignment> findByStudyIdOrderBySessionIdAscPositionAsc(long studyId);

    /** Unanswered, still-held trials of sessions with no activity since {@code cutoff}. */
    @Query("select a from DvbAssignment a where a.studyId = :studyId and a.released = false"
            + " and a.answeredAt is null and a.lastActivityAt < :cutoff")
    List<DvbAssignment> findStale(@Param("studyId") long studyId, @Param("cutoff") Instant cutoff);
}
