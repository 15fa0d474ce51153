-- An optional TOTP second factor (issue 17, item 4; decision 0035): the secret sealed under MORALBASE_SECRET_KEY,
-- the last step whose code was accepted (codes are single use), and ten one-time recovery codes stored hashed.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    user_id   BIGINT      NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
