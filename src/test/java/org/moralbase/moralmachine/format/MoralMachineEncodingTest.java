package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.Bytes;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.InputRefusedException;

/**
 * A Moral Machine SharedResponses file is read as UTF-8 while it streams: a Latin-1 file is refused naming the line
 * (it was imported with corrupted text), a UTF-16 one naming UTF-16 (it reported "missing required columns"), a
 * gzip bomb at the unpacked limit (it ended in NegativeArraySizeException), a UTF-8 BOM accepted.
 */
class MoralMachineEncodingTest {

    private static final String HEADER = String.join(",", SharedResponsesColumns.ALL);

    @Test
    void latin1IsRefusedNamingTheLine() {
        byte[] file = Bytes.latin1(HEADER + "\n" + "x".repeat(3) + ",Zoë\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("mm.csv: line 2 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8");
    }

    @Test
    void utf16IsRefusedNamingTheEncoding() {
        assertThatThrownBy(() -> read(Bytes.utf16WithBom(HEADER + "\n")))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("mm.csv: the file is UTF-16; save it as UTF-8");
        assertThatThrownBy(() -> read(Bytes.utf16(HEADER + "\n")))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("mm.csv: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void aGzipBombIsRefusedAtTheUnpackedLimit() {
        byte[] bomb = Bytes.gzipBomb(HEADER + "\n", 64L << 20, '\n'); // blank lines, skipped
        Bytes.withLimits(ImportLimits.withDefaults().withMaxInflatedBytes(4 << 20), () -> assertThatThrownBy(
                        () -> read(bomb))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("mm.csv: the gzip file unpacks to more than the limit of 4 MiB; nothing was imported"));
    }

    @Test
    void oneEndlessRecordIsRefusedAtTheRecordLimitNotWithANegativeArraySize() {
        byte[] bomb = Bytes.gzipBomb(HEADER + "\n", 64L << 20); // spaces without a line break
        assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("a record is longer than the limit of");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] file = ("\uFEFF" + HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(file)).isZero();
    }

    private static long read(byte[] file) throws Exception {
        return ResponseRowReader.read(new ByteArrayInputStream(file), "mm.csv", row -> {});
    }
}
