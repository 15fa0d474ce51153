-- A kind's own rows beside an answer are written in the answer's transaction (decision 0012) and refer to the
-- session and the response by foreign key instead of by the session's 36-character public id. The tables are
-- rebuilt (a portable way to change a unique key and drop a column) with every row copied.

CREATE TABLE choice_pair_response_new (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id          BIGINT      NOT NULL,
    session_id        BIGINT      NOT NULL,
    response_id       BIGINT      NOT NULL,
    position          INT         NOT NULL,
    item_id           BIGINT      NOT NULL,
    swapped           BOOLEAN     NOT NULL,
    choice            VARCHAR(16) NOT NULL,
    reason            TEXT        NULL,
    answered_at       DATETIME(6) NOT NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_cp_response_response UNIQUE (response_id),
    CONSTRAINT uk_cp_response_session_position UNIQUE (session_id, position),
    CONSTRAINT fk_cp_response_study_id FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_cp_response_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_cp_response_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_cp_response_item_id FOREIGN KEY (item_id) REFERENCES choice_pair_item (id) ON DELETE CASCADE
);
INSERT INTO choice_pair_response_new (study_id, session_id, response_id, position, item_id, swapped, choice, reason,
                                answered_at, response_time_ms)
SELECT c.study_id, p.id, r.id, c.position, c.item_id, c.swapped, c.choice, c.reason, c.answered_at, c.response_time_ms
FROM choice_pair_response c
     JOIN participant_session p ON p.public_id = c.session_public_id
     JOIN response r ON r.session_id = p.id AND r.position = c.position
ORDER BY c.id;
DROP TABLE choice_pair_response;
ALTER TABLE choice_pair_response_new RENAME TO choice_pair_response;

CREATE TABLE dvb_assignment_new (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    study_id          BIGINT      NOT NULL,
    session_id        BIGINT      NOT NULL,
    position          INT         NOT NULL,
    item_id           BIGINT      NOT NULL,
    condition_id      BIGINT      NULL,
    kind              VARCHAR(16) NOT NULL,
    swapped           BOOLEAN     NOT NULL,
    assigned_at       DATETIME(6) NOT NULL,
    last_activity_at  DATETIME(6) NOT NULL,
    released          BOOLEAN     NOT NULL,
    excluded          BOOLEAN     NOT NULL,
    response_id       BIGINT      NULL,
    choice            VARCHAR(1)  NULL,
    generalized       BOOLEAN     NULL,
    check_passed      BOOLEAN     NULL,
    answered_at       DATETIME(6) NULL,
    response_time_ms  BIGINT      NULL,
    CONSTRAINT uk_dvb_assignment_session_position UNIQUE (session_id, position),
    CONSTRAINT uk_dvb_assignment_response UNIQUE (response_id),
    CONSTRAINT fk_dvb_assignment_study_id FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_dvb_assignment_session FOREIGN KEY (session_id) REFERENCES participant_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_dvb_assignment_item_id FOREIGN KEY (item_id) REFERENCES dvb_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_dvb_assignment_condition FOREIGN KEY (condition_id) REFERENCES dvb_condition (id) ON DELETE CASCADE,
    CONSTRAINT fk_dvb_assignment_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
);

INSERT INTO dvb_assignment_new (version, study_id, session_id, position, item_id, condition_id, kind, swapped, assigned_at,
                       last_activity_at, released, excluded, response_id, choice, generalized, check_passed,
                       answered_at, response_time_ms)
SELECT a.version, a.study_id, p.id, a.position, a.item_id, a.condition_id, a.kind, a.swapped, a.assigned_at,
       a.last_activity_at, a.released, a.excluded, r.id, a.choice, a.generalized, a.check_passed, a.answered_at,
       a.response_time_ms
FROM dvb_assignment a
     JOIN participant_session p ON p.public_id = a.session_public_id
     LEFT JOIN response r ON r.session_id = p.id AND r.position = a.position AND a.answered_at IS NOT NULL
ORDER BY a.id;
DROP TABLE dvb_assignment;
ALTER TABLE dvb_assignment_new RENAME TO dvb_assignment;
CREATE INDEX ix_dvb_assignment_study_state ON dvb_assignment (study_id, released, answered_at);
