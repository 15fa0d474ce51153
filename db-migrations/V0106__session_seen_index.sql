-- Live results catch up with answers stored through other app nodes by the sessions seen since their last look
-- (decision 0041): an index range, not a scan of the study's sessions.
CREATE INDEX ix_participant_session_seen ON participant_session (study_id, last_seen_at);
