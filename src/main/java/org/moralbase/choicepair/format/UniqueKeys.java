package org.moralbase.choicepair.format;

import java.util.HashMap;
import java.util.Map;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;

/** Remembers where each item key was first seen, so a duplicate names both places. */
final class UniqueKeys {

    private final Map<String, Integer> firstLine = new HashMap<>();

    /**
     * @return true when the key is new; otherwise logs a problem at {@code file}, {@code line}, {@code field}
     */
    boolean claim(String key, String file, int line, String field, ProblemLog log) {
        Integer first = firstLine.putIfAbsent(key, line);
        if (first != null) {
            log.add(ImportProblem.atLine(
                    file, line, field, "duplicate item key '" + key + "', first at line " + first));
            return false;
        }
        return true;
    }
}
