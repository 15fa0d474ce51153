package org.moralbase.condition.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A study's conditions in order. */
public interface StudyConditionRepository extends JpaRepository<StudyCondition, Long> {

    List<StudyCondition> findByStudyIdOrderByPosition(long studyId);

    @Modifying
    @Query("delete from StudyCondition c where c.studyId = :studyId")
    void deleteByStudy(long studyId);
}
