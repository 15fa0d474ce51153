package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.Dimension;

/**
 * Cells are matched to the known values exactly: every known value, at every offset of the buffer (also its last
 * bytes, where the word comparison cannot read 16 bytes), gives its canonical String; a cell differing from a known
 * value in any one byte, or one byte shorter or longer, gives its own text.
 */
class KnownValuesTest {

    @Test
    void knownValuesAreFoundAndNearMissesAreNot() throws IOException {
        List<String> known = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            known.addAll(List.of(d.label(), d.baselineLevel(), d.preferredLevel()));
        }
        known.add(Dimension.TAKEMOTO_SOCIAL_STATUS_LABEL);
        for (String value : known) {
            List<String> cells = new ArrayList<>(List.of(value, "\"" + value + "\""));
            for (int at = 0; at < value.length(); at++) {
                char[] changed = value.toCharArray();
                changed[at] = changed[at] == 'x' ? 'y' : 'x';
                cells.add(new String(changed));
            }
            cells.add(value.substring(0, value.length() - 1));
            cells.add(value + "s");
            for (String cell : cells) {
                for (int pad = 0; pad < 24; pad++) {
                    String line = "p".repeat(pad) + "," + cell + "\n";
                    for (int buffer : new int[] {line.length(), line.length() + 3, 1 << 10}) {
                        String found = firstRecordsSecondField(line, buffer);
                        String expected = cell.startsWith("\"") ? value : cell;
                        assertThat(found)
                                .as("cell %s after %d bytes, buffer %d", cell, pad + 1, buffer)
                                .isEqualTo(expected);
                        if (expected.equals(value)) {
                            assertThat(found).as("the canonical String").isSameAs(canonical(value));
                        }
                    }
                }
            }
        }
    }

    private static String canonical(String value) {
        for (Dimension d : Dimension.values()) {
            for (String s : List.of(d.label(), d.baselineLevel(), d.preferredLevel())) {
                if (s.equals(value)) {
                    return s;
                }
            }
        }
        return Dimension.TAKEMOTO_SOCIAL_STATUS_LABEL;
    }

    private static String firstRecordsSecondField(String csv, int buffer) throws IOException {
        CsvScanner s =
                new CsvScanner(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", buffer);
        assertThat(s.next()).isTrue();
        return new KnownValues().of(s, 1);
    }
}
