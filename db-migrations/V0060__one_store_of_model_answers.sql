-- One store of model answers for every kind of study (decision 0012). A run records which kind of study it asked
-- and that kind's own settings (JSON) instead of Moral Machine's generator columns; answers name the item, the
-- order its options were shown in and the position chosen (1 = shown first). Answers imported for a study are
-- runs too (source IMPORTED), of a registry entry that the import named or created (marked imported), and a
-- unique import key makes a second import of the same model on the same study replace or refuse, never duplicate.
-- The rows of the two old per-kind tables move here one for one, and the tables go.

ALTER TABLE model ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE model MODIFY name VARCHAR(255) NOT NULL;
ALTER TABLE model MODIFY provider_kind VARCHAR(30) NULL;
ALTER TABLE model MODIFY base_url VARCHAR(500) NULL;
ALTER TABLE model MODIFY model_id VARCHAR(200) NULL;

ALTER TABLE model_run ADD COLUMN kind VARCHAR(30) NULL;
ALTER TABLE model_run ADD COLUMN settings TEXT NULL;
ALTER TABLE model_run ADD COLUMN import_key VARCHAR(300) NULL;
ALTER TABLE model_run ADD CONSTRAINT uk_model_run_import UNIQUE (import_key);
ALTER TABLE model_run RENAME COLUMN scenario_count TO item_count;

UPDATE model_run SET kind = 'MORAL_MACHINE' WHERE item_kind = 'MM_SCENARIOS';
UPDATE model_run
SET settings = CONCAT('{"scenarios":"', item_count, '","design":"', COALESCE(generator_mode, 'TAKEMOTO'),
                      '","originalOrder":"', CASE WHEN original_order THEN 'true' ELSE 'false' END,
                      '","stimuli":"', COALESCE(stimuli, 'ALL'), '"}')
WHERE item_kind = 'MM_SCENARIOS' AND source = 'ASKED';
UPDATE model_run SET kind = (SELECT s.kind FROM study s WHERE s.id = model_run.study_id)
WHERE item_kind = 'STUDY_ITEMS';

ALTER TABLE model_run DROP COLUMN generator_mode;
ALTER TABLE model_run DROP COLUMN stimuli;
ALTER TABLE model_run DROP COLUMN original_order;
ALTER TABLE model_run DROP COLUMN item_kind;

ALTER TABLE model_answer RENAME COLUMN scenario TO shown;
ALTER TABLE model_answer MODIFY shown TEXT NULL;
ALTER TABLE model_answer RENAME COLUMN chosen_case TO chosen_position;
ALTER TABLE model_answer RENAME COLUMN scenario_index TO item_index;
-- Moral Machine scenarios are items s1, s2, … asked as drawn
UPDATE model_answer SET item_key = CONCAT('s', item_index + 1), shown_order = 'AB' WHERE item_key IS NULL;
UPDATE model_answer SET shown = NULL WHERE shown = '';
ALTER TABLE model_answer MODIFY item_key VARCHAR(128) NOT NULL;

-- registry entries for the model names the old tables held (names are unique across the registry)
INSERT INTO model (version, name, family, reasoning, timeout_seconds, owner_id, created_at, updated_at, imported)
SELECT 0, a.model, '', FALSE, 60, MIN(s.owner_id), MIN(a.imported_at), MIN(a.imported_at), TRUE
FROM choice_pair_model_answer a JOIN study s ON s.id = a.study_id
WHERE NOT EXISTS (SELECT 1 FROM model m WHERE m.name = a.model)
GROUP BY a.model;
INSERT INTO model (version, name, family, reasoning, timeout_seconds, owner_id, created_at, updated_at, imported)
SELECT 0, r.model, '', FALSE, 60, MIN(s.owner_id), MIN(s.created_at), MIN(s.created_at), TRUE
FROM dvb_model_result r JOIN study s ON s.id = r.study_id
WHERE NOT EXISTS (SELECT 1 FROM model m WHERE m.name = r.model)
GROUP BY r.model;

-- one imported run per study and model
INSERT INTO model_run (version, model_ref, study_id, source, status, kind, random_seed, item_count, samples,
                       concurrency, total_prompts, both_orders, created_by, created_at, finished_at, note, import_key)
