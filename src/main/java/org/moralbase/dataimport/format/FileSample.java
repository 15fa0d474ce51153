package org.moralbase.dataimport.format;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.Utf8Text;
import tools.jackson.databind.JsonNode;

/**
 * What a format is told from: the file's shape by its first character ({@code [} a JSON array, <code>{</code> JSON
 * Lines, anything else CSV), and the names of its header columns or of its first object's fields.
 *
 * @param file the file's name
 * @param shape the shape the content has
 * @param names the CSV header's column names, or the first JSON object's field names; empty when unreadable
 * @param first the first JSON object, or null (CSV, or a first record that is not valid JSON)
 */
public record FileSample(String file, FileShape shape, List<String> names, JsonNode first) {

    private static final int NAMES_SHOWN = 12;

    /** Freezes the names. */
    public FileSample {
        names = List.copyOf(names);
    }

    /**
     * Samples a file, decoded as strict UTF-8.
     *
     * @throws org.moralbase.dataimport.ImportException when the file is empty, too large or not UTF-8
     */
    public static FileSample of(DatasetSource source, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(source, limits, log);
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw log.fatal(ImportProblem.inFile(source.name(), null, "file is empty"));
        }
        if (start.charAt(0) == '[' || start.charAt(0) == '{') {
            JsonNode first = JsonReader.firstObject(text);
            List<String> names = new ArrayList<>();
            if (first != null) {
                names.addAll(first.propertyNames());
            }
            FileShape shape = start.charAt(0) == '[' ? FileShape.JSON_ARRAY : FileShape.JSON_LINES;
            return new FileSample(source.name(), shape, names, first);
        }
        return new FileSample(source.name(), FileShape.CSV, CsvReader.header(text), null);
    }

    /** Whether the file is of this shape and names every one of these columns or fields. */
    public boolean has(FileShape expected, String... required) {
        return shape == expected && names.containsAll(List.of(required));
    }

    /** Whether the first JSON object's field is an array. */
    public boolean isArray(String field) {
        return first != null && first.get(field) != null && first.get(field).isArray();
    }

    /** The file as a researcher would describe it: "a CSV file with the columns a, b, c". */
    public String describe() {
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), NAMES_SHOWN)))
                + (names.size() > NAMES_SHOWN ? ", …" : "");
        return switch (shape) {
            case CSV ->
                names.isEmpty() ? "a CSV file whose header cannot be read" : "a CSV file with the columns " + shown;
            case JSON_LINES ->
                first == null
                        ? "a JSON Lines file whose first line is not a JSON object"
                        : "a JSON Lines file whose first object has the fields " + shown;
            case JSON_ARRAY ->
                first == null
                        ? "a JSON array whose first element is not an object"
                        : "a JSON array whose first object has the fields " + shown;
        };
    }
}
