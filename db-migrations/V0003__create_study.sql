-- A study: what participants (or models) answer. Settings are a JSON document owned by the study kind.
CREATE TABLE study (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    public_code VARCHAR(32)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    owner_id    BIGINT       NOT NULL,
    random_seed BIGINT       NOT NULL,
    settings    TEXT         NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_study_public_code UNIQUE (public_code),
    CONSTRAINT fk_study_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
CREATE INDEX ix_study_owner ON study (owner_id);

CREATE TABLE study_share (
    study_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (study_id, user_id),
    CONSTRAINT fk_study_share_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_study_share_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
