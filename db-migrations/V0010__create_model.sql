-- The model registry: where a model is reached and how it is sampled. A key is either the name of an
-- environment variable (key_env_var) or stored AES-GCM encrypted (key_ciphertext), never in clear.
CREATE TABLE model (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    name                   VARCHAR(200)  NOT NULL,
    family                 VARCHAR(100)  NOT NULL,
    parameters_billions    DOUBLE        NULL,
    reasoning              BOOLEAN       NOT NULL,
    release_date           DATE          NULL,
    provider_kind          VARCHAR(30)   NOT NULL,
    base_url               VARCHAR(500)  NOT NULL,
    model_id               VARCHAR(200)  NOT NULL,
    temperature            DOUBLE        NULL,
    top_p                  DOUBLE        NULL,
    max_tokens             INT           NULL,
    sampling_seed          INT           NULL,
    timeout_seconds        INT           NOT NULL,
    system_prompt_override TEXT          NULL,
    key_env_var            VARCHAR(100)  NULL,
    key_ciphertext         VARCHAR(2000) NULL,
    owner_id               BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT uk_model_name UNIQUE (name),
    CONSTRAINT fk_model_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
