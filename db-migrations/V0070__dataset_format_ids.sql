-- One registry of dataset formats (decision 0014): an item records the id of the format it was read in. Annotation
-- items already use these ids (GENERIC_CSV, GENERIC_JSONL, DAILY_DILEMMAS, MORAL_CHOICE, SCRUPLES, DVB_PROMPTS).
-- Choice-pair items from a generic file were GENERIC; the registry tells generic CSV from generic JSON Lines, which
-- these rows cannot (the file's name was not kept), so they become GENERIC_CSV: both write the same distribution file.
UPDATE choice_pair_item SET source_format = 'GENERIC_CSV' WHERE source_format = 'GENERIC';
ALTER TABLE choice_pair_item ALTER COLUMN source_format SET DEFAULT 'GENERIC_CSV';
