package org.moralbase.questionnaire.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The item orders planned for participants' sessions. */
public interface ItemAssignmentRepository extends JpaRepository<ItemAssignment, Long> {

    List<ItemAssignment> findBySessionIdOrderByPosition(long sessionId);
}
