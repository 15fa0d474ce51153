package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.dataimport.text.JsonFields;
import tools.jackson.databind.JsonNode;

/** The few reads MGE's shapes need beyond {@link JsonFields}: optional text, lists of strings, counts. */
final class FieldReads {

    private FieldReads() {}

    /** An optional string: null when absent; a problem (and null) when present but not a string. */
    static String optionalText(JsonFields f, String name) {
        JsonNode value = f.raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            f.problem(name, "must be a string, found " + shown(value));
            return null;
        }
        return value.asString();
    }

    /** An optional list of strings: empty when absent; a problem (and null) when it is anything else. */
    static List<String> texts(JsonFields f, String name) {
        JsonNode value = f.raw(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            f.problem(name, "must be a list of strings, found " + shown(value));
            return null;
        }
        List<String> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                f.problem(name + "[" + i + "]", "must be a string, found " + shown(value.get(i)));
                return null;
            }
            out.add(value.get(i).asString());
        }
        return out;
    }

    /** A required count: a non-negative integer. */
    static Integer count(JsonFields f, String name) {
        Integer n = f.integer(name);
        if (n != null && n < 0) {
            f.problem(name, "must not be negative, found " + n);
            return null;
        }
        return n;
    }

    private static String shown(JsonNode value) {
        String text = JsonFields.asText(value);
        text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return value.isString() ? "'" + text + "'" : text;
    }
}
