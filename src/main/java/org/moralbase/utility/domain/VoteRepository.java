package org.moralbase.utility.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants' votes on a study's pairs. */
public interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByStudyIdOrderBySessionIdAscPositionAsc(long studyId);

    long countByStudyId(long studyId);
}
