-- Recruitment is the same for every kind of study: where participants come from, how many, and where they
-- go at the end.
ALTER TABLE study ADD COLUMN recruitment VARCHAR(20) NOT NULL DEFAULT 'LINK';
ALTER TABLE study ADD COLUMN target_participants INT NULL;
ALTER TABLE study ADD COLUMN completion_code VARCHAR(64) NULL;
ALTER TABLE study ADD COLUMN screen_out_code VARCHAR(64) NULL;

-- What the participant was shown before the items (consent given, survey answers) lives beside the session.
ALTER TABLE participant_session ADD COLUMN consented_at DATETIME(6) NULL;
ALTER TABLE participant_session ADD COLUMN survey TEXT NULL;
ALTER TABLE participant_session ADD COLUMN last_seen_at DATETIME(6) NULL;
