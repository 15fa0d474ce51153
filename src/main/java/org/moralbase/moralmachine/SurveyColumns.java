package org.moralbase.moralmachine;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.moralbase.dataimport.text.CsvText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey file of Awad's release ({@code SurveyResponses.csv}): {@code UserID} and the six {@code Review_*}
 * columns (methods §1.5), read from a session's survey JSON by the same keys; {@code NA} where a key is absent.
 */
final class SurveyColumns {

    static final List<String> REVIEW = List.of(
            "Review_age", "Review_education", "Review_gender", "Review_income", "Review_political", "Review_religious");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SurveyColumns() {}

    static void writeHeader(Writer out) throws IOException {
        out.write("UserID," + String.join(",", REVIEW) + "\n");
    }

    /** One line: the session id and the six answers; unreadable survey JSON counts as no answers. */
    static void writeLine(Writer out, String userId, String surveyJson) throws IOException {
        JsonNode survey = parse(surveyJson);
        StringBuilder line = new StringBuilder(cell(userId));
        for (String key : REVIEW) {
            JsonNode v = survey == null ? null : survey.get(key);
            line.append(',').append(v == null || v.isNull() || v.asString().isBlank() ? "NA" : cell(v.asString()));
        }
        out.write(line.append('\n').toString());
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? node : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String cell(String value) {
        String v = CsvText.neutralised(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
