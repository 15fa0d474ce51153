package org.moralbase.dataimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads plain or gzip input alike, recognising gzip by its magic bytes (1f 8b), never by the file's name. */
public final class Gzip {

    private static final int BUFFER = 1 << 16;

    private Gzip() {}

    /** The file's bytes, decompressed when it is gzip. */
    public static InputStream open(Path file) throws IOException {
        return decompressIfGzip(Files.newInputStream(file));
    }

    /** True if the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The stream's bytes, decompressed when they start with the gzip magic bytes; buffered either way. */
    public static InputStream decompressIfGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
    }
}
