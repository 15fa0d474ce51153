package org.moralbase.utility.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The pairs planned for participants' sessions. */
public interface PairAssignmentRepository extends JpaRepository<PairAssignment, Long> {

    List<PairAssignment> findBySessionIdOrderByPosition(long sessionId);

    /** How often each pair (as shown) was planned in a study: rows of first id, second id, count. */
    @Query("select a.firstId, a.secondId, count(a) from PairAssignment a where a.studyId = :study"
            + " group by a.firstId, a.secondId")
    List<Object[]> plannedCounts(@Param("study") long studyId);

    /** The last planned row's id in a study, or 0. */
    @Query("select coalesce(max(a.id), 0) from PairAssignment a where a.studyId = :study")
    long lastId(@Param("study") long studyId);

    /** The pairs (first id, second id) planned in a study up to a row id. */
    @Query("select distinct a.firstId, a.secondId from PairAssignment a where a.studyId = :study and a.id <= :upTo")
    List<Object[]> plannedUpTo(@Param("study") long studyId, @Param("upTo") long upTo);
}
