-- Values cards, the two unfinished parts of issue #15 (decision 0037): the transcript of the interviewer model that
-- helped a participant write their card (stored with the confirmed card, in its transaction; one row a turn), and
-- the short story shown with a transition "from card X to card Y in context C" (one per study and transition, written
-- by the researcher, imported, or written by a registry model and stored).

CREATE TABLE values_interview_turn (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_id     BIGINT      NOT NULL,
    turn_no     INT         NOT NULL,
    role        VARCHAR(12) NOT NULL,
    text        TEXT        NOT NULL,
    said_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_values_interview_turn UNIQUE (card_id, turn_no),
    CONSTRAINT fk_values_interview_turn_card FOREIGN KEY (card_id) REFERENCES values_card (id) ON DELETE CASCADE
);

CREATE TABLE values_story (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    study_id      BIGINT       NOT NULL,
    from_card_id  BIGINT       NOT NULL,
    to_card_id    BIGINT       NOT NULL,
    context       VARCHAR(200) NOT NULL,
    story         TEXT         NOT NULL,
    written_by    VARCHAR(200) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_values_story UNIQUE (study_id, from_card_id, to_card_id, context),
    CONSTRAINT fk_values_story_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_story_from FOREIGN KEY (from_card_id) REFERENCES values_card (id) ON DELETE CASCADE,
    CONSTRAINT fk_values_story_to FOREIGN KEY (to_card_id) REFERENCES values_card (id) ON DELETE CASCADE
);
