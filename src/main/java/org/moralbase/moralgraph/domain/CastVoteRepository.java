package org.moralbase.moralgraph.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A study's votes on transitions. */
public interface CastVoteRepository extends JpaRepository<CastVote, Long> {

    List<CastVote> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);
}