SELECT 0, m.id, a.study_id, 'IMPORTED', 'FINISHED', 'CHOICE_PAIR', 0, COUNT(DISTINCT a.item_id), 1, 1, COUNT(*),
       FALSE, MIN(s.owner_id), MIN(a.imported_at), MAX(a.imported_at),
       CONCAT('imported ', COUNT(*), ' answers (moved from the earlier choice-pair answer table)'),
       CONCAT('study:', a.study_id, '/model:', m.id)
FROM choice_pair_model_answer a JOIN model m ON m.name = a.model JOIN study s ON s.id = a.study_id
GROUP BY a.study_id, m.id;
INSERT INTO model_run (version, model_ref, study_id, source, status, kind, random_seed, item_count, samples,
                       concurrency, total_prompts, both_orders, created_by, created_at, finished_at, note, import_key)
SELECT 0, m.id, r.study_id, 'IMPORTED', 'FINISHED', 'DEEP_VALUE', 0, COUNT(DISTINCT r.item_key), 1, 1, COUNT(*),
       FALSE, MIN(s.owner_id), MIN(s.created_at), MIN(s.created_at),
       CONCAT('imported ', COUNT(*), ' answers (moved from the earlier DVB result table)'),
       CONCAT('study:', r.study_id, '/model:', m.id)
FROM dvb_model_result r JOIN model m ON m.name = r.model JOIN study s ON s.id = r.study_id
GROUP BY r.study_id, m.id;

-- the answers: the option in the item's own terms becomes the position shown (an unknown order reads as written)
INSERT INTO model_answer (run_id, prompt_index, item_index, sample_index, shown, raw_text, chosen_position, valid,
                          failure_type, attempts, error_detail, latency_ms, answered_at, item_key, shown_order)
SELECT r.id, n.k, n.k, 0, NULL, n.raw_answer,
       CASE WHEN n.choice IS NULL THEN 0
            WHEN n.shown_order = 'BA' THEN CASE WHEN n.choice = 'A' THEN 2 ELSE 1 END
            ELSE CASE WHEN n.choice = 'A' THEN 1 ELSE 2 END END,
       CASE WHEN n.choice IS NULL THEN FALSE ELSE TRUE END,
       NULL, 0, NULL, NULL, n.imported_at, i.item_key, n.shown_order
FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.study_id, a.model ORDER BY a.id) - 1 AS k
      FROM choice_pair_model_answer a) n
     JOIN model m ON m.name = n.model
     JOIN model_run r ON r.import_key = CONCAT('study:', n.study_id, '/model:', m.id)
     JOIN choice_pair_item i ON i.id = n.item_id;
-- DVB: a released row says whether the deep value was generalised; the position follows from the item's
-- expected (deep-value) option; a row whose call did not succeed is kept as a failure without an answer
INSERT INTO model_answer (run_id, prompt_index, item_index, sample_index, shown, raw_text, chosen_position, valid,
                          failure_type, attempts, error_detail, latency_ms, answered_at, item_key, shown_order)
SELECT r.id, n.k, n.k, 0, NULL, n.model_choice,
       CASE WHEN n.generalization = 'UNPARSEABLE' THEN 0
            WHEN (n.generalization = 'GENERALIZED') = (i.expected_choice = 'A') THEN 1 ELSE 2 END,
       CASE WHEN n.generalization = 'UNPARSEABLE' THEN FALSE ELSE TRUE END,
       CASE WHEN n.success THEN NULL ELSE 'NO_ANSWER' END, 0, NULL, NULL, r.created_at, n.item_key, 'AB'
FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY d.study_id, d.model ORDER BY d.id) - 1 AS k
      FROM dvb_model_result d) n
     JOIN model m ON m.name = n.model
     JOIN model_run r ON r.import_key = CONCAT('study:', n.study_id, '/model:', m.id)
     JOIN dvb_item i ON i.study_id = n.study_id AND i.item_key = n.item_key;

DROP TABLE choice_pair_model_answer;
DROP TABLE dvb_model_result;
