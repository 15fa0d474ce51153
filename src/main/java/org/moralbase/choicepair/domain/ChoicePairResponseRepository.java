package org.moralbase.choicepair.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Answers to a study's choice pairs. */
public interface ChoicePairResponseRepository extends JpaRepository<ChoicePairResponse, Long> {

    List<ChoicePairResponse> findByStudyId(long studyId);

    List<ChoicePairResponse> findByStudyIdOrderBySessionIdAscPositionAsc(long studyId);
}
