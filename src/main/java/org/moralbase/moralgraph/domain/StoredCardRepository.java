package org.moralbase.moralgraph.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A study's value cards. */
public interface StoredCardRepository extends JpaRepository<StoredCard, Long> {

    List<StoredCard> findByStudyIdOrderById(long studyId);

    Optional<StoredCard> findBySessionId(long sessionId);

    long countByStudyId(long studyId);
}
