package org.moralbase.choicepair.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A study's choice pairs. */
public interface StoredChoicePairRepository extends JpaRepository<StoredChoicePair, Long> {

    List<StoredChoicePair> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);
}
