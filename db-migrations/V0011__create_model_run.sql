-- A run sends a Moral Machine study's scenarios to a registered model (or holds answers imported from
-- elsewhere). The prompt list is a pure function of the generator columns and seed, so a run left RUNNING
-- resumes after a restart with the prompts that have no stored answer.
CREATE TABLE model_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    model_ref       BIGINT       NOT NULL,
    study_id        BIGINT       NULL,
    source          VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    generator_mode  VARCHAR(20)  NOT NULL,
    stimuli         VARCHAR(30)  NOT NULL,
    original_order  BOOLEAN      NOT NULL,
    random_seed     BIGINT       NOT NULL,
    scenario_count  INT          NOT NULL,
    samples         INT          NOT NULL,
    concurrency     INT          NOT NULL,
    total_prompts   INT          NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NULL,
    note            VARCHAR(500) NULL,
    CONSTRAINT fk_model_run_model FOREIGN KEY (model_ref) REFERENCES model (id),
    CONSTRAINT fk_model_run_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE SET NULL
);
CREATE INDEX ix_model_run_status ON model_run (status);

-- One prompt's single outcome: answered (valid or not) or failed, never dropped.
CREATE TABLE model_answer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT       NOT NULL,
    prompt_index    INT          NOT NULL,
    scenario_index  INT          NOT NULL,
    sample_index    INT          NOT NULL,
    scenario        TEXT         NOT NULL,
    raw_text        TEXT         NULL,
    chosen_case     INT          NOT NULL,
    valid           BOOLEAN      NOT NULL,
    failure_type    VARCHAR(20)  NULL,
    attempts        INT          NOT NULL,
    error_detail    TEXT         NULL,
    latency_ms      BIGINT       NULL,
    answered_at     DATETIME(6)  NOT NULL,
    -- exactly one outcome per prompt: a resumed run cannot store a second copy
    CONSTRAINT uk_model_answer_prompt UNIQUE (run_id, prompt_index),
    CONSTRAINT fk_model_answer_run FOREIGN KEY (run_id) REFERENCES model_run (id) ON DELETE CASCADE
);
