-- A researcher excludes a participant session from every analysis and export (and can undo it); the participants
-- export and the monitor keep it, marked, with who excluded it and why.
ALTER TABLE participant_session ADD COLUMN excluded_at DATETIME(6) NULL;
ALTER TABLE participant_session ADD COLUMN excluded_by VARCHAR(100) NULL;
ALTER TABLE participant_session ADD COLUMN exclusion_reason VARCHAR(500) NULL;
