-- Webhooks (issue 13, decision 0040): a study's outbound HTTP notifications, signed per the Standard Webhooks
-- specification with a secret sealed under MORALBASE_SECRET_KEY.
CREATE TABLE webhook (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id       BIGINT       NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    -- the event types it receives, comma-separated (session.completed,run.finished, ...)
    events         VARCHAR(255) NOT NULL,
    secret_sealed  VARCHAR(255) NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_webhook_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_study ON webhook (study_id);

-- The outbox and the delivery log in one: a row is written in the transaction of the change it reports, and the
-- dispatcher sends it until the receiver answers 2xx (DELIVERED) or the retries run out (FAILED).
CREATE TABLE webhook_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    webhook_id       BIGINT       NOT NULL,
    -- the webhook-id header: the same on every attempt, so receivers can drop repeats
    message_id       VARCHAR(40)  NOT NULL,
    event            VARCHAR(40)  NOT NULL,
    -- for what happens once per webhook (a study's target reached, a run's end): a second one is not stored
    once_key         VARCHAR(100) NULL,
    payload          TEXT         NOT NULL,
    -- the session a session event reports: erasing the participant (decision 0033) erases its deliveries
    session_id       BIGINT       NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    last_attempt_at  DATETIME(6)  NULL,
    last_http_status INT          NULL,
    last_error       VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6)  NULL,
    CONSTRAINT uk_webhook_delivery_message UNIQUE (message_id),
    CONSTRAINT uk_webhook_delivery_once UNIQUE (webhook_id, once_key),
    CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_session FOREIGN KEY (session_id) REFERENCES participant_session (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_log ON webhook_delivery (webhook_id, id);
