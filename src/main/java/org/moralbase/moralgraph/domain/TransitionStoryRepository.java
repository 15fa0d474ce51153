package org.moralbase.moralgraph.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stories of a study's transitions. */
public interface TransitionStoryRepository extends JpaRepository<TransitionStory, Long> {

    List<TransitionStory> findByStudyIdOrderById(long studyId);

    Optional<TransitionStory> findByStudyIdAndFromCardIdAndToCardIdAndContext(
            long studyId, long fromCardId, long toCardId, String context);
}
