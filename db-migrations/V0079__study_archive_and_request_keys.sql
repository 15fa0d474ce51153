-- Studies can be archived (kept, out of the way) and are created once per request: a replayed create or start
-- (a double click that slipped through, a script retrying) finds the study or run its first attempt made.
ALTER TABLE study ADD COLUMN archived_at DATETIME(6) NULL;
ALTER TABLE study ADD COLUMN request_key VARCHAR(64) NULL;
ALTER TABLE study ADD CONSTRAINT uk_study_request UNIQUE (owner_id, request_key);

ALTER TABLE model_run ADD COLUMN request_key VARCHAR(64) NULL;
ALTER TABLE model_run ADD CONSTRAINT uk_model_run_request UNIQUE (created_by, request_key);
