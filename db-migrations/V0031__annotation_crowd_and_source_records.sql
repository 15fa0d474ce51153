-- Crowd workers (Prolific, MTurk) join a project through its public link without an account: a member row with
-- no user, identified by (project, source, external id), reached through an unguessable public id.
ALTER TABLE annotation_member MODIFY COLUMN user_id BIGINT NULL;
ALTER TABLE annotation_member ADD COLUMN source VARCHAR(10) NULL;
ALTER TABLE annotation_member ADD COLUMN external_id VARCHAR(128) NULL;
ALTER TABLE annotation_member ADD COLUMN external_study_id VARCHAR(128) NULL;
ALTER TABLE annotation_member ADD COLUMN external_session_id VARCHAR(128) NULL;
ALTER TABLE annotation_member ADD COLUMN submit_to VARCHAR(100) NULL;
ALTER TABLE annotation_member ADD COLUMN public_id VARCHAR(36) NULL;
ALTER TABLE annotation_member ADD CONSTRAINT uk_annotation_member_external UNIQUE (project_id, source, external_id);
ALTER TABLE annotation_member ADD CONSTRAINT uk_annotation_member_public UNIQUE (public_id);

-- The crowd link: a public code, the platform, and the codes shown at the end.
ALTER TABLE annotation_project ADD COLUMN public_code VARCHAR(20) NULL;
ALTER TABLE annotation_project ADD COLUMN crowd_recruitment VARCHAR(10) NULL;
ALTER TABLE annotation_project ADD COLUMN completion_code VARCHAR(64) NULL;
ALTER TABLE annotation_project ADD COLUMN screen_out_code VARCHAR(64) NULL;
ALTER TABLE annotation_project ADD CONSTRAINT uk_annotation_project_code UNIQUE (public_code);

-- Assignments name the member, not the account, so accounts and crowd workers share one worker id space.
UPDATE annotation_assignment SET worker_id = (
    SELECT m.id FROM annotation_member m
    WHERE m.project_id = annotation_assignment.project_id AND m.user_id = annotation_assignment.worker_id)
WHERE EXISTS (
    SELECT 1 FROM annotation_member m
    WHERE m.project_id = annotation_assignment.project_id AND m.user_id = annotation_assignment.worker_id);

-- The item's record as it was in the imported file, so the dataset can be written back in that format.
ALTER TABLE annotation_item ADD COLUMN source_format VARCHAR(20) NULL;
ALTER TABLE annotation_item ADD COLUMN source_record TEXT NULL;
