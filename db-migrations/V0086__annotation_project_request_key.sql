-- An annotation project is created once per request, like a study (V0079): a replayed create finds the project
-- its first attempt made.
ALTER TABLE annotation_project ADD COLUMN request_key VARCHAR(64) NULL;
ALTER TABLE annotation_project ADD CONSTRAINT uk_annotation_project_request UNIQUE (owner_id, request_key);
