package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.JsonRow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the arrays of a top-level JSON object ({@code {"values": [...], "edges": [...]}}) element by element, so each
 * object element becomes a located {@link JsonRow} (its index and line in problem messages); other fields are skipped.
 */
final class GraphArrays {

    // reading one element leaves the rest of the file behind: not an error here
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GraphArrays() {}

    /** The elements of each named array (an absent array is a problem); nothing else of the object is kept. */
    static Map<String, List<JsonRow>> read(
            String file, String text, List<String> names, ImportLimits limits, ProblemLog log) {
        Map<String, List<JsonRow>> out = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw log.fatal(ImportProblem.inFile(file, null, "expected a JSON object with values and edges"));
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!names.contains(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw log.fatal(ImportProblem.inFile(file, name, "must be an array"));
                }
                out.put(name, elements(file, name, parser, limits, log));
            }
            if (parser.nextToken() != null) {
                throw log.fatal(ImportProblem.inFile(file, null, "has text after the JSON object"));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw log.fatal(new ImportProblem(file, line, -1, null, "is not valid JSON: " + e.getOriginalMessage()));
        }
        for (String name : names) {
            if (!out.containsKey(name)) {
                throw log.fatal(ImportProblem.inFile(file, name, "is missing"));
            }
        }
        return out;
    }

    private static List<JsonRow> elements(
            String file, String name, JsonParser parser, ImportLimits limits, ProblemLog log) {
        List<JsonRow> out = new ArrayList<>();
        int count = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw log.fatal(ImportProblem.inFile(file, name, "the array is not closed"));
            }
            int index = count++;
            if (count > limits.maxRows()) {
                throw log.fatal(ImportProblem.inFile(file, name, "more than " + limits.maxRows() + " elements"));
            }
            int line = Math.max(0, parser.currentTokenLocation().getLineNr());
            JsonNode node = MAPPER.readTree(parser);
            if (node.isObject()) {
                out.add(new JsonRow(file, line, index, node));
            } else {
                log.add(new ImportProblem(
                        file,
                        line,
                        index,
                        name + "[" + index + "]",
                        "must be an object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }
}
