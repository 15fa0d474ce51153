package org.moralbase.moralgraph.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The transitions planned for participants' sessions. */
public interface PlannedTransitionRepository extends JpaRepository<PlannedTransition, Long> {

    List<PlannedTransition> findBySessionIdOrderByPosition(long sessionId);

    /** How often each transition was planned in a study: rows of from card, to card, context, count. */
    @Query("select t.fromCardId, t.toCardId, t.context, count(t) from PlannedTransition t where t.studyId = :study"
            + " group by t.fromCardId, t.toCardId, t.context")
    List<Object[]> plannedCounts(@Param("study") long studyId);

    /** The distinct transitions (from card, to card, context) planned in a study, in the order first planned. */
    @Query("select t.fromCardId, t.toCardId, t.context, min(t.id) from PlannedTransition t where t.studyId = :study"
            + " group by t.fromCardId, t.toCardId, t.context order by min(t.id)")
    List<Object[]> distinctPlanned(@Param("study") long studyId);
}
