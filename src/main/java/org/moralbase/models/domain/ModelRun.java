package org.moralbase.models.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.base.domain.AbstractEntity;
import org.moralbase.models.RunItems;
import org.moralbase.models.RunSource;
import org.moralbase.models.RunStatus;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.StimuliChoice;

/** A model run: everything needed to rebuild its prompt list, and where it stands. */
@Entity
@Table(name = "model_run")
public class ModelRun extends AbstractEntity {

    @Column(name = "model_ref", nullable = false)
    private long modelRef;

    @Column(name = "study_id")
    private Long studyId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private RunSource source;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private RunStatus status;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_kind", nullable = false, length = 20)
    private RunItems items = RunItems.MM_SCENARIOS;

    @Column(name = "both_orders", nullable = false)
    private boolean bothOrders;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "generator_mode", length = 20)
    private GeneratorMode generatorMode;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stimuli", length = 30)
    private StimuliChoice stimuli;

    @Column(name = "original_order", nullable = false)
    private boolean originalOrder;

    @Column(name = "random_seed", nullable = false)
    private long randomSeed;

    @Column(name = "scenario_count", nullable = false)
    private int scenarioCount;

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

    protected ModelRun() {}

    public ModelRun(
            long modelRef,
            Long studyId,
            RunSource source,
            GeneratorMode generatorMode,
            StimuliChoice stimuli,
            boolean originalOrder,
            long randomSeed,
            int scenarioCount,
            int samples,
            int concurrency,
            long createdBy,
            Instant now) {
        this.modelRef = modelRef;
        this.studyId = studyId;
        this.source = source;
        this.status = source == RunSource.IMPORTED ? RunStatus.FINISHED : RunStatus.RUNNING;
        this.generatorMode = generatorMode;
        this.stimuli = stimuli;
        this.originalOrder = originalOrder;
        this.randomSeed = randomSeed;
        this.scenarioCount = scenarioCount;
        this.samples = samples;
        this.concurrency = concurrency;
        this.totalPrompts = scenarioCount * samples;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.finishedAt = source == RunSource.IMPORTED ? now : null;
    }

    /**
     * A run over a study's own items: {@code itemCount} items (the AMCE-free analogue of scenarios), asked
     * {@code prompts} times in all (items × orders × samples).
     */
    public static ModelRun overItems(
            long modelRef,
            long studyId,
            long randomSeed,
            int itemCount,
            int prompts,
            int samples,
            boolean bothOrders,
            int concurrency,
            long createdBy,
            Instant now) {
        ModelRun run = new ModelRun(
                modelRef,
                studyId,
                RunSource.ASKED,
                null,
                null,
                false,
                randomSeed,
                itemCount,
                samples,
                concurrency,
                createdBy,
                now);
        run.items = RunItems.STUDY_ITEMS;
        run.bothOrders = bothOrders;
        run.totalPrompts = prompts;
        return run;
    }

    public void setStatus(RunStatus status, Instant now) {
        this.status = status;
        if (!status.active()) {
            this.finishedAt = now;
        }
    }

    /** For imports: the counts are known only after reading the file. */
    public void setImported(int scenarios, String note) {
        this.scenarioCount = scenarios;
        this.totalPrompts = scenarios;
        this.note = note;
    }

    public long getModelRef() {
        return modelRef;
    }

    public Long getStudyId() {
        return studyId;
    }

    public RunSource getSource() {
        return source;
    }

    public RunStatus getStatus() {
        return status;
    }

    public RunItems getItems() {
        return items;
    }

    public boolean isBothOrders() {
        return bothOrders;
    }

    public GeneratorMode getGeneratorMode() {
        return generatorMode;
    }

    public StimuliChoice getStimuli() {
        return stimuli;
    }

    public boolean isOriginalOrder() {
        return originalOrder;
    }

    public long getRandomSeed() {
        return randomSeed;
    }

    public int getScenarioCount() {
        return scenarioCount;
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
}
