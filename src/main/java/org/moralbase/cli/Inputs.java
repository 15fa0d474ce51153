package org.moralbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moralbase.dataimport.Gzip;
import picocli.CommandLine;

/** Opening input files: existence checks as usage errors, gzip recognised by its magic bytes. */
public final class Inputs {

    private Inputs() {}

    /**
     * Checks that the file of an option exists and is readable.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the option and the file otherwise
     */
    public static Path requireReadable(CommandLine cli, String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(cli, option + ": no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(cli, option + ": cannot read " + file);
        }
        return file;
    }

    /** The file's bytes, decompressed when it is gzip (whatever its name). */
    public static InputStream open(Path file) {
        try {
            return Gzip.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@link #open} as strict UTF-8 text (a UTF-8 BOM skipped): reading a UTF-16 or Latin-1 file fails with a message
     * naming the file, the line and the encoding problem.
     */
    public static Reader reader(Path file) {
        try {
            return new InputStreamReader(
                    org.moralbase.dataimport.text.Utf8Input.open(
                            open(file), file.getFileName().toString()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
