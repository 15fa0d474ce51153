package org.moralbase.dataimport.text;

import org.moralbase.dataimport.ProblemLog;
import tools.jackson.databind.JsonNode;

/**
 * Typed, problem-logging access to the fields of one JSON object (or a nested object, whose field names are
 * reported with a dotted path such as {@code deep_values.preferred}). Getters return null after logging.
 */
public final class JsonFields {

    private final JsonRow row;
    private final JsonNode node;
    private final String prefix;
    private final ProblemLog log;

    JsonFields(JsonRow row, JsonNode node, String prefix, ProblemLog log) {
        this.row = row;
        this.node = node;
        this.prefix = prefix;
        this.log = log;
    }

    /** The field's full dotted name, as used in problem messages. */
    public String path(String name) {
        return prefix + name;
    }

    /** Logs a problem about a field of this object. */
    public void problem(String name, String reason) {
        log.add(row.problem(path(name), reason));
    }

    /** The raw node, or null when absent or JSON null. */
    public JsonNode raw(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A required non-blank string. */
    public String text(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(name, "must be a string, found " + kind(value));
            return null;
        }
        if (value.asString().isBlank()) {
            problem(name, "is empty");
            return null;
        }
        return value.asString();
    }

    /** A required identifier: a non-blank string or an integer, as text. */
    public String id(String name) {
        JsonNode value = raw(name);
        if (value != null && value.isIntegralNumber()) {
            return value.asString();
        }
        return text(name);
    }

    /** A required integer; a string of digits is accepted, as some exports quote numbers. */
    public Integer integer(String name) {
        Long n = whole(name, 9, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return n == null ? null : n.intValue();
    }

    /** A required integer that may exceed int (e.g. a database id); a string of digits is accepted. */
    public Long longInteger(String name) {
        return whole(name, 18, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private Long whole(String name, int digits, long min, long max) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()
                && value.canConvertToLong()
                && value.longValue() >= min
                && value.longValue() <= max) {
            return value.longValue();
        }
        if (value.isString() && value.asString().strip().matches("-?\\d{1," + digits + "}")) {
            return Long.parseLong(value.asString().strip());
        }
        problem(name, "must be an integer, found " + describe(value));
        return null;
    }

    /** A required nested object, or null after logging. */
    public JsonFields object(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(name, "must be an object, found " + kind(value));
            return null;
        }
        return new JsonFields(row, value, path(name) + ".", log);
    }

    /** A required array, or null after logging. */
    public JsonNode array(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problem(name, "must be an array, found " + kind(value));
            return null;
        }
        return value;
    }

    /** Fields of an array element that is an object, named {@code name[index]}. */
    public JsonFields element(String name, JsonNode array, int index) {
        JsonNode value = array.get(index);
        if (value == null || !value.isObject()) {
            problem(name + "[" + index + "]", "must be an object, found " + kind(value));
            return null;
        }
        return new JsonFields(row, value, path(name) + "[" + index + "].", log);
    }

    /** Scalars as text, containers as compact JSON: how extra fields become metadata. */
    public static String asText(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** Names of all fields of this object, in file order. */
    public java.util.Collection<String> names() {
        return node.propertyNames();
    }

    private JsonNode present(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            problem(name, "is missing");
        }
        return value;
    }

    private static String describe(JsonNode value) {
        String text = asText(value);
        return kind(value) + " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
