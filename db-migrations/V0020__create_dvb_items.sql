-- Deep Value Benchmark items of a study (imported prompts or built in the app), with their metadata, and the
-- model answers imported beside them. Texts are stored verbatim and rendered as text, never as HTML.
CREATE TABLE dvb_item (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT       NOT NULL DEFAULT 0,
    study_id                    BIGINT       NOT NULL,
    item_key                    VARCHAR(128) NOT NULL,
    test_id                     VARCHAR(128) NOT NULL,
    test_uid                    VARCHAR(128) NULL,
    context_correlation_pair    VARCHAR(255) NULL,
    origin                      VARCHAR(16)  NOT NULL,
    n_training                  INT          NOT NULL,
    value_preferred             VARCHAR(64)  NOT NULL,
    value_less_preferred        VARCHAR(64)  NOT NULL,
    value_set                   VARCHAR(32)  NOT NULL,
    value_preferred_definition  TEXT         NULL,
    value_less_definition       TEXT         NULL,
    shallow_dimension           VARCHAR(128) NOT NULL,
    shallow_preferred           VARCHAR(128) NOT NULL,
    shallow_less_preferred      VARCHAR(128) NOT NULL,
    context_name                VARCHAR(128) NOT NULL,
    context_activity            VARCHAR(255) NOT NULL,
    expected_choice             VARCHAR(1)   NOT NULL,
    prompt                      TEXT         NULL,
    examples                    TEXT         NULL,
    created_at                  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_dvb_item_key UNIQUE (study_id, item_key),
    CONSTRAINT fk_dvb_item_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

CREATE TABLE dvb_model_result (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id       BIGINT       NOT NULL,
    item_key       VARCHAR(128) NOT NULL,
    model          VARCHAR(255) NOT NULL,
    model_choice   VARCHAR(64)  NOT NULL,
    generalization VARCHAR(20)  NOT NULL,
    success        BOOLEAN      NOT NULL,
    CONSTRAINT fk_dvb_model_result_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);
CREATE INDEX ix_dvb_model_result_study ON dvb_model_result (study_id, item_key);

-- A condition (N, value set, context) and how many trial slots it has given out: the quota counter. Its rows
-- are locked while a participant's trials are assigned, so conditions fill evenly under concurrent arrivals.
CREATE TABLE dvb_condition (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    study_id      BIGINT       NOT NULL,
    n_training    INT          NOT NULL,
    value_set     VARCHAR(32)  NOT NULL,
    context_name  VARCHAR(128) NOT NULL,
    filled        INT          NOT NULL,
    CONSTRAINT uk_dvb_condition UNIQUE (study_id, n_training, value_set, context_name),
    CONSTRAINT fk_dvb_condition_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

-- A participant's trial at a position: which item, in which A/B order, and (once answered) the outcome.
CREATE TABLE dvb_assignment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    study_id          BIGINT      NOT NULL,
    session_public_id VARCHAR(36) NOT NULL,
    position          INT         NOT NULL,
    item_id           BIGINT      NOT NULL,
    condition_id      BIGINT      NULL,
    kind              VARCHAR(16) NOT NULL,
    swapped           BOOLEAN     NOT NULL,
    assigned_at       DATETIME(6) NOT NULL,
    last_activity_at  DATETIME(6) NOT NULL,
    released          BOOLEAN     NOT NULL,
    excluded          BOOLEAN     NOT NULL,
    choice            VARCHAR(1)  NULL,
    generalized       BOOLEAN     NULL,
    check_passed      BOOLEAN     NULL,
    answered_at       DATETIME(6) NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_dvb_assignment_position UNIQUE (session_public_id, position),
    CONSTRAINT fk_dvb_assignment_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_dvb_assignment_item FOREIGN KEY (item_id) REFERENCES dvb_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_dvb_assignment_study ON dvb_assignment (study_id, released, answered_at);
