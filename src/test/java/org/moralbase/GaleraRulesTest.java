package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Galera's rules for code (docs/decisions/0031): no {@code LOCK TABLES} (Galera does not replicate table locks)
 * and no {@code GET_LOCK} (a named lock holds on one node only, so it excludes nobody on the others) in the app's
 * code or its migrations. Comments may name them; statements may not.
 */
class GaleraRulesTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bLOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(|\\bRELEASE_LOCK\\s*\\(", Pattern.CASE_INSENSITIVE);

    @Test
    void theScannerFindsWhatItLooksFor() {
        assertThat(forbiddenIn(List.of("jdbc.update(\"LOCK TABLES study WRITE\");", "SELECT get_lock('x', 10)")))
                .hasSize(2);
        assertThat(forbiddenIn(List.of("// no LOCK TABLES here", " * GET_LOCK( is node-local", "-- LOCK TABLES")))
                .isEmpty();
    }

    @Test
    void noTableLocksOrNamedLocksInTheAppOrItsMigrations() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/main"), Path.of("db-migrations"))) {
            assertThat(folder).as("run from the project's root").isDirectory();
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .forEach(f -> forbiddenIn(lines(f)).forEach(line -> found.add(f + ": " + line)));
            }
        }
        assertThat(found)
                .as("LOCK TABLES / GET_LOCK, which Galera does not make cluster-wide")
                .isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> forbiddenIn(List<String> lines) {
        return lines.stream()
                .filter(line -> !isComment(line.strip()))
                .filter(line -> FORBIDDEN.matcher(line).find())
                .toList();
    }

    private static boolean isComment(String line) {
        return line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("--");
    }
}
