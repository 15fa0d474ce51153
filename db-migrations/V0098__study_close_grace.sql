-- The closing rule (issue 17, item 10; decision 0034): when a study closes, no new arrivals; sessions in progress may
-- finish within a grace period the researcher sets (minutes, default 60); later answers are refused. closed_at is
-- when the study last closed (null while draft or open). Studies closed before this migration count as closed at
-- their last change, so their grace is long over and no late answer reaches them.
ALTER TABLE study ADD COLUMN close_grace_minutes INT NOT NULL DEFAULT 60;
ALTER TABLE study ADD COLUMN closed_at DATETIME(6) NULL;
UPDATE study SET closed_at = updated_at WHERE status = 'CLOSED';
