package org.moralbase.choicepair.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Imported model answers to a study's choice pairs. */
public interface ChoicePairModelAnswerRepository extends JpaRepository<ChoicePairModelAnswer, Long> {

    List<ChoicePairModelAnswer> findByStudyId(long studyId);

    long countByStudyId(long studyId);

    @Modifying
    @Query("delete from ChoicePairModelAnswer a where a.studyId = :studyId and a.model in :models")
    int deleteByStudyAndModels(long studyId, Collection<String> models);
}
