package org.moralbase.moralmachine.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens plain or gzip input, recognising gzip by its magic bytes (1f 8b), not by the file name. */
final class Inputs {
    private static final int BUFFER = 1 << 16;

    private Inputs() {}

    static InputStream open(Path file) throws IOException {
        return decompressIfGzip(Files.newInputStream(file));
    }

    /** True if the file starts with the gzip magic bytes. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    static InputStream decompressIfGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
    }
}
