-- Likert questionnaires (issue #15, decision 0029): a study's item bank, the order planned for each session (once,
-- when the session first asks for its items, shuffled within blocks by the session's seed) and the answers, written
-- in the answer's transaction (decision 0012).

CREATE TABLE questionnaire_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    study_id         BIGINT       NOT NULL,
    item_key         VARCHAR(60)  NOT NULL,
    text             TEXT         NOT NULL,
    scale_name       VARCHAR(60)  NOT NULL,
    scale_labels     TEXT         NOT NULL,
    subscale         VARCHAR(100) NULL,
    reverse_keyed    BOOLEAN      NOT NULL,
    block            VARCHAR(100) NULL,
    attention_point  INT          NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_questionnaire_item_key UNIQUE (study_id, item_key),
    CONSTRAINT fk_questionnaire_item_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

CREATE TABLE questionnaire_assignment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT NOT NULL DEFAULT 0,
    study_id    BIGINT NOT NULL,
    session_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    item_id     BIGINT NOT NULL,
    CONSTRAINT uk_questionnaire_assignment UNIQUE (session_id, position),
    CONSTRAINT fk_questionnaire_assignment_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_assignment_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_assignment_item FOREIGN KEY (item_id) REFERENCES questionnaire_item (id)
        ON DELETE CASCADE
);

CREATE TABLE questionnaire_answer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id          BIGINT      NOT NULL,
    session_id        BIGINT      NOT NULL,
    response_id       BIGINT      NOT NULL,
    position          INT         NOT NULL,
    item_id           BIGINT      NOT NULL,
    point             INT         NOT NULL,
    attention_passed  BOOLEAN     NULL,
    answered_at       DATETIME(6) NOT NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_questionnaire_answer_response UNIQUE (response_id),
    CONSTRAINT uk_questionnaire_answer_position UNIQUE (session_id, position),
    CONSTRAINT fk_questionnaire_answer_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_answer_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_questionnaire_answer_item FOREIGN KEY (item_id) REFERENCES questionnaire_item (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_questionnaire_answer_study ON questionnaire_answer (study_id, session_id, position);
