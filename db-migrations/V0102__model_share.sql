-- Models belong to their owner (issue 17, decision 0038): a model is seen by its owner, admins, and the researchers
-- it was shared with on purpose. Models registered before stay their creator's, shared with nobody.
CREATE TABLE model_share (
    model_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (model_id, user_id),
    CONSTRAINT fk_model_share_model FOREIGN KEY (model_id) REFERENCES model (id) ON DELETE CASCADE,
    CONSTRAINT fk_model_share_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
