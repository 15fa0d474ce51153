package org.moralbase.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** One participant's session in one study. Its seed rebuilds the same items after a reload or restart. */
@Entity
@Table(name = "participant_session")
public class ParticipantSession extends AbstractEntity {

    @Column(name = "study_id", nullable = false)
    private long studyId;

    /** The pseudonymous participant id that exports and researchers' pages show; it opens nothing. */
    @Column(name = "public_id", nullable = false, length = 36, unique = true)
    private String publicId;

    /** The secret in the participant's address and cookie; null for imported sessions and those before V0090. */
    @Column(name = "access_token", length = 64, unique = true)
    private String accessToken;

    @Column(name = "source", nullable = false, length = 20)
    private String source;

    @Column(name = "external_id", length = 128)
    private String externalId;

    @Column(name = "external_study_id", length = 128)
    private String externalStudyId;

    @Column(name = "external_session_id", length = 128)
    private String externalSessionId;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "device", nullable = false, length = 16)
    private String device;

    @Column(name = "random_seed", nullable = false)
    private long randomSeed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(name = "survey", length = 65535)
    private String survey;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "platform_ids_dropped_at")
    private Instant platformIdsDroppedAt;

    @Column(name = "excluded_at")
    private Instant excludedAt;

    @Column(name = "excluded_by", length = 100)
    private String excludedBy;

    @Column(name = "exclusion_reason", length = 500)
    private String exclusionReason;

    @Column(name = "return_to", length = 255)
    private String returnTo;

    /** The between-subjects condition the session was assigned at its start, or null (decision 0028). */
    @Column(name = "condition_id")
    private Long conditionId;

    protected ParticipantSession() {}

    public ParticipantSession(
            long studyId,
            String publicId,
            String accessToken,
            String source,
            String externalId,
            String externalStudyId,
            String externalSessionId,
            String returnTo,
            String language,
            String device,
            long randomSeed,
            Instant startedAt) {
        this.studyId = studyId;
        this.publicId = publicId;
        this.accessToken = accessToken;
        this.source = source;
        this.externalId = externalId;
        this.externalStudyId = externalStudyId;
        this.externalSessionId = externalSessionId;
        this.returnTo = returnTo;
        this.status = "ACTIVE";
        this.language = language;
        this.device = device;
        this.randomSeed = randomSeed;
        this.startedAt = startedAt;
    }

    public long getStudyId() {
        return studyId;
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getConditionId() {
        return conditionId;
    }

    /** Assigns the session's condition (once, when it starts). */
    public void assignCondition(Long conditionId) {
        this.conditionId = conditionId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /** Gives a session started before tokens existed its token, once. */
    public void issueToken(String token) {
        if (accessToken == null) {
            accessToken = token;
        }
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getExternalStudyId() {
        return externalStudyId;
    }

    public String getExternalSessionId() {
        return externalSessionId;
    }

    public String getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDevice() {
        return device;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public void consent(Instant at) {
        if (consentedAt == null) {
            consentedAt = at;
        }
    }

    public String getSurvey() {
        return survey;
    }

    public void setSurvey(String survey) {
        this.survey = survey;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public void seen(Instant at) {
        lastSeenAt = at;
    }

    /** Marks the session ended with a final status (e.g. COMPLETED, SCREENED_OUT). */
    public void finish(String finalStatus, Instant at) {
        this.status = finalStatus;
        this.finishedAt = at;
    }

    public Instant getExcludedAt() {
        return excludedAt;
    }

    public String getExcludedBy() {
        return excludedBy;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }

    /** Leaves the session out of every analysis and export, saying who did and why. */
    public void exclude(String by, String reason, Instant at) {
        excludedAt = at;
        excludedBy = by;
        exclusionReason = reason;
    }

    /** Takes the session back into the analyses. */
    public void include() {
        excludedAt = null;
        excludedBy = null;
        exclusionReason = null;
    }

    /** When the retention job dropped the platform ids, or null while they are kept (decision 0039). */
    public Instant getPlatformIdsDroppedAt() {
        return platformIdsDroppedAt;
    }
}
