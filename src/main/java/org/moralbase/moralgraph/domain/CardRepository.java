package org.moralbase.moralgraph.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A study's value cards. */
public interface CardRepository extends JpaRepository<Card, Long> {

    List<Card> findByStudyIdOrderById(long studyId);

    Optional<Card> findBySessionId(long sessionId);

    long countByStudyId(long studyId);
}
