package org.moralbase.annotation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reviewers' decisions. */
public interface FinalLabelRepository extends JpaRepository<FinalLabel, Long> {

    Optional<FinalLabel> findByItemIdAndQuestionId(long itemId, long questionId);

    List<FinalLabel> findByItemIdIn(Collection<Long> itemIds);
}
