-- Who did what, when: logins, study changes, exports, deletions. Append-only.
CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    target_type VARCHAR(40)  NULL,
    target_id   VARCHAR(64)  NULL,
    detail      TEXT         NULL
);
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
