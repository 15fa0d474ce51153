package org.moralbase.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;

/** Opening input files: existence checks as usage errors, gzip recognised by its magic bytes. */
public final class Inputs {

    private static final int BUFFER = 1 << 16;

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

    /** The file's bytes, decompressed when it starts with the gzip magic number (whatever its name). */
    public static InputStream open(Path file) {
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@link #open} as UTF-8 text. */
    public static Reader reader(Path file) {
        return new InputStreamReader(open(file), StandardCharsets.UTF_8);
    }
}
