-- Imported model answers to a choice-pair study's items: the raw text, the option in the item's own terms
-- (A or B; NULL when unparseable, kept but never scored) and, if known, the order the model saw (AB or BA).
CREATE TABLE choice_pair_model_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id    BIGINT       NOT NULL,
    item_id     BIGINT       NOT NULL,
    model       VARCHAR(128) NOT NULL,
    raw_answer  TEXT         NOT NULL,
    choice      VARCHAR(1)   NULL,
    shown_order VARCHAR(2)   NULL,
    imported_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_cp_model_answer_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
    CONSTRAINT fk_cp_model_answer_item FOREIGN KEY (item_id) REFERENCES choice_pair_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_cp_model_answer_study ON choice_pair_model_answer (study_id, model);
