package org.moralbase.moralmachine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareAddressTest {

    @Test
    void readsAStudyAndRunsInIdOrder() {
        CompareAddress a = CompareAddress.read(Map.of("study", List.of("12"), "run", List.of("5", "3", "5")));
        assertThat(a.studyId()).isEqualTo(12L);
        assertThat(a.runIds()).containsExactly(3L, 5L);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void saysWhatItCannotRead() {
        CompareAddress a = CompareAddress.read(
                Map.of("study", List.of("x", "4", "7"), "run", List.of("-1", "9"), "colour", List.of("red")));
        assertThat(a.studyId()).isEqualTo(4L);
        assertThat(a.runIds()).containsExactly(9L);
        assertThat(a.problems())
                .contains(
                        "The address has study=x, which is not a study number; it is left out.",
                        "The address names 2 studies; one baseline is shown: study 4.",
                        "The address has run=-1, which is not a run number; it is left out.",
                        "The address has 'colour', which this page does not read (it reads study and run); it is"
                                + " left out.");
    }

    @Test
    void writesTheQueryItReads() {
        assertThat(CompareAddress.query(12L, List.of(5L, 3L)).getQueryString()).isEqualTo("study=12&run=3&run=5");
        assertThat(CompareAddress.query(null, List.of()).getQueryString()).isEmpty();
        assertThat(CompareAddress.read(
                        CompareAddress.query(12L, List.of(3L, 5L)).getParameters()))
                .isEqualTo(new CompareAddress(12L, List.of(3L, 5L), List.of()));
    }
}
