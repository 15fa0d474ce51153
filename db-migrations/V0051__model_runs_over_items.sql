-- A run can ask a choice-pair or DVB study's own items instead of generated Moral Machine scenarios. Item runs
-- have no scenario design, so the generator columns become optional; their answers name the item and the order
-- its two options were shown in (AB: the item's option A shown as "Option A"; BA: swapped).
ALTER TABLE model_run ADD COLUMN item_kind VARCHAR(20) NOT NULL DEFAULT 'MM_SCENARIOS';
ALTER TABLE model_run ADD COLUMN both_orders BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE model_run MODIFY generator_mode VARCHAR(20) NULL;
ALTER TABLE model_run MODIFY stimuli VARCHAR(30) NULL;
ALTER TABLE model_answer ADD COLUMN item_key VARCHAR(128) NULL;
ALTER TABLE model_answer ADD COLUMN shown_order VARCHAR(2) NULL;
