-- Personal access tokens for the REST API (decision 0023): only the SHA-256 of a token is kept, with its first
-- characters to tell tokens apart; a token acts as its owner until it expires or is revoked.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    owner_id     BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id);
