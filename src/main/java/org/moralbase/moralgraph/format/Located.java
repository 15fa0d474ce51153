package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import tools.jackson.databind.JsonNode;

/**
 * One element of a JSON array with its place (file, line, index, and the path that names its fields, e.g. {@code
 * edges[12].}), and typed getters that log a problem naming the element and field and return null.
 */
final class Located {

    private final String file;
    private final int line;
    private final int element;
    private final String prefix;
    private final JsonNode node;
    private final ProblemLog log;

    Located(String file, int line, int element, String prefix, JsonNode node, ProblemLog log) {
        this.file = file;
        this.line = line;
        this.element = element;
        this.prefix = prefix;
        this.node = node;
        this.log = log;
    }

    JsonNode node() {
        return node;
    }

    /** Logs a problem about a field of this element (null field: the element as a whole). */
    void problem(String field, String reason) {
        log.add(new ImportProblem(file, line, element, field == null ? stripDot(prefix) : prefix + field, reason));
    }

    private static String stripDot(String p) {
        return p.isEmpty() ? null : p.substring(0, p.length() - 1);
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "is missing");
            return null;
        }
        return value;
    }

    /** A required integer id (a JSON integer, or a string of digits as some exports quote ids). */
    Long id(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString() && value.asString().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asString().strip());
        }
        problem(name, "must be an integer id, found " + describe(value));
        return null;
    }

    /** A required non-negative integer count. */
    Integer count(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        problem(name, "must be a non-negative integer, found " + describe(value));
        return null;
    }

    /** A string: required (missing or blank is a problem) or optional (null when absent). */
    String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is missing");
            }
            return null;
        }
        if (!value.isString()) {
            problem(name, "must be a string, found " + describe(value));
            return null;
        }
        if (required && value.asString().isBlank()) {
            problem(name, "is empty");
            return null;
        }
        return value.asString();
    }

    /** An optional list of strings (empty when absent); null after logging a problem. */
    List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(name, "must be an array of strings, found " + describe(value));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                problem(name + "[" + i + "]", "must be a string, found " + describe(value.get(i)));
                return null;
            }
            out.add(value.get(i).asString());
        }
        return out;
    }

    /** A required nested object, as a located element whose fields are named {@code prefix.name.field}. */
    Located object(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(name, "must be an object, found " + describe(value));
            return null;
        }
        return new Located(file, line, element, prefix + name + ".", value, log);
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isContainer()) {
            return value.isArray() ? "an array" : "an object";
        }
        String text = value.asString();
        return (value.isString() ? "'" : "")
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + (value.isString() ? "'" : "");
    }
}
