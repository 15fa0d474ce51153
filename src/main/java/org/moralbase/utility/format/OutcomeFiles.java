package org.moralbase.utility.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.dataimport.text.Utf8Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outcome files in and out (docs/formats.md): a CSV {@code id,description[,category]}, or the emergent-values
 * {@code options_hierarchical.json} — an object whose keys are categories and whose values are lists of outcome texts;
 * its outcomes get the ids their code gives them, the running index in file order ("0", "1", …). The format is told
 * from the content (a file starting with '{' is the JSON). Reading is all-or-nothing: every problem is listed with its
 * line (CSV) or category and position (JSON).
 */
public final class OutcomeFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OutcomeFiles() {}

    /** The outcomes of a file, or an {@link org.moralbase.dataimport.ImportException} listing every problem. */
    public static List<OutcomeRow> read(DatasetSource file) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        log.throwIfAny();
        List<OutcomeRow> rows = text.stripLeading().startsWith("{")
                ? readJson(file.name(), text, log)
                : readCsv(file.name(), text, limits, log);
        if (rows.isEmpty() && log.isEmpty()) {
            log.add(ImportProblem.inFile(file.name(), null, "no outcomes: the file holds none"));
        }
        log.throwIfAny();
        return rows;
    }

    private static List<OutcomeRow> readCsv(String name, String text, ImportLimits limits, ProblemLog log) {
        CsvTable table = CsvReader.read(name, text, limits, log);
        if (!table.requireColumns(List.of("id", "description"), log)) {
            return List.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        List<OutcomeRow> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String id = row.required("id", log);
            String description = row.required("description", log);
            if (id == null || description == null) {
                continue;
            }
            String trimmed = id.strip();
            Integer first = seen.putIfAbsent(trimmed, row.line());
            if (first != null) {
                log.add(row.problem("id", "outcome id '" + trimmed + "' is already on line " + first));
                continue;
            }
            String category = row.get("category");
            rows.add(new OutcomeRow(
                    trimmed, description.strip(), category == null || category.isBlank() ? null : category.strip()));
        }
        return rows;
    }

    private static List<OutcomeRow> readJson(String name, String text, ProblemLog log) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw log.fatal(new ImportProblem(
                    name, line, -1, null, "is not valid JSON" + (line > 0 ? "" : " (it ends too early)")));
        }
        if (root == null || !root.isObject()) {
            throw log.fatal(
                    ImportProblem.inFile(name, null, "expected an object of categories, each a list of outcome texts"));
        }
        List<OutcomeRow> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> category : root.properties()) {
            JsonNode list = category.getValue();
            if (!list.isArray()) {
                log.add(ImportProblem.inFile(name, category.getKey(), "expected a list of outcome texts"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (!item.isString() || item.asString().isBlank()) {
                    log.add(new ImportProblem(
                            name, 0, i, category.getKey(), "expected an outcome's text, found " + item.getNodeType()));
                    continue;
                }
                rows.add(new OutcomeRow(
                        Integer.toString(rows.size()), item.asString().strip(), category.getKey()));
            }
        }
        return rows;
    }

    /** The outcomes as a CSV {@code id,description,category} (cells neutralised against spreadsheet formulas). */
    public static String csv(List<OutcomeRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(java.util.Arrays.asList(r.id(), r.description(), r.category())));
        return CsvText.write(List.of("id", "description", "category"), out);
    }

    /**
     * The outcomes in the {@code options_hierarchical.json} shape: categories in their first order, outcomes without
     * one under "uncategorised". Ids are not part of the shape (their code numbers outcomes in file order).
     */
    public static String hierarchicalJson(List<OutcomeRow> rows) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (OutcomeRow r : rows) {
            byCategory
                    .computeIfAbsent(r.category() == null ? "uncategorised" : r.category(), c -> new ArrayList<>())
                    .add(r.description());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(byCategory);
    }
}
