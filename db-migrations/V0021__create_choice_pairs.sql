-- Binary-choice items of a study (DailyDilemmas, MoralChoice, Scruples, generic) and the answers to them.
CREATE TABLE choice_pair_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    study_id   BIGINT       NOT NULL,
    item_key   VARCHAR(128) NOT NULL,
    source     VARCHAR(64)  NOT NULL,
    context    TEXT         NOT NULL,
    option_a   TEXT         NOT NULL,
    option_b   TEXT         NOT NULL,
    metadata   TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_choice_pair_item_key UNIQUE (study_id, item_key),
    CONSTRAINT fk_choice_pair_item_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

-- One answer: the order shown, the option chosen in the item's own terms (A, B or UNDECIDED), the reason.
CREATE TABLE choice_pair_response (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id          BIGINT      NOT NULL,
    session_public_id VARCHAR(36) NOT NULL,
    position          INT         NOT NULL,
    item_id           BIGINT      NOT NULL,
    swapped           BOOLEAN     NOT NULL,
    choice            VARCHAR(16) NOT NULL,
    reason            TEXT        NULL,
    answered_at       DATETIME(6) NOT NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_choice_pair_response_position UNIQUE (session_public_id, position),
    CONSTRAINT fk_choice_pair_response_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_choice_pair_response_item FOREIGN KEY (item_id) REFERENCES choice_pair_item (id) ON DELETE CASCADE
);
