package org.moralbase.participation.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions by public id and by external participant id. */
public interface ParticipantSessionRepository extends JpaRepository<ParticipantSession, Long> {

    Optional<ParticipantSession> findByPublicId(String publicId);

    Optional<ParticipantSession> findByStudyIdAndSourceAndExternalId(long studyId, String source, String externalId);

    long countByStudyIdAndStatus(long studyId, String status);
}
