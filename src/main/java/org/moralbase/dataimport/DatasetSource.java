package org.moralbase.dataimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One uploaded or on-disk file: its display name (used in every problem message) and its raw bytes, decoded
 * later as strict UTF-8.
 */
public final class DatasetSource {

    private final String name;
    private final byte[] content;

    private DatasetSource(String name, byte[] content) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        this.name = name;
        this.content = content.clone();
    }

    /** A source from bytes, e.g. a Vaadin upload. */
    public static DatasetSource of(String name, byte[] content) {
        return new DatasetSource(name, content);
    }

    /** A source from text, encoded as UTF-8 (handy in tests and for generated files). */
    public static DatasetSource ofText(String name, String text) {
        return new DatasetSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source read from disk, named by its file name. */
    public static DatasetSource read(Path path) {
        try {
            return new DatasetSource(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The display name used in problem messages. */
    public String name() {
        return name;
    }

    /** A copy of the raw bytes. */
    public byte[] content() {
        return content.clone();
    }

    /** Number of raw bytes. */
    public int size() {
        return content.length;
    }
}
