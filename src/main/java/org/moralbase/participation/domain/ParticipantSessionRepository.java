package org.moralbase.participation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sessions by access token and by external participant id. */
public interface ParticipantSessionRepository extends JpaRepository<ParticipantSession, Long> {

    /** The session this secret token opens (the participant's address); never look sessions up by public id for that. */
    Optional<ParticipantSession> findByAccessToken(String accessToken);

    Optional<ParticipantSession> findByStudyIdAndSourceAndExternalId(long studyId, String source, String externalId);

    /** Sessions of a study in a status, not counting researchers' previews. */
    @Query(
            "select count(s) from ParticipantSession s where s.studyId = :studyId and s.status = :status and s.source <> 'PREVIEW'")
    long countByStudyIdAndStatus(long studyId, String status);

    /** A page of the study's sessions seen at or after {@code since} (an answer stored), after {@code afterId}. */
    @Query("select s from ParticipantSession s where s.studyId = :studyId and s.lastSeenAt >= :since"
            + " and s.id > :afterId and s.source <> 'PREVIEW' order by s.id")
    List<ParticipantSession> seenSince(long studyId, java.time.Instant since, long afterId, Pageable page);

    /** A page of a study's sessions after {@code afterId}, in id order (keyset paging for exports); no previews. */
    @Query(
            "select s from ParticipantSession s where s.studyId = :studyId and s.id > :afterId and s.source <> 'PREVIEW' order by s.id")
    List<ParticipantSession> findByStudyIdAndIdGreaterThanOrderById(long studyId, long afterId, Pageable page);

    /** The ids of a study's sessions that a researcher excluded from the analyses. */
    @Query("select s.id from ParticipantSession s where s.studyId = :studyId and s.excludedAt is not null")
    List<Long> findExcludedIds(long studyId);

    /** How many of a study's sessions, optionally of one status ("EXCLUDED": the excluded ones); no previews. */
    @Query("select count(s) from ParticipantSession s where s.studyId = :studyId and s.source <> 'PREVIEW'"
            + " and (:status is null or (:status = 'EXCLUDED' and s.excludedAt is not null)"
            + " or (s.status = :status and s.excludedAt is null))")
    long countForMonitor(long studyId, String status);

    /** How many sessions a study has, not counting researchers' previews. */
    @Query("select count(s) from ParticipantSession s where s.studyId = :studyId and s.source <> 'PREVIEW'")
    long countParticipants(long studyId);

    /** Pairs (status, count) of a study's sessions, not counting researchers' previews. */
    @Query(
            "select s.status, count(s) from ParticipantSession s where s.studyId = :studyId and s.source <> 'PREVIEW' group by s.status")
    List<Object[]> countByStatus(long studyId);

    /** The ids of a study's sessions assigned this condition. */
    @Query("select s.id from ParticipantSession s where s.studyId = :studyId and s.conditionId = :conditionId")
    List<Long> findIdsByCondition(long studyId, long conditionId);

    /** Rows (condition id, status, count) of a study's sessions, not counting researchers' previews. */
    @Query("select s.conditionId, s.status, count(s) from ParticipantSession s where s.studyId = :studyId"
            + " and s.source <> 'PREVIEW' group by s.conditionId, s.status")
    List<Object[]> countByCondition(long studyId);

    /** Ends, as abandoned, the active sessions that never got consent and started before the cutoff. */
    @Modifying
    @Query("update ParticipantSession s set s.status = 'ABANDONED', s.finishedAt = :now, s.version = s.version + 1"
            + " where s.status = 'ACTIVE' and s.consentedAt is null and s.startedAt < :cutoff")
    int abandonUnconsented(@Param("cutoff") java.time.Instant cutoff, @Param("now") java.time.Instant now);

    /**
     * Drops the platform ids of a study's sessions that ended (or were last seen) before {@code cutoff}; returns how
     * many sessions lost them. Idempotent: sessions without ids are not touched.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update ParticipantSession s set s.externalId = null, s.externalStudyId = null,"
            + " s.externalSessionId = null, s.platformIdsDroppedAt = :now where s.studyId = :studyId"
            + " and coalesce(s.finishedAt, s.lastSeenAt, s.startedAt) < :cutoff and (s.externalId is not null"
            + " or s.externalStudyId is not null or s.externalSessionId is not null)")
    int dropPlatformIds(long studyId, java.time.Instant cutoff, java.time.Instant now);

    /** A study's sessions (no previews) whose pseudonymous id or platform id is this. */
    @Query("select s from ParticipantSession s where s.studyId = :studyId and s.source <> 'PREVIEW'"
            + " and (s.publicId = :participant or s.externalId = :participant)")
    List<ParticipantSession> findByParticipant(long studyId, String participant);

    /** Deletes a session; the database deletes every row that refers to it (ON DELETE CASCADE, decision 0033). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from ParticipantSession s where s.id = :id")
    int deleteSession(long id);
}
