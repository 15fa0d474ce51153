package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.stats.amce.AmceRow;

class SharedResponsesReaderTest {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(SharedResponsesReaderTest.class
                .getResource("/moralmachine/" + name)
                .toURI());
    }

    static List<AmceRow> amceRows(Path file, AmceRowReader reader) throws IOException {
        List<AmceRow> rows = new ArrayList<>();
        reader.read(file, rows::add);
        return rows;
    }

    @Test
    void readsTheDesignColumnsOfAHandWrittenFile() throws Exception {
        List<AmceRow> rows = amceRows(fixture("valid_small.csv"), AmceRowReader.withDefaults());
        assertThat(rows)
                .containsExactly(
                        new AmceRow(0, 0, 1, 2, "Gender", "Gender", "Male", 0, 0, 0),
                        new AmceRow(1, 0, 1, 1, "Gender", "Gender", "Female", 0, 1, 0),
                        new AmceRow(1, 1, 0, 0, "Random", "Random", "Rand", 3, 1, 0),
                        new AmceRow(0, 0, 0, 0, "Random", "Random", "Rand", 3, 0, 0),
                        new AmceRow(0, 0, 0, 1, "Species", "Species", "Hoomans", 0, 1, 1),
                        new AmceRow(1, 1, 0, 0, "Species", "Species", "Pets", 0, 0, 1));
    }

    @Test
    void clustersDenselyOnTheChosenColumn() throws Exception {
        List<AmceRow> rows = amceRows(
                fixture("valid_small.csv"), AmceRowReader.withDefaults().withClusterColumn("ResponseID"));
        assertThat(rows).extracting(AmceRow::cluster).containsExactly(0L, 0L, 1L, 1L, 2L, 2L);
        AmceReadResult result = AmceRowReader.withDefaults().read(fixture("valid_small.csv"), r -> {});
        assertThat(result).isEqualTo(new AmceReadResult(6, 2));
    }

    @Test
    void readsLevelsAsCanonicalSharedStrings() throws Exception {
        List<AmceRow> rows = amceRows(fixture("valid_small.csv"), AmceRowReader.withDefaults());
        assertThat(rows.get(0).scenarioType())
                .isSameAs(rows.get(1).scenarioType())
                .isSameAs("Gender");
        assertThat(rows.get(4).attributeLevel()).isSameAs("Hoomans");
    }

    @Test
    void readsColumnsInAnyOrderWithQuotesCrlfBomAndExtraColumns() throws Exception {
        List<AmceRow> expected = amceRows(fixture("valid_small.csv"), AmceRowReader.withDefaults());
        List<AmceRow> rows = amceRows(fixture("reordered_quoted.csv"), AmceRowReader.withDefaults());
        assertThat(rows).containsExactlyElementsOf(expected.subList(0, 4));
        List<ResponseRow> full = new ArrayList<>();
        ResponseRowReader.read(fixture("reordered_quoted.csv"), full::add);
        assertThat(full).hasSize(4);
        assertThat(full.get(2).userCountry3()).isEqualTo("U\"S\nA");
        assertThat(full.get(3).characters().get(CharacterType.CAT)).isEqualTo(2);
    }

    @Test
    void generalReaderKeepsEveryColumnAndMissingValues() throws Exception {
        List<ResponseRow> rows = new ArrayList<>();
        long n = ResponseRowReader.read(fixture("valid_small.csv"), rows::add);
        assertThat(n).isEqualTo(6);
        ResponseRow r = rows.get(2);
        assertThat(r.responseId()).isEqualTo("r2");
        assertThat(r.defaultChoice()).isNull();
        assertThat(r.defaultChoiceIsOmission()).isNull();
        assertThat(r.template()).isEqualTo("Mobile");
        assertThat(r.descriptionShown()).isZero();
        assertThat(r.characters().total()).isEqualTo(1);
        assertThat(rows.get(4).template()).isNull();
        assertThat(rows.get(4).leftHand()).isNull();
        assertThat(rows.get(4).userCountry3()).isNull();
    }

    @Test
    void readsGzipRecognisedByMagicBytesNotName() throws Exception {
        byte[] plain = Files.readAllBytes(fixture("valid_small.csv"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        Path file = Files.createTempFile("responses", ".csv"); // gzip under a plain name
        Files.write(file, gz.toByteArray());
        try {
            assertThat(amceRows(file, AmceRowReader.withDefaults()))
                    .containsExactlyElementsOf(amceRows(fixture("valid_small.csv"), AmceRowReader.withDefaults()));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void badValueNamesFileLineColumnAndValue() {
        assertThatThrownBy(() -> amceRows(fixture("bad_saved.csv"), AmceRowReader.withDefaults()))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessage("bad_saved.csv: line 3, column Saved: expected 0 or 1, found 'x'");
        assertThatThrownBy(() -> ResponseRowReader.read(fixture("bad_saved.csv"), r -> {}))
                .hasMessage("bad_saved.csv: line 3, column Saved: expected 0 or 1, found 'x'");
    }

    @Test
    void missingColumnIsNamed() {
        assertThatThrownBy(() -> amceRows(fixture("missing_saved_column.csv"), AmceRowReader.withDefaults()))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessage("missing_saved_column.csv: line 1: missing required column Saved");
        assertThatThrownBy(() -> amceRows(
                        fixture("valid_small.csv"), AmceRowReader.withDefaults().withClusterColumn("RunID")))
                .hasMessage("valid_small.csv: line 1: missing required column RunID");
    }

    @Test
    void wrongNumberOfFieldsIsReported() {
        assertThatThrownBy(() -> amceRows(fixture("wrong_field_count.csv"), AmceRowReader.withDefaults()))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessage("wrong_field_count.csv: line 4: expected 41 fields as in the header, found 40");
    }

    @Test
    void truncatedQuotedFieldIsReported() {
        assertThatThrownBy(() -> amceRows(fixture("truncated_quote.csv"), AmceRowReader.withDefaults()))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessage("truncated_quote.csv: line 7, column UserCountry3: unexpected end of file inside a"
                        + " quoted field (missing closing quote)");
    }

    @Test
    void badCrossingSignalAndCountsAreReportedWithTheirExpectation() {
        String header = String.join(",", SharedResponsesColumns.ALL);
        String ok = "r,s,u,1,0,1,0,%s,Male,Gender,Gender,Male,Female,1,1,%s,0,Desktop,1,1,USA"
                + ",1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0";
        assertThatThrownBy(() -> read(header + "\n" + ok.formatted("3", "0") + "\n"))
                .hasMessage("mem.csv: line 2, column CrossingSignal: expected 0, 1 or 2, found '3'");
        assertThatThrownBy(() -> read(header + "\n" + ok.formatted("1", "-1") + "\n"))
                .hasMessage("mem.csv: line 2, column DiffNumberOFCharacters: expected a non-negative integer or"
                        + " NA, found '-1'");
        assertThatThrownBy(() -> read("")).hasMessage("mem.csv: line 1: empty file, expected a header line");
    }

    @Test
    void acceptsFloatCodesMissingDiffAndRecordsSpanningTheBuffer() throws Exception {
        String header = String.join(",", SharedResponsesColumns.ALL);
        String row = "\"r\",s,u,1,1.0,1,0,2.0,Male,Gender,Gender,Male,Female,1,1,NA,1,Desktop,1,1,USA"
                + ",1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0";
        StringBuilder sb = new StringBuilder(header).append('\n');
        int n = 20_000; // about 2.4 MB: several buffer refills
        for (int i = 0; i < n; i++) {
            sb.append(row.replace("\"r\"", "\"r" + i + "\"")).append('\n');
        }
        List<AmceRow> rows = read(sb.toString());
        assertThat(rows).hasSize(n);
        assertThat(rows)
                .allMatch(r -> r.intervention() == 1
                        && r.crossingSignal() == 2
                        && r.diffNumberOfCharacters() == -1
                        && r.cluster() == 0);
    }

    private static List<AmceRow> read(String csv) throws IOException {
        List<AmceRow> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))) {
            AmceRowReader.withDefaults().read(in, "mem.csv", rows::add);
        }
        return rows;
    }
}
