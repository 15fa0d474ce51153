package org.moralbase.study.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.base.domain.AbstractEntity;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyStatus;

/** A stored study. Owner and shares are account ids: the study feature does not reach into accounts. */
@Entity
@Table(name = "study")
public class Study extends AbstractEntity {

    @Column(name = "public_code", nullable = false, length = 32, unique = true)
    private String publicCode;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private StudyStatus status = StudyStatus.DRAFT;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "random_seed", nullable = false)
    private long randomSeed;

    @Column(name = "settings", length = 65535)
    private String settings;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recruitment", nullable = false, length = 20)
    private Recruitment recruitment = Recruitment.LINK;

    @Column(name = "target_participants")
    private Integer targetParticipants;

    @Column(name = "completion_code", length = 64)
    private String completionCode;

    @Column(name = "screen_out_code", length = 64)
    private String screenOutCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "close_grace_minutes", nullable = false)
    private int closeGraceMinutes = 60;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "retention_days")
    private Integer retentionDays;

    @Column(name = "request_key", length = 64)
    private String requestKey;

    @ElementCollection
    @CollectionTable(name = "study_share", joinColumns = @JoinColumn(name = "study_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> sharedWith = new HashSet<>();

    protected Study() {}

    public Study(String publicCode, String kind, String title, long ownerId, long randomSeed, Instant now) {
        this.publicCode = publicCode;
        this.kind = kind;
        this.title = title;
        this.ownerId = ownerId;
        this.randomSeed = randomSeed;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getPublicCode() {
        return publicCode;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title, Instant now) {
        this.title = title;
        this.updatedAt = now;
    }

    public StudyStatus getStatus() {
        return status;
    }

    /** Changes the status; closing notes when (the grace period runs from then), opening forgets it. */
    public void setStatus(StudyStatus status, Instant now) {
        if (status == StudyStatus.CLOSED && this.status != StudyStatus.CLOSED) {
            this.closedAt = now;
        } else if (status != StudyStatus.CLOSED) {
            this.closedAt = null;
        }
        this.status = status;
        this.updatedAt = now;
    }

    /** When the study last closed; null while it is a draft or open. */
    public Instant getClosedAt() {
        return closedAt;
    }

    /** How long sessions in progress may go on answering after the study closes (decision 0034). */
    public int getCloseGraceMinutes() {
        return closeGraceMinutes;
    }

    public void setCloseGraceMinutes(int minutes, Instant now) {
        this.closeGraceMinutes = minutes;
        this.updatedAt = now;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public String getSettings() {
        return settings;
    }

    public void setSettings(String settings, Instant now) {
        this.settings = settings;
        this.updatedAt = now;
    }

    public RecruitmentSettings getRecruitmentSettings() {
        return new RecruitmentSettings(recruitment, targetParticipants, completionCode, screenOutCode);
    }

    public void setRecruitmentSettings(RecruitmentSettings settings, Instant now) {
        this.recruitment = settings.recruitment();
        this.targetParticipants = settings.targetParticipants();
        this.completionCode = settings.completionCode();
        this.screenOutCode = settings.screenOutCode();
        this.updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When the study was archived, or {@code null} while it is not. */
    public Instant getArchivedAt() {
        return archivedAt;
    }

    public void setArchived(boolean archived, Instant now) {
        this.archivedAt = archived ? now : null;
        this.updatedAt = now;
    }

    /** The key of the request that created the study, so a replay of it finds this study instead of a twin. */
    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    public Set<Long> getSharedWith() {
        return Set.copyOf(sharedWith);
    }

    /** Shares the study with an account; returns false if it already was. */
    public boolean shareWith(long userId) {
        return sharedWith.add(userId);
    }

    /** Takes the study away from an account it was shared with; false if it was not shared with it. */
    public boolean unshareWith(long userId) {
        return sharedWith.remove(userId);
    }

    /** True if the account owns the study or it is shared with them. */
    public boolean isVisibleTo(long userId) {
        return ownerId == userId || sharedWith.contains(userId);
    }

    /** Days the participants' platform ids are kept after their sessions ended, or null for the server's default. */
    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer days, Instant now) {
        this.retentionDays = days;
        this.updatedAt = now;
    }
}
