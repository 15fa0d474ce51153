-- Rows in the schema as it stood at V0052 (before the one store of model answers, and before the kinds' side
-- tables referred to sessions by key): what a database filled by the earlier release holds. MigrationIT migrates
-- it and compares counts and sums.
INSERT INTO user_account (id, username, display_name, password_hash, enabled, created_at)
VALUES (1, 'ann', 'Ann', 'x', TRUE, '2026-11-01 10:00:00'),
       (2, 'bob', 'Bob', 'x', TRUE, '2026-11-01 10:00:00');

INSERT INTO study (id, public_code, kind, title, status, owner_id, random_seed, settings, created_at, updated_at)
VALUES (10, 'mmcode0001', 'MORAL_MACHINE', 'MM', 'OPEN', 1, 5, NULL, '2026-11-02 10:00:00', '2026-11-02 10:00:00'),
       (11, 'cpcode0001', 'CHOICE_PAIR', 'Pairs', 'OPEN', 1, 6, NULL, '2026-11-03 10:00:00', '2026-11-03 10:00:00'),
       (12, 'dvbcode001', 'DEEP_VALUE', 'DVB', 'OPEN', 2, 7, NULL, '2026-11-04 10:00:00', '2026-11-04 10:00:00');

-- two participants of the choice-pair study, one of the DVB study
INSERT INTO participant_session (id, study_id, public_id, source, status, language, device, random_seed, started_at)
VALUES (100, 11, '00000000-0000-0000-0000-000000000100', 'LINK', 'COMPLETED', 'en', 'desktop', 1, '2026-11-05 10:00:00'),
       (101, 11, '00000000-0000-0000-0000-000000000101', 'LINK', 'ACTIVE', 'en', 'mobile', 2, '2026-11-05 11:00:00'),
       (102, 12, '00000000-0000-0000-0000-000000000102', 'LINK', 'ACTIVE', 'es', 'desktop', 3, '2026-11-05 12:00:00');
INSERT INTO response (id, session_id, position, item_key, shown, choice, answered_at, response_time_ms)
VALUES (1000, 100, 1, 'cp-200', '{}', 'A', '2026-11-05 10:01:00', 1200),
       (1001, 100, 2, 'cp-201', '{}', 'B', '2026-11-05 10:02:00', 2300),
       (1002, 101, 1, 'cp-201', '{}', 'UNDECIDED', '2026-11-05 11:01:00', NULL),
       (1003, 102, 1, 'dvb-300', '{}', 'A', '2026-11-05 12:01:00', 4100);

INSERT INTO choice_pair_item (id, study_id, item_key, source, context, option_a, option_b, metadata, created_at)
VALUES (200, 11, 'k1', 'generic', '', 'Return the wallet', 'Keep it', '{}', '2026-11-03 10:00:00'),
       (201, 11, 'k2', 'generic', '', 'Tell the truth', 'Lie', '{}', '2026-11-03 10:00:00');
INSERT INTO choice_pair_response (study_id, session_public_id, position, item_id, swapped, choice, reason, answered_at,
                                  response_time_ms)
VALUES (11, '00000000-0000-0000-0000-000000000100', 1, 200, FALSE, 'A', 'kind', '2026-11-05 10:01:00', 1200),
       (11, '00000000-0000-0000-0000-000000000100', 2, 201, TRUE, 'A', NULL, '2026-11-05 10:02:00', 2300),
       (11, '00000000-0000-0000-0000-000000000101', 1, 201, FALSE, 'UNDECIDED', NULL, '2026-11-05 11:01:00', NULL);

-- imported model answers to the pairs: "gpt-x" is also a registry model, "small-lm" is a name only
INSERT INTO choice_pair_model_answer (study_id, item_id, model, raw_answer, choice, shown_order, imported_at)
VALUES (11, 200, 'gpt-x', 'A', 'A', 'AB', '2026-11-06 10:00:00'),
       (11, 200, 'gpt-x', 'option b', 'B', 'BA', '2026-11-06 10:00:00'),
       (11, 201, 'gpt-x', 'no idea', NULL, NULL, '2026-11-06 10:00:00'),
       (11, 201, 'gpt-x', 'B', 'B', NULL, '2026-11-06 10:00:00'),
       (11, 200, 'small-lm', 'A', 'A', 'BA', '2026-11-06 11:00:00');

INSERT INTO dvb_item (id, study_id, item_key, test_id, origin, n_training, value_preferred, value_less_preferred,
                      value_set, shallow_dimension, shallow_preferred, shallow_less_preferred, context_name,
                      context_activity, expected_choice, prompt, examples, created_at)
VALUES (300, 12, 'p-1', 't1', 'IMPORTED', 4, 'fidelity', 'justice', 'ROSS_DUTIES', 'Humor', 'Humorous', 'Serious',
        'healthcare', 'booking', 'B', 'A user chose...', '{}', '2026-11-04 10:00:00'),
       (301, 12, 'p-2', 't2', 'IMPORTED', 20, 'security', 'tradition', 'SCHWARTZ_VALUES', 'Voice', 'Human-Like',
        'Robotic', 'legal', 'drafting', 'A', 'Second prompt', NULL, '2026-11-04 10:00:00');
