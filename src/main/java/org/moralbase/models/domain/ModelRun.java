package org.moralbase.models.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.base.domain.AbstractEntity;
import org.moralbase.models.RunSource;
import org.moralbase.models.RunStatus;

/**
 * A model run: the kind of study it asks and that kind's settings (JSON), everything else needed to rebuild its
 * prompt list, and where it stands. Answers imported for a study are runs too (decision 0012).
 */
@Entity
@Table(name = "model_run")
public class ModelRun extends AbstractEntity {

    @Column(name = "model_ref", nullable = false)
    private long modelRef;

    @Column(name = "study_id")
    private Long studyId;

    @Column(name = "kind", length = 30)
    private String kind;

    @Column(name = "settings", length = 65535)
    private String settings;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private RunSource source;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private RunStatus status;

    @Column(name = "both_orders", nullable = false)
    private boolean bothOrders;

    @Column(name = "random_seed", nullable = false)
    private long randomSeed;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "samples", nullable = false)
    private int samples;

    @Column(name = "concurrency", nullable = false)
    private int concurrency;

    @Column(name = "total_prompts", nullable = false)
    private int totalPrompts;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "import_key", length = 300, unique = true)
    private String importKey;

    @Column(name = "request_key", length = 64)
    private String requestKey;

    protected ModelRun() {}

    /**
     * A run that asks a study's items: {@code itemCount} items (the kind's own, or generated from the settings),
     * asked {@code prompts} times in all (items × orders × samples).
     */
    public static ModelRun asked(
            long modelRef,
            long studyId,
            String kind,
            String settings,
            long randomSeed,
            int itemCount,
            int prompts,
            int samples,
            boolean bothOrders,
            int concurrency,
            long createdBy,
            Instant now) {
        ModelRun run = new ModelRun();
        run.modelRef = modelRef;
        run.studyId = studyId;
        run.kind = kind;
        run.settings = settings;
        run.source = RunSource.ASKED;
        run.status = RunStatus.RUNNING;
        run.randomSeed = randomSeed;
        run.itemCount = itemCount;
        run.totalPrompts = prompts;
        run.samples = samples;
        run.bothOrders = bothOrders;
        run.concurrency = concurrency;
        run.createdBy = createdBy;
        run.createdAt = now;
        return run;
    }

    /**
     * Answers made elsewhere, finished as they arrive; {@code importKey} is unique, so the same model is imported
     * once per study (or per file where there is no study).
     */
    public static ModelRun imported(
            long modelRef, Long studyId, String kind, String importKey, long createdBy, Instant now) {
        ModelRun run = new ModelRun();
        run.modelRef = modelRef;
        run.studyId = studyId;
        run.kind = kind;
        run.importKey = importKey;
        run.source = RunSource.IMPORTED;
        run.status = RunStatus.FINISHED;
        run.samples = 1;
        run.concurrency = 1;
        run.createdBy = createdBy;
        run.createdAt = now;
        run.finishedAt = now;
        return run;
    }

    public void setStatus(RunStatus status, Instant now) {
        this.status = status;
        if (!status.active()) {
            this.finishedAt = now;
        }
    }

    /** For imports: the counts are known only after reading the file. */
    public void setImported(int items, int answers, String note) {
        this.itemCount = items;
        this.totalPrompts = answers;
        this.note = note.length() > 500 ? note.substring(0, 500) : note;
    }

    public long getModelRef() {
        return modelRef;
    }

    public Long getStudyId() {
        return studyId;
    }

    public String getKind() {
        return kind;
    }

    public String getSettings() {
        return settings;
    }

    public RunSource getSource() {
        return source;
    }

    public RunStatus getStatus() {
        return status;
    }

    public boolean isBothOrders() {
        return bothOrders;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public int getItemCount() {
        return itemCount;
    }

    public int getSamples() {
        return samples;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public int getTotalPrompts() {
        return totalPrompts;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getNote() {
        return note;
    }

    public String getImportKey() {
        return importKey;
    }

    /** The key of the request that started the run, so a replay of it finds this run instead of a twin. */
    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }
}
