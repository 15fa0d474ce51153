package org.moralbase.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.zip.GZIPOutputStream;

/** Test files with a problem of encoding or size: a gzip bomb, Latin-1 and UTF-16 text. */
public final class Bytes {

    private Bytes() {}

    /** A small gzip file that unpacks to {@code unpacked} bytes of a CSV-looking header and spaces. */
    public static byte[] gzipBomb(String header, long unpacked) {
        return gzipBomb(header, unpacked, ' ');
    }

    /** A small gzip file that unpacks to {@code unpacked} bytes of a header and one byte repeated. */
    public static byte[] gzipBomb(String header, long unpacked, char filler) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(header.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) filler);
            for (long written = header.length(); written < unpacked; written += spaces.length) {
                gz.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text in Windows-1252, e.g. "Zoë" with a single byte EB. */
    public static byte[] latin1(String text) {
        return text.getBytes(Charset.forName("windows-1252"));
    }

    /** The text as UTF-16 little-endian with its byte-order mark, as Excel's "Unicode text" writes it. */
    public static byte[] utf16WithBom(String text) {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    /** The text as UTF-16 little-endian without a byte-order mark. */
    public static byte[] utf16(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    }

    /** Runs {@code body} with other configured limits, restoring the previous ones after. */
    public static void withLimits(ImportLimits limits, Runnable body) {
        ImportLimits before = ImportLimits.withDefaults();
        ImportLimits.configure(limits);
        try {
            body.run();
        } finally {
            ImportLimits.configure(before);
        }
    }
}