INSERT INTO dvb_condition (id, study_id, n_training, value_set, context_name, filled)
VALUES (400, 12, 4, 'ROSS_DUTIES', 'healthcare', 1);
INSERT INTO dvb_assignment (study_id, session_public_id, position, item_id, condition_id, kind, swapped, assigned_at,
                            last_activity_at, released, excluded, choice, generalized, check_passed, answered_at,
                            response_time_ms)
VALUES (12, '00000000-0000-0000-0000-000000000102', 1, 300, 400, 'TRIAL', TRUE, '2026-11-05 12:00:00',
        '2026-11-05 12:01:00', FALSE, FALSE, 'A', TRUE, NULL, '2026-11-05 12:01:00', 4100),
       (12, '00000000-0000-0000-0000-000000000102', 2, 301, NULL, 'CHECK', FALSE, '2026-11-05 12:00:00',
        '2026-11-05 12:01:00', FALSE, FALSE, NULL, NULL, NULL, NULL, NULL);
-- released DVB result rows: generalised, not, unparseable, and one whose call failed
INSERT INTO dvb_model_result (study_id, item_key, model, model_choice, generalization, success)
VALUES (12, 'p-1', 'gpt-x', 'Option B', 'GENERALIZED', TRUE),
       (12, 'p-1', 'gpt-x', 'Option A', 'NOT_GENERALIZED', TRUE),
       (12, 'p-2', 'gpt-x', 'Option A', 'GENERALIZED', TRUE),
       (12, 'p-2', 'claude-y', '', 'UNPARSEABLE', TRUE),
       (12, 'p-1', 'claude-y', '', 'UNPARSEABLE', FALSE);

-- the registry, a Moral Machine run asked by Moralbase, an imported one, and a run over the pairs
INSERT INTO model (id, name, family, reasoning, provider_kind, base_url, model_id, timeout_seconds, owner_id,
                   created_at, updated_at)
VALUES (500, 'gpt-x', 'Other', FALSE, 'OPENAI_COMPATIBLE', 'http://127.0.0.1:9/v1', 'gpt-x', 60, 1,
        '2026-11-01 10:00:00', '2026-11-01 10:00:00');
INSERT INTO model_run (id, model_ref, study_id, source, status, generator_mode, stimuli, original_order, random_seed,
                       scenario_count, samples, concurrency, total_prompts, created_by, created_at, finished_at,
                       item_kind, both_orders)
VALUES (600, 500, 10, 'ASKED', 'FINISHED', 'TAKEMOTO', 'ALL', FALSE, 42, 2, 2, 4, 4, 1, '2026-11-07 10:00:00',
        '2026-11-07 10:05:00', 'MM_SCENARIOS', FALSE),
       (601, 500, NULL, 'IMPORTED', 'FINISHED', 'TAKEMOTO', 'ALL', FALSE, 0, 1, 1, 1, 1, 1, '2026-11-07 11:00:00',
        '2026-11-07 11:00:00', 'MM_SCENARIOS', FALSE),
       (602, 500, 11, 'ASKED', 'FINISHED', NULL, NULL, FALSE, 77, 2, 1, 4, 4, 1, '2026-11-07 12:00:00',
        '2026-11-07 12:01:00', 'STUDY_ITEMS', TRUE);
INSERT INTO model_answer (run_id, prompt_index, scenario_index, sample_index, scenario, raw_text, chosen_case, valid,
                          failure_type, attempts, error_detail, latency_ms, answered_at, item_key, shown_order)
VALUES (600, 0, 0, 0, '{"scenario":{}}', 'Case 1', 1, TRUE, NULL, 1, NULL, 300, '2026-11-07 10:01:00', NULL, NULL),
       (600, 1, 0, 1, '{"scenario":{}}', 'Case 2', 2, TRUE, NULL, 1, NULL, 310, '2026-11-07 10:01:00', NULL, NULL),
       (600, 2, 1, 0, '{"scenario":{}}', 'hmm', 0, FALSE, NULL, 1, NULL, 320, '2026-11-07 10:02:00', NULL, NULL),
       (600, 3, 1, 1, '{"scenario":{}}', NULL, 0, FALSE, 'TIMEOUT', 6, 'attempt 1: TIMEOUT', NULL,
        '2026-11-07 10:03:00', NULL, NULL),
       (601, 0, 0, 0, 'ResponseID,Saved\nr1,0\nr1,1\n', NULL, 1, TRUE, NULL, 0, NULL, NULL, '2026-11-07 11:00:00',
        NULL, NULL),
       (602, 0, 0, 0, '', 'Option A', 1, TRUE, NULL, 1, NULL, 100, '2026-11-07 12:00:00', 'k1', 'AB'),
       (602, 1, 0, 0, '', 'Option A', 1, TRUE, NULL, 1, NULL, 100, '2026-11-07 12:00:00', 'k1', 'BA'),
       (602, 2, 1, 0, '', 'Option B', 2, TRUE, NULL, 1, NULL, 100, '2026-11-07 12:00:00', 'k2', 'AB'),
       (602, 3, 1, 0, '', 'neither', 0, FALSE, NULL, 1, NULL, 100, '2026-11-07 12:00:00', 'k2', 'BA');
