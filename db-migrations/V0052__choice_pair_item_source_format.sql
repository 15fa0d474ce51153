-- The format a choice-pair item was imported from (DAILY_DILEMMAS, MORAL_CHOICE, SCRUPLES or GENERIC), so that its
-- per-item distribution can be written in that dataset's own shape. Earlier rows take it from the dataset name the
-- format importers wrote on every item; generic files were named after the file, so everything else is GENERIC.
ALTER TABLE choice_pair_item ADD COLUMN source_format VARCHAR(20) NOT NULL DEFAULT 'GENERIC';
UPDATE choice_pair_item SET source_format = 'DAILY_DILEMMAS' WHERE source = 'DailyDilemmas';
UPDATE choice_pair_item SET source_format = 'MORAL_CHOICE' WHERE source = 'MoralChoice';
UPDATE choice_pair_item SET source_format = 'SCRUPLES' WHERE source = 'Scruples';
