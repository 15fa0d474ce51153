-- Annotation projects: items copied in from an import, questions about each item, annotators' judgements,
-- and the final labels a reviewer decides. Items are copies so a project never depends on another feature's tables.
CREATE TABLE annotation_project (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    title                VARCHAR(200) NOT NULL,
    instructions         TEXT         NULL,
    worked_example       TEXT         NULL,
    judgements_per_item  INT          NOT NULL,
    worker_cap           INT          NULL,
    hold_timeout_seconds INT          NOT NULL,
    owner_id             BIGINT       NOT NULL,
    random_seed          BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_annotation_project_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);

-- A question asked about every item (comprehension = false) or once before work starts (comprehension = true).
CREATE TABLE annotation_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    project_id     BIGINT       NOT NULL,
    position       INT          NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    prompt         TEXT         NOT NULL,
    options        TEXT         NULL,
    allow_unsure   BOOLEAN      NOT NULL,
    scale_min      INT          NULL,
    scale_max      INT          NULL,
    min_label      VARCHAR(100) NULL,
    max_label      VARCHAR(100) NULL,
    comprehension  BOOLEAN      NOT NULL,
    correct_answer VARCHAR(200) NULL,
    screen_out     BOOLEAN      NOT NULL,
    CONSTRAINT uk_annotation_question_code UNIQUE (project_id, comprehension, code),
    CONSTRAINT fk_annotation_question_project FOREIGN KEY (project_id) REFERENCES annotation_project (id) ON DELETE CASCADE
);

CREATE TABLE annotation_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    project_id BIGINT       NOT NULL,
    item_key   VARCHAR(200) NOT NULL,
    source     VARCHAR(100) NOT NULL,
    context    TEXT         NOT NULL,
    option_a   TEXT         NOT NULL,
    option_b   TEXT         NOT NULL,
    metadata   TEXT         NULL,
    sort_key   BIGINT       NOT NULL,
    CONSTRAINT uk_annotation_item_key UNIQUE (project_id, item_key),
    CONSTRAINT fk_annotation_item_project FOREIGN KEY (project_id) REFERENCES annotation_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_annotation_item_order ON annotation_item (project_id, sort_key);

-- Annotators invited to a project; a screened-out or excluded member gets no further items.
CREATE TABLE annotation_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    project_id   BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    checks_passed BOOLEAN    NOT NULL,
    screened_out BOOLEAN     NOT NULL,
    excluded     BOOLEAN     NOT NULL,
    invited_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_annotation_member UNIQUE (project_id, user_id),
    CONSTRAINT fk_annotation_member_project FOREIGN KEY (project_id) REFERENCES annotation_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- One item given to one worker. The unique key makes the database refuse the same item twice to a worker;
-- an expired hold stays as EXPIRED so the item never returns to that worker.
CREATE TABLE annotation_assignment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    project_id   BIGINT      NOT NULL,
    item_id      BIGINT      NOT NULL,
    worker_id    BIGINT      NOT NULL,
    status       VARCHAR(10) NOT NULL,
    assigned_at  DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    duration_ms  BIGINT      NULL,
    CONSTRAINT uk_annotation_assignment UNIQUE (item_id, worker_id),
    CONSTRAINT fk_annotation_assignment_project FOREIGN KEY (project_id) REFERENCES annotation_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_assignment_item FOREIGN KEY (item_id) REFERENCES annotation_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_annotation_assignment_worker ON annotation_assignment (project_id, worker_id, status);
CREATE INDEX ix_annotation_assignment_item ON annotation_assignment (item_id, status);

CREATE TABLE annotation_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    assignment_id BIGINT      NOT NULL,
    question_id   BIGINT      NOT NULL,
    answer        TEXT        NOT NULL,
    CONSTRAINT uk_annotation_answer UNIQUE (assignment_id, question_id),
    CONSTRAINT fk_annotation_answer_assignment FOREIGN KEY (assignment_id) REFERENCES annotation_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_answer_question FOREIGN KEY (question_id) REFERENCES annotation_question (id) ON DELETE CASCADE
);

-- The reviewer's decision on an item's label for one question, and who made it.
CREATE TABLE annotation_final_label (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    item_id     BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    label       TEXT         NOT NULL,
    decided_by  VARCHAR(100) NOT NULL,
    decided_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_annotation_final_label UNIQUE (item_id, question_id),
    CONSTRAINT fk_annotation_final_label_item FOREIGN KEY (item_id) REFERENCES annotation_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_final_label_question FOREIGN KEY (question_id) REFERENCES annotation_question (id) ON DELETE CASCADE
);
