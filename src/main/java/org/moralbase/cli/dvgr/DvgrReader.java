package org.moralbase.cli.dvgr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.cli.Inputs;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams DVB model-result rows into a {@link DvgrTally}: JSON Lines (one object per line; recognised by a
 * first non-blank character '{') or CSV with a header. The outcome is {@value #OUTCOME}; the group, when
 * asked for, is any other field or column, its value taken as text (empty or null → {@code NA}).
 */
final class DvgrReader {

    static final String OUTCOME = "generalized_deep_value";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DvgrReader() {}

    static DvgrTally read(Path file, String by) {
        DvgrTally tally = new DvgrTally();
        if (looksLikeJsonLines(file)) {
            readJsonLines(file, by, tally);
        } else {
            readCsv(file, by, tally);
        }
        if (tally.rows() == 0) {
            throw new InputException(file, "expected at least one result row, found none");
        }
        return tally;
    }

    private static boolean looksLikeJsonLines(Path file) {
        try (var in = Inputs.reader(file)) {
            int c;
            while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
                // skip leading blanks
            }
            if (c == '[') {
                throw new InputException(
                        file, 1, null, "expected JSON Lines (one object per line) or CSV, found a JSON array");
            }
            return c == '{';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readJsonLines(Path file, String by, DvgrTally tally) {
        try (BufferedReader in = new BufferedReader(Inputs.reader(file))) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode row = parse(file, line, text);
                String group = null;
                if (by != null) {
                    if (!row.has(by)) {
                        throw new InputException(
                                file, line, by, "expected a field '" + by + "' to group by, found none");
                    }
                    JsonNode g = row.get(by);
                    group = g.isNull() || g.asString().isBlank() ? "NA" : g.asString();
                }
                tally.add(group, Outcomes.parse(row.get(OUTCOME)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(Path file, long line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw new InputException(file, line, "1", "expected a JSON object, found " + node.getNodeType());
            }
            return node;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String column = at == null ? null : String.valueOf(at.getColumnNr());
            throw new InputException(file, line, column, "expected a JSON object: " + e.getOriginalMessage());
        }
    }

    private static void readCsv(Path file, String by, DvgrTally tally) {
        try (CsvInput csv = CsvInput.open(file)) {
            int outcome = csv.require(OUTCOME);
            int group = by == null ? -1 : csv.require(by);
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                String key = group < 0 ? null : row.get(group).isEmpty() ? "NA" : row.get(group);
                tally.add(key, Outcomes.parse(row.get(outcome)));
            }
        }
    }
}
