package org.moralbase.questionnaire.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants' answers to a questionnaire's items. */
public interface ItemAnswerRepository extends JpaRepository<ItemAnswer, Long> {

    List<ItemAnswer> findByStudyIdOrderBySessionIdAscPositionAsc(long studyId);

    List<ItemAnswer> findBySessionIdOrderByPosition(long sessionId);

    long countByStudyId(long studyId);
}
