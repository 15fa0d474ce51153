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
        return decompressIfGzip(raw, null, Long.MAX_VALUE);
    }

    /**
     * The stream's bytes, decompressed when they start with the gzip magic bytes, refusing ({@link
     * InputRefusedException}) once more than {@code maxInflated} bytes have been unpacked: a small file that unpacks
     * to gigabytes (a gzip bomb) is stopped at the limit, never held.
     */
    public static InputStream decompressIfGzip(InputStream raw, String file, long maxInflated) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 != 0x1f || b2 != 0x8b) {
            return in;
        }
        InputStream inflated = new GZIPInputStream(in, BUFFER);
        if (maxInflated < Long.MAX_VALUE) {
            inflated = new LimitedInputStream(
                    inflated,
                    maxInflated,
                    file + ": the gzip file unpacks to more than the limit of " + ImportLimits.size(maxInflated)
                            + "; nothing was imported");
        }
        return new BufferedInputStream(inflated, BUFFER);
    }

    /**
     * The bytes, unpacked within {@code limits} when they are gzip, as they are otherwise.
     *
     * @throws InputRefusedException if they unpack to more than {@link ImportLimits#maxInflatedBytes()}
     */
    public static byte[] unpack(byte[] bytes, String file, ImportLimits limits) throws IOException {
        if (bytes.length < 2 || bytes[0] != (byte) 0x1f || bytes[1] != (byte) 0x8b) {
            return bytes;
        }
        try (InputStream in =
                decompressIfGzip(new java.io.ByteArrayInputStream(bytes), file, limits.maxInflatedBytes())) {
            return in.readAllBytes();
        }
    }
}
