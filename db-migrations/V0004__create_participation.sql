-- A participant's session in a study and the answers given in it.
CREATE TABLE participant_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    study_id            BIGINT       NOT NULL,
    public_id           VARCHAR(36)  NOT NULL,
    source              VARCHAR(20)  NOT NULL,
    external_id         VARCHAR(128) NULL,
    external_study_id   VARCHAR(128) NULL,
    external_session_id VARCHAR(128) NULL,
    status              VARCHAR(20)  NOT NULL,
    language            VARCHAR(16)  NOT NULL,
    device              VARCHAR(16)  NOT NULL,
    random_seed         BIGINT       NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    finished_at         DATETIME(6)  NULL,
    CONSTRAINT uk_participant_session_public_id UNIQUE (public_id),
    -- one external id takes part once per study; a returning id resumes its session
    CONSTRAINT uk_participant_session_external UNIQUE (study_id, source, external_id),
    CONSTRAINT fk_participant_session_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);
CREATE INDEX ix_participant_session_study ON participant_session (study_id, status);

CREATE TABLE response (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT      NOT NULL,
    position         INT         NOT NULL,
    item_key         VARCHAR(64) NOT NULL,
    shown            TEXT        NULL,
    choice           VARCHAR(64) NOT NULL,
    shown_at         DATETIME(6) NULL,
    answered_at      DATETIME(6) NOT NULL,
    response_time_ms BIGINT      NULL,
    -- an answer is stored once: a double click or a replayed request hits this key
    CONSTRAINT uk_response_session_position UNIQUE (session_id, position),
    CONSTRAINT fk_response_session FOREIGN KEY (session_id) REFERENCES participant_session (id) ON DELETE CASCADE
);
