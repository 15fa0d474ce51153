package org.moralbase.utility.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.Utf8Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A results file of the emergent-values code (Mazeika et al. 2025, {@code compute_utilities.py}:
 * {@code results_<model>.json} or {@code results_utilities_<model>.json}; docs/formats.md) as Moralbase reads it:
 * {@code options} (a list of {@code {id, description}}), {@code utilities} ({@code {id: {mean, variance}}}) and, when
 * present, {@code graph_data.edges} ({@code {"(a, b)": {option_A: {id}, option_B: {id}, probability_A}}}). Everything
 * else (metrics, configuration, the edges' {@code aux_data} with raw answers) is skipped while streaming, so a file of
 * tens of megabytes is read without building its tree. Python's {@code NaN} is read (their metrics may hold it) but
 * refused where a utility or probability must be a number. Reading is all-or-nothing: every problem is listed with its
 * field.
 *
 * @param options the file's options in their order
 * @param utilities each option id's mean and variance
 * @param edges the model's P(A ≻ B) per pair; empty when the file has no graph data
 */
public record PublishedResults(List<Option> options, Map<String, Value> utilities, List<Edge> edges) {

    /** One option: its id in the file (numbers as text) and its text. */
    public record Option(String id, String description) {}

    /** One option's utility as the file gives it. */
    public record Value(double mean, double variance) {}

    /** One pair of the file's preference graph: P(first ≻ second). */
    public record Edge(String first, String second, double probability) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** The file's content, or an {@link org.moralbase.dataimport.ImportException} listing every problem. */
    public static PublishedResults read(DatasetSource file) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        log.throwIfAny();
        String name = file.name();
        if (!text.stripLeading().startsWith("{")) {
            throw log.fatal(ImportProblem.inFile(
                    name,
                    null,
                    "expected the JSON object of an emergent-values results file (with options and utilities); this"
                            + " file does not start with '{'"));
        }
        Reader reader = new Reader(name, log);
        try (JsonParser p = JSON.createParser(text)) {
            reader.top(p);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw log.fatal(new ImportProblem(
                    name, line, -1, null, "is not valid JSON" + (line > 0 ? "" : " (it ends too early)")));
        }
        PublishedResults results = new PublishedResults(reader.options, reader.utilities, reader.edges);
        results.check(name, log);
        log.throwIfAny();
        return results;
    }

    private void check(String name, ProblemLog log) {
        if (options.isEmpty()) {
            log.add(ImportProblem.inFile(name, "options", "no options: expected a list of {id, description}"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Option o : options) {
            if (!ids.add(o.id())) {
                log.add(ImportProblem.inFile(name, "options", "option id '" + o.id() + "' appears twice"));
            }
            if (!utilities.containsKey(o.id())) {
                log.add(ImportProblem.inFile(name, "utilities", "no utility for option id '" + o.id() + "'"));
            }
        }
        for (String id : utilities.keySet()) {
            if (!ids.contains(id)) {
                log.add(ImportProblem.inFile(name, "utilities." + id, "no option has the id '" + id + "'"));
            }
        }
        for (Edge e : edges) {
            String field = "graph_data.edges (" + e.first() + ", " + e.second() + ")";
            if (!ids.contains(e.first()) || !ids.contains(e.second())) {
                log.add(ImportProblem.inFile(name, field, "names an option id that is not in options"));
            } else if (e.first().equals(e.second())) {
                log.add(ImportProblem.inFile(name, field, "pairs an option with itself"));
            }
        }
    }

    /** The streaming reader: fields it does not know are skipped with their values. */
    private static final class Reader {

        private final String name;
        private final ProblemLog log;
        private final List<Option> options = new ArrayList<>();
        private final Map<String, Value> utilities = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<String, Integer> seenEdges = new HashMap<>();

        Reader(String name, ProblemLog log) {
            this.name = name;
            this.log = log;
        }

        void top(JsonParser p) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, null, "an object");
            boolean sawOptions = false;
            boolean sawUtilities = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "options" -> {
                        sawOptions = true;
                        options(p, value);
                    }
                    case "utilities" -> {
                        sawUtilities = true;
                        utilities(p, value);
                    }
                    case "graph_data" -> graph(p, value);
                    default -> p.skipChildren();
                }
            }
            if (!sawOptions) {
                problem(p, "options", "is missing: expected a list of {id, description}");
            }
            if (!sawUtilities) {
                problem(p, "utilities", "is missing: expected {id: {mean, variance}}");
            }
        }

        private void options(JsonParser p, JsonToken value) {
            if (!expect(p, value, JsonToken.START_ARRAY, "options", "a list of {id, description}")) {
                return;
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String field = "options[" + index + "]";
                index++;
                if (!expect(p, p.currentToken(), JsonToken.START_OBJECT, field, "an object {id, description}")) {
                    continue;
                }
                String id = null;
                String description = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("id")) {
                        id = idOf(p, v, field + ".id");
                    } else if (key.equals("description") && v == JsonToken.VALUE_STRING) {
                        description = p.getString();
                    } else {
                        p.skipChildren();
                    }
                }
                if (id == null) {
                    problem(p, field + ".id", "is missing: expected a number or a text");
                } else if (description == null || description.isBlank()) {
                    problem(p, field + ".description", "is missing: expected the option's text");
                } else {
                    options.add(new Option(id, description.strip()));
                }
            }
        }

        private void utilities(JsonParser p, JsonToken value) {
            if (!expect(p, value, JsonToken.START_OBJECT, "utilities", "an object {id: {mean, variance}}")) {
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String id = p.currentName();
                String field = "utilities." + id;
                if (!expect(p, p.nextToken(), JsonToken.START_OBJECT, field, "an object {mean, variance}")) {
                    continue;
                }
                Double mean = null;
                Double variance = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("mean")) {
                        mean = number(p, v, field + ".mean");
                    } else if (key.equals("variance")) {
                        variance = number(p, v, field + ".variance");
                    } else {
                        p.skipChildren();
                    }
                }
                if (mean == null || variance == null) {
                    problem(p, field, "expected both mean and variance as numbers");
                } else if (variance < 0) {
                    problem(p, field + ".variance", "is negative (" + variance + ")");
                } else {
                    utilities.put(id, new Value(mean, variance));
                }
            }
        }

        private void graph(JsonParser p, JsonToken value) {
            if (!expect(p, value, JsonToken.START_OBJECT, "graph_data", "an object")) {
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("edges")) {
                    edges(p, v);
                } else {
                    p.skipChildren();
                }
            }
        }

        private void edges(JsonParser p, JsonToken value) {
            if (!expect(p, value, JsonToken.START_OBJECT, "graph_data.edges", "an object of edges")) {
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = "graph_data.edges." + p.currentName();
                if (!expect(p, p.nextToken(), JsonToken.START_OBJECT, field, "an object")) {
                    continue;
                }
                String first = null;
                String second = null;
                Double probability = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (key) {
                        case "option_A" -> first = optionId(p, v, field + ".option_A");
                        case "option_B" -> second = optionId(p, v, field + ".option_B");
                        case "probability_A" -> probability = number(p, v, field + ".probability_A");
                        default -> p.skipChildren();
                    }
                }
                if (first == null || second == null || probability == null) {
                    problem(p, field, "expected option_A, option_B (each with an id) and probability_A");
                } else if (probability < 0 || probability > 1) {
                    problem(p, field + ".probability_A", "is not a probability (" + probability + ")");
                } else {
                    String pair = first.compareTo(second) < 0 ? first + "\u0000" + second : second + "\u0000" + first;
                    if (seenEdges.putIfAbsent(pair, edges.size()) != null) {
                        problem(p, field, "pairs the same two options as an earlier edge");
                    } else {
                        edges.add(new Edge(first, second, probability));
                    }
                }
            }
        }

        /** An option object's id ({@code {"id": 3, "description": …}}), or a bare id. */
        private String optionId(JsonParser p, JsonToken value, String field) {
            if (value != JsonToken.START_OBJECT) {
                return idOf(p, value, field);
            }
            String id = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("id")) {
                    id = idOf(p, v, field + ".id");
                } else {
                    p.skipChildren();
                }
            }
            return id;
        }

        private String idOf(JsonParser p, JsonToken value, String field) {
            if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING) {
                String id = p.getString().strip();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            p.skipChildren();
            problem(p, field, "expected a number or a text");
            return null;
        }

        private Double number(JsonParser p, JsonToken value, String field) {
            if ((value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT)
                    && Double.isFinite(p.getDoubleValue())) {
                return p.getDoubleValue();
            }
            String found = value.isScalarValue() ? p.getString() : value.name();
            p.skipChildren();
            problem(p, field, "expected a number, found " + found);
            return null;
        }

        private boolean expect(JsonParser p, JsonToken found, JsonToken wanted, String field, String what) {
            if (found == wanted) {
                return true;
            }
            if (found == null) {
                problem(p, field, "expected " + what + ", but the file ends");
                return false;
            }
            if (field == null) {
                throw log.fatal(ImportProblem.inFile(name, null, "expected " + what));
            }
            p.skipChildren();
            problem(p, field, "expected " + what);
            return false;
        }

        private void problem(JsonParser p, String field, String reason) {
            int line = p.currentLocation() == null
                    ? 0
                    : Math.max(0, p.currentLocation().getLineNr());
            log.add(new ImportProblem(name, line, -1, field, reason));
        }
    }
}
