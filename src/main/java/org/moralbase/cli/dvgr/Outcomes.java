package org.moralbase.cli.dvgr;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code generalized_deep_value}: true/false in any case, 1/0, or a JSON boolean or 0/1 number.
 * Anything else (missing, empty, "NA", other text) is unparseable and yields null: dropped, not scored.
 */
final class Outcomes {

    private Outcomes() {}

    static Boolean parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "1.0" -> Boolean.TRUE;
            case "false", "0", "0.0" -> Boolean.FALSE;
            default -> null;
        };
    }

    static Boolean parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber() || node.isString()) {
            return parse(node.asString());
        }
        return null;
    }
}
