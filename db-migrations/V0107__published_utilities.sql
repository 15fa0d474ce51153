-- Published model utilities (issue #14, decision 0043): an emergent-values results_<model>.json imported into a
-- utility study, its outcomes matched to the study's by text, so that the published utilities of a model stand beside
-- the study's people. The edges are the file's graph_data (a model's P(A ≻ B) per pair), when it has them.
CREATE TABLE utility_published (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id       BIGINT       NOT NULL,
    label          VARCHAR(120) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    -- the options in the file (the study may use fewer of them)
    file_options   INT          NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_utility_published_label UNIQUE (study_id, label),
    CONSTRAINT fk_utility_published_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE
);

CREATE TABLE utility_published_value (
    published_id   BIGINT NOT NULL,
    outcome_id     BIGINT NOT NULL,
    -- as in the file: normalised over the file's options, not the study's (the results renormalise)
    mean           DOUBLE NOT NULL,
    variance       DOUBLE NOT NULL,
    PRIMARY KEY (published_id, outcome_id),
    CONSTRAINT fk_utility_published_value_set FOREIGN KEY (published_id) REFERENCES utility_published (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_utility_published_value_outcome FOREIGN KEY (outcome_id) REFERENCES utility_outcome (id)
        ON DELETE CASCADE
);

CREATE TABLE utility_published_edge (
    published_id   BIGINT NOT NULL,
    first_id       BIGINT NOT NULL,
    second_id      BIGINT NOT NULL,
    -- the model's P(first ≻ second) over its answers in both orders
    probability    DOUBLE NOT NULL,
    PRIMARY KEY (published_id, first_id, second_id),
    CONSTRAINT fk_utility_published_edge_set FOREIGN KEY (published_id) REFERENCES utility_published (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_utility_published_edge_first FOREIGN KEY (first_id) REFERENCES utility_outcome (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_utility_published_edge_second FOREIGN KEY (second_id) REFERENCES utility_outcome (id)
        ON DELETE CASCADE
);
