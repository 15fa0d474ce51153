package org.moralbase.dataimport.text;

import org.moralbase.dataimport.ImportProblem;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object from a JSON Lines file or a JSON array, with its location.
 *
 * @param file the file name for problem messages
 * @param line 1-based line where the object starts
 * @param element 0-based index in a JSON array, or -1 for JSON Lines
 * @param node the parsed object
 */
public record JsonRow(String file, int line, int element, JsonNode node) {

    /** Checks the node is a JSON object. */
    public JsonRow {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("node must be a JSON object");
        }
    }

    /** A problem located at this object. */
    public ImportProblem problem(String field, String reason) {
        return new ImportProblem(file, line, element, field, reason);
    }

    /**
     * Typed access to this object's fields with their names prefixed in problem messages (e.g. {@code "edges[3]."} for
     * an element of a named array inside the file's object), logging problems to {@code log}.
     */
    public JsonFields fields(org.moralbase.dataimport.ProblemLog log, String prefix) {
        return new JsonFields(this, node, prefix, log);
    }

    /** Typed access to this object's fields, logging problems to {@code log}. */
    public JsonFields fields(org.moralbase.dataimport.ProblemLog log) {
        return new JsonFields(this, node, "", log);
    }
}
