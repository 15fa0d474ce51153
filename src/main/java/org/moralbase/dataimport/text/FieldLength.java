package org.moralbase.dataimport.text;

import java.util.Map;
import org.moralbase.dataimport.ImportLimits;
import tools.jackson.databind.JsonNode;

/**
 * The per-field length limit of the shared readers ({@link ImportLimits#maxFieldChars()}): a field longer than any
 * column can hold is refused with its line and name before anything reaches the database.
 */
final class FieldLength {

    private FieldLength() {}

    /** A string over the limit: its dotted path and its length. */
    record Found(String path, int length) {

        /** Why it is refused. */
        String reason(ImportLimits limits) {
            return tooLong(length, limits);
        }
    }

    /** Why a value is refused, e.g. "has 100000 characters, more than the limit of 16000". */
    static String tooLong(int length, ImportLimits limits) {
        return "has " + length + " characters, more than the limit of " + limits.maxFieldChars();
    }

    /** The dotted path (e.g. {@code edges[2].text}) of the first string in {@code node} over the limit, or null. */
    static Found firstTooLong(JsonNode node, String path, ImportLimits limits) {
        if (node.isString()) {
            int length = node.asString().length();
            return length > limits.maxFieldChars() ? new Found(path, length) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Found found = firstTooLong(node.get(i), path + "[" + i + "]", limits);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Found found = firstTooLong(
                        field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), limits);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
