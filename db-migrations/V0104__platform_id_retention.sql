-- How long a study keeps its participants' platform ids (PROLIFIC_PID, workerId, STUDY_ID, SESSION_ID) after their
-- sessions ended; null: the server's default (MORALBASE_RETENTION_DAYS; none set: kept). Answers are kept whatever
-- this says (decision 0039).
ALTER TABLE study ADD COLUMN retention_days INT NULL;
-- When the retention job dropped a session's platform ids (the monitor and the participants export say so).
ALTER TABLE participant_session ADD COLUMN platform_ids_dropped_at DATETIME(6) NULL;
