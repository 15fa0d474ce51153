-- Between-subjects conditions for every kind of study (issue #15, decision 0028): each a text shown to participants
-- before the items and sent to models as the system message. A session is assigned one at its start (balanced on
-- completed sessions); a model run asks one (a run started on a study with conditions starts one run per condition).

CREATE TABLE study_condition (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    study_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    for_people   TEXT         NULL,
    for_models   TEXT         NULL,
    read_last_line BOOLEAN    NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_study_condition_code UNIQUE (study_id, code),
    CONSTRAINT fk_study_condition_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

ALTER TABLE participant_session ADD COLUMN condition_id BIGINT NULL;
ALTER TABLE participant_session ADD CONSTRAINT fk_participant_session_condition
    FOREIGN KEY (condition_id) REFERENCES study_condition (id) ON DELETE SET NULL;
CREATE INDEX ix_participant_session_condition ON participant_session (study_id, condition_id, status);

-- Which option a condition (a stated policy) implies on an item, marked by the researcher, for the policy-consistency
-- share: the share of answers under the condition that chose the implied option.
CREATE TABLE condition_implication (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    condition_id  BIGINT       NOT NULL,
    item_key      VARCHAR(200) NOT NULL,
    implied       VARCHAR(1)   NOT NULL,
    CONSTRAINT uk_condition_implication UNIQUE (condition_id, item_key),
    CONSTRAINT fk_condition_implication_condition FOREIGN KEY (condition_id) REFERENCES study_condition (id)
        ON DELETE CASCADE
);
