package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    @Test
    void theSentenceCountsInWords() {
        assertThat(new ImportSummary(1, 6, 0).sentence()).isEqualTo("Stored 6 answers of 1 model.");
        assertThat(new ImportSummary(2, 1, 1).sentence())
                .isEqualTo("Stored 1 answer of 2 models, replacing 1 earlier import.");
        assertThat(new ImportSummary(3, 0, 2).sentence())
                .isEqualTo("Stored 0 answers of 3 models, replacing 2 earlier imports.");
    }
}
