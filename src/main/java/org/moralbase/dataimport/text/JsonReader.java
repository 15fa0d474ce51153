package org.moralbase.dataimport.text;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON Lines (one object per line) and JSON arrays of objects into located rows. */
public final class JsonReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    // reading one element of an array leaves the rest of the array behind: that is not an error here
    private static final JsonMapper ELEMENT_MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonReader() {}

    /** One object per non-blank line; each bad line is a problem and reading goes on. */
    public static List<JsonRow> readLines(String file, String text, ImportLimits limits, ProblemLog log) {
        List<JsonRow> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        int records = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (++records > limits.maxRows()) {
                throw log.fatal(ImportProblem.inFile(
                        file, null, "file has more than " + limits.maxRows() + " rows, the import limit"));
            }
            int line = i + 1;
            try {
                JsonNode node = MAPPER.readTree(lines[i]);
                FieldLength.Found tooLong = FieldLength.firstTooLong(node, "", limits);
                if (tooLong != null) {
                    log.add(ImportProblem.atLine(file, line, tooLong.path(), tooLong.reason(limits)));
                } else if (node.isObject()) {
                    rows.add(new JsonRow(file, line, -1, node));
                } else {
                    log.add(ImportProblem.atLine(
                            file, line, null, "expected a JSON object, found " + JsonFields.kind(node)));
                }
            } catch (JacksonException e) {
                log.add(ImportProblem.atLine(file, line, null, JsonSyntax.describe(e, lines[i])));
            }
        }
        return rows;
    }

    /**
     * The first object of JSON Lines (its first non-blank line) or of a JSON array (its first element), or null when
     * there is none or it cannot be read: enough to tell which format a file is in without reading it all.
     */
    public static JsonNode firstObject(String text) {
        String start = text.stripLeading();
        try {
            if (start.startsWith("[")) {
                try (JsonParser parser = ELEMENT_MAPPER.createParser(start)) {
                    parser.nextToken();
                    return parser.nextToken() == JsonToken.START_OBJECT ? ELEMENT_MAPPER.readTree(parser) : null;
                }
            }
            String first = start.lines().findFirst().orElse("");
            JsonNode node = MAPPER.readTree(first);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The elements of a top-level JSON array; a syntax error stops reading, as later positions are unknowable. */
    public static List<JsonRow> readArray(String file, String text, ImportLimits limits, ProblemLog log) {
        List<JsonRow> rows = new ArrayList<>();
        int element = 0;
        try (JsonParser parser = ELEMENT_MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw log.fatal(ImportProblem.inFile(file, null, "expected a JSON array of objects"));
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw log.fatal(ImportProblem.inFile(file, null, "JSON array is not closed"));
                }
                if (element + 1 > limits.maxRows()) {
                    throw log.fatal(ImportProblem.inFile(
                            file, null, "file has more than " + limits.maxRows() + " elements, the import limit"));
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = ELEMENT_MAPPER.readTree(parser);
                FieldLength.Found tooLong = FieldLength.firstTooLong(node, "", limits);
                if (tooLong != null) {
                    log.add(new ImportProblem(file, line, element, tooLong.path(), tooLong.reason(limits)));
                } else if (node.isObject()) {
                    rows.add(new JsonRow(file, line, element, node));
                } else {
                    log.add(new ImportProblem(
                            file, line, element, null, "expected a JSON object, found " + JsonFields.kind(node)));
                }
                element++;
            }
            return rows;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            throw log.fatal(new ImportProblem(file, line, element, null, JsonSyntax.describe(e, text)));
        }
    }
}
