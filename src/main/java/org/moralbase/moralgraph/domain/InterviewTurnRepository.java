package org.moralbase.moralgraph.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The interview transcripts stored with cards. */
public interface InterviewTurnRepository extends JpaRepository<InterviewTurnRow, Long> {

    List<InterviewTurnRow> findByCardIdInOrderByCardIdAscTurnNoAsc(Collection<Long> cardIds);
}
