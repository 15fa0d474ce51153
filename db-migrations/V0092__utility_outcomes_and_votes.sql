-- Pairwise preferences over outcomes (issue #14, decision 0025): a study's outcomes, the pairs each participant is
-- given (planned once when the session first asks for them: fixed anchors plus the pairs the crowd's pooled fit is
-- least sure about) and the votes, written in the answer's transaction (decision 0012).

CREATE TABLE utility_outcome (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    study_id     BIGINT       NOT NULL,
    outcome_key  VARCHAR(60)  NOT NULL,
    description  TEXT         NOT NULL,
    category     VARCHAR(200) NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_utility_outcome_key UNIQUE (study_id, outcome_key),
    CONSTRAINT fk_utility_outcome_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

CREATE TABLE utility_assignment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    study_id     BIGINT      NOT NULL,
    session_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    first_id     BIGINT      NOT NULL,
    second_id    BIGINT      NOT NULL,
    anchor       BOOLEAN     NOT NULL,
    CONSTRAINT uk_utility_assignment UNIQUE (session_id, position),
    CONSTRAINT fk_utility_assignment_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_assignment_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_utility_assignment_first FOREIGN KEY (first_id) REFERENCES utility_outcome (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_assignment_second FOREIGN KEY (second_id) REFERENCES utility_outcome (id)
        ON DELETE CASCADE
);

CREATE TABLE utility_vote (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id          BIGINT      NOT NULL,
    session_id        BIGINT      NOT NULL,
    response_id       BIGINT      NOT NULL,
    position          INT         NOT NULL,
    first_id          BIGINT      NOT NULL,
    second_id         BIGINT      NOT NULL,
    chosen_id         BIGINT      NOT NULL,
    anchor            BOOLEAN     NOT NULL,
    answered_at       DATETIME(6) NOT NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_utility_vote_response UNIQUE (response_id),
    CONSTRAINT uk_utility_vote_session_position UNIQUE (session_id, position),
    CONSTRAINT fk_utility_vote_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_vote_session FOREIGN KEY (session_id) REFERENCES participant_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_vote_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_vote_first FOREIGN KEY (first_id) REFERENCES utility_outcome (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_vote_second FOREIGN KEY (second_id) REFERENCES utility_outcome (id) ON DELETE CASCADE,
    CONSTRAINT fk_utility_vote_chosen FOREIGN KEY (chosen_id) REFERENCES utility_outcome (id) ON DELETE CASCADE
);
CREATE INDEX ix_utility_vote_study ON utility_vote (study_id, id);
