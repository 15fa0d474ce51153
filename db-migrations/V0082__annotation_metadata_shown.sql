-- What of an item's source metadata annotators see: NONE, CHOSEN (the fields in metadata_fields, one a line) or ALL.
-- Metadata carries the dataset's own labels (gold and majority labels, rule flags), so every project, old or new,
-- starts with none shown; the researcher chooses in the project's settings.
ALTER TABLE annotation_project ADD COLUMN metadata_shown VARCHAR(10) NOT NULL DEFAULT 'NONE';
ALTER TABLE annotation_project ADD COLUMN metadata_fields TEXT NULL;
