package org.moralbase.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every grid a page makes goes through {@link Grids#readable} (issue #12: names cut off in tables). */
class GridsTest {

    private static final Pattern NEW_GRID = Pattern.compile("new Grid<");
    private static final Pattern READABLE = Pattern.compile("Grids\\.(readable|oneLinePerRow)\\(");

    @Test
    void everyGridOfThePagesWrapsItsCells() throws IOException {
        List<String> missing = new ArrayList<>();
        int grids = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                int made = count(NEW_GRID, source);
                grids += made;
                if (made > count(READABLE, source)) {
                    missing.add(file.toString());
                }
            }
        }
        assertThat(grids).as("grids found").isGreaterThan(15);
        assertThat(missing).as("files that make a grid without Grids.readable").isEmpty();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
