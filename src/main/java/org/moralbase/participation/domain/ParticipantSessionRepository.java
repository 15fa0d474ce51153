package org.moralbase.participation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Sessions by public id and by external participant id. */
public interface ParticipantSessionRepository extends JpaRepository<ParticipantSession, Long> {

    Optional<ParticipantSession> findByPublicId(String publicId);

    Optional<ParticipantSession> findByStudyIdAndSourceAndExternalId(long studyId, String source, String externalId);

    long countByStudyIdAndStatus(long studyId, String status);

    /** A page of a study's sessions after {@code afterId}, in id order (keyset paging for exports). */
    List<ParticipantSession> findByStudyIdAndIdGreaterThanOrderById(long studyId, long afterId, Pageable page);

    /** Pairs (status, count) of a study's sessions. */
    @Query("select s.status, count(s) from ParticipantSession s where s.studyId = :studyId group by s.status")
    List<Object[]> countByStatus(long studyId);
}
