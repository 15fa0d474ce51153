-- Values cards and the moral graph as a kind of study (issue #15, decision 0030): the study's value cards (written
-- by a participant, or imported from an MGE graph file, then keeping the file's id), the edges of an imported graph
-- with their counts, the transitions each participant is asked (planned once when the session first asks), and the
-- votes (a participant's in the answer's transaction, decision 0012; or imported raw vote records).

CREATE TABLE values_card (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    study_id     BIGINT       NOT NULL,
    session_id   BIGINT       NULL,
    source_id    BIGINT       NULL,
    title        VARCHAR(200) NOT NULL,
    description  TEXT         NULL,
    policies     TEXT         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_values_card_session UNIQUE (session_id),
    CONSTRAINT uk_values_card_source UNIQUE (study_id, source_id),
    CONSTRAINT fk_values_card_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_card_session FOREIGN KEY (session_id) REFERENCES participant_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_values_card_study ON values_card (study_id, id);

CREATE TABLE values_edge (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id         BIGINT   NOT NULL,
    from_card_id     BIGINT   NOT NULL,
    to_card_id       BIGINT   NOT NULL,
    contexts         TEXT     NOT NULL,
    marked_wiser     INT      NOT NULL,
    marked_not_wiser INT      NOT NULL,
    marked_less_wise INT      NOT NULL,
    marked_unsure    INT      NOT NULL,
    impressions      INT      NOT NULL,
    CONSTRAINT uk_values_edge UNIQUE (study_id, from_card_id, to_card_id),
    CONSTRAINT fk_values_edge_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_edge_from FOREIGN KEY (from_card_id) REFERENCES values_card (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_edge_to FOREIGN KEY (to_card_id) REFERENCES values_card (id) ON DELETE CASCADE
);

CREATE TABLE values_transition (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    study_id      BIGINT       NOT NULL,
    session_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    from_card_id  BIGINT       NOT NULL,
    to_card_id    BIGINT       NOT NULL,
    context       VARCHAR(200) NOT NULL,
    story         TEXT         NULL,
    CONSTRAINT uk_values_transition UNIQUE (session_id, position),
    CONSTRAINT fk_values_transition_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_transition_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_values_transition_from FOREIGN KEY (from_card_id) REFERENCES values_card (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_transition_to FOREIGN KEY (to_card_id) REFERENCES values_card (id) ON DELETE CASCADE
);
CREATE INDEX ix_values_transition_study ON values_transition (study_id, from_card_id, to_card_id);

CREATE TABLE values_vote (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id      BIGINT       NOT NULL,
    session_id    BIGINT       NULL,
    response_id   BIGINT       NULL,
    position      INT          NULL,
    from_card_id  BIGINT       NOT NULL,
    to_card_id    BIGINT       NOT NULL,
    context       VARCHAR(200) NOT NULL,
    vote_type     VARCHAR(12)  NOT NULL,
    answered_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_values_vote_response UNIQUE (response_id),
    CONSTRAINT uk_values_vote_session_position UNIQUE (session_id, position),
    CONSTRAINT fk_values_vote_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_vote_session FOREIGN KEY (session_id) REFERENCES participant_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_vote_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_vote_from FOREIGN KEY (from_card_id) REFERENCES values_card (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_vote_to FOREIGN KEY (to_card_id) REFERENCES values_card (id) ON DELETE CASCADE
);
CREATE INDEX ix_values_vote_study ON values_vote (study_id, id);
