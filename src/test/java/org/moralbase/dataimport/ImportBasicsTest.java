package org.moralbase.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.format.Formats;

class ImportBasicsTest {

    @Test
    void invalidUtf8IsRejectedWithItsLine() {
        byte[] head = "context,option_a,option_b\nok,a,b\nbad ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        assertThat(problems(() -> Formats.read(Formats.GENERIC_CSV, DatasetSource.of("g.csv", bytes))))
                .containsExactly("g.csv: line 3 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8");
    }

    @Test
    void utf16IsRejected() {
        byte[] bytes = "\uFEFFcontext".getBytes(StandardCharsets.UTF_16BE);
        assertThat(problems(() -> Formats.read(Formats.GENERIC_CSV, DatasetSource.of("g.csv", bytes))))
                .containsExactly("g.csv: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void rowLimitStopsOversizeFiles() {
        DatasetSource source = DatasetSource.ofText("g.csv", "context,option_a,option_b\nc,a,b\nc,a,b\nc,a,b\n");
        assertThat(problems(() -> Formats.GENERIC_CSV.read(
                        source, null, ImportLimits.withDefaults().withMaxRows(2))))
                .containsExactly("g.csv: file has more than 2 rows, the import limit");
    }

    @Test
    void problemCollectionStopsAtTheLimitAndSaysSo() {
        String csv = "context,option_a,option_b\n" + "c,,b\n".repeat(10);
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ImportException.class,
                () -> Formats.GENERIC_CSV.read(
                        DatasetSource.ofText("g.csv", csv),
                        null,
                        ImportLimits.withDefaults().withMaxProblems(3)));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.truncated()).isTrue();
        assertThat(e.messages().get(2)).isEqualTo("g.csv line 4, field option_a: is empty");
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpens() {
        DatasetSource source = DatasetSource.ofText("g.csv", "context,option_a,option_b\nc,a,b\n\"open,a,b\n");
        assertThat(problems(() -> Formats.read(Formats.GENERIC_CSV, source)))
                .singleElement()
                .asString()
                .startsWith("g.csv line 3: a quoted field starts on this line and its closing quote is missing");
    }

    @Test
    void wrongFieldCountAndDuplicateHeaderAreReported() {
        DatasetSource source = DatasetSource.ofText("g.csv", "context,option_a,option_b,note,note\nc,a,b,x\n");
        assertThat(problems(() -> Formats.read(Formats.GENERIC_CSV, source)))
                .containsExactly(
                        "g.csv, field note: duplicate column name in the header",
                        "g.csv line 2: expected 5 fields as in the header, found 4");
    }
}
