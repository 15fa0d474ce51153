package org.moralbase.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.moralbase.base.domain.AbstractEntity;

/** An annotation project; its row is also the lock that serialises assignment (see AssignmentService). */
@Entity
@Table(name = "annotation_project")
public class AnnotationProject extends AbstractEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "instructions", length = 65535)
    private String instructions;

    @Column(name = "worked_example", length = 65535)
    private String workedExample;

    @Column(name = "judgements_per_item", nullable = false)
    private int judgementsPerItem;

    @Column(name = "worker_cap")
    private Integer workerCap;

    @Column(name = "hold_timeout_seconds", nullable = false)
    private int holdTimeoutSeconds;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "request_key", length = 64)
    private String requestKey;

    @Column(name = "random_seed", nullable = false)
    private long randomSeed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "public_code", length = 20)
    private String publicCode;

    // PROLIFIC or MTURK while the crowd link is open, else null
    @Column(name = "crowd_recruitment", length = 10)
    private String crowdRecruitment;

    @Column(name = "completion_code", length = 64)
    private String completionCode;

    @Column(name = "screen_out_code", length = 64)
    private String screenOutCode;

    // NONE, CHOSEN or ALL: what of an item's metadata annotators see
    @Column(name = "metadata_shown", nullable = false, length = 10)
    private String metadataShown = "NONE";

    // the chosen fields, one a line
    @Column(name = "metadata_fields", length = 65535)
    private String metadataFields;

    protected AnnotationProject() {}

    public AnnotationProject(String title, long ownerId, long randomSeed, Instant now) {
        this.title = title;
        this.ownerId = ownerId;
        this.randomSeed = randomSeed;
        this.createdAt = now;
        this.judgementsPerItem = 3;
        this.holdTimeoutSeconds = 600;
    }

    public void configure(
            String title, String instructions, String workedExample, int k, Integer workerCap, int holdTimeoutSeconds) {
        this.title = title;
        this.instructions = instructions;
        this.workedExample = workedExample;
        this.judgementsPerItem = k;
        this.workerCap = workerCap;
        this.holdTimeoutSeconds = holdTimeoutSeconds;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions == null ? "" : instructions;
    }

    public String getWorkedExample() {
        return workedExample == null ? "" : workedExample;
    }

    public int getJudgementsPerItem() {
        return judgementsPerItem;
    }

    public Integer getWorkerCap() {
        return workerCap;
    }

    public int getHoldTimeoutSeconds() {
        return holdTimeoutSeconds;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublicCode() {
        return publicCode;
    }

    public String getCrowdRecruitment() {
        return crowdRecruitment;
    }

    public String getCompletionCode() {
        return completionCode;
    }

    public String getScreenOutCode() {
        return screenOutCode;
    }

    /** Opens the crowd link (a null recruitment closes it); the public code, once given, stays. */
    public void configureCrowd(String publicCode, String recruitment, String completionCode, String screenOutCode) {
        if (this.publicCode == null) {
            this.publicCode = publicCode;
        }
        this.crowdRecruitment = recruitment;
        this.completionCode = completionCode;
        this.screenOutCode = screenOutCode;
    }

    public String getMetadataShown() {
        return metadataShown;
    }

    public String getMetadataFields() {
        return metadataFields == null ? "" : metadataFields;
    }

    /** What of an item's metadata annotators see: the mode's name and the chosen fields, one a line. */
    public void showMetadata(String mode, String fields) {
        this.metadataShown = mode;
        this.metadataFields = fields;
    }

    /** The key of the request that created the project (a replay finds it), or null. */
    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }
}
