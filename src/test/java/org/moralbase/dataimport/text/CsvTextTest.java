package org.moralbase.dataimport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Export CSV reads back field for field, whatever a free-text field holds. */
class CsvTextTest {

    @Test
    void commasQuotesAndLineBreaksInAFieldReadBackUnchanged() throws IOException {
        String tricky = "Because, \"honestly\",\nit's \"\"fair\"\"\r\n; and, well —\u00e9\u4e2d ";
        String csv = CsvText.write(
                List.of("id", "reason", "n"), List.of(Arrays.asList("x", tricky, 3), Arrays.asList("y", null, null)));

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values()).containsExactly("x", tricky, "3");
        assertThat(rows.get(2).values()).containsExactly("y", "", "");
        assertThat(csv).startsWith("id,reason,n\r\n");
    }

    @Test
    void decimalsHaveSixPlacesAndUndefinedIsEmpty() {
        assertThat(CsvText.decimal(2.0 / 3)).isEqualTo("0.666667");
        assertThat(CsvText.decimal(null)).isNull();
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsNeutralisedButNumbersAreNot() throws IOException {
        String csv = CsvText.write(
                List.of("answer", "n"),
                List.of(
                        Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "-0.5"),
                        Arrays.asList("@SUM(A1)", "+1e-3"),
                        Arrays.asList("-a minus sign", -2),
                        Arrays.asList("Option A", "1")));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(1).values()).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "-0.5");
        assertThat(rows.get(2).values()).containsExactly("'@SUM(A1)", "+1e-3");
        assertThat(rows.get(3).values()).containsExactly("'-a minus sign", "-2");
        assertThat(rows.get(4).values()).containsExactly("Option A", "1");
    }
}
