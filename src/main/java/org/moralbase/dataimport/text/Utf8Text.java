package org.moralbase.dataimport.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Gzip;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.InputRefusedException;
import org.moralbase.dataimport.ProblemLog;

/**
 * Decodes a source (plain or gzip) as strict UTF-8, so mojibake is rejected at the door rather than stored. A gzip
 * file may unpack to no more than a plain file may hold.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /**
     * The text of the source without a leading UTF-8 BOM.
     *
     * @throws org.moralbase.dataimport.ImportException if the file is too large (packed or unpacked), UTF-16, or
     *     not valid UTF-8
     */
    public static String decode(DatasetSource source, ImportLimits limits, ProblemLog log) {
        String file = source.name();
        if (source.size() > limits.maxBytes()) {
            throw log.fatal(ImportProblem.inFile(
                    file,
                    null,
                    "the file has " + source.size() + " bytes, more than the limit of "
                            + ImportLimits.size(limits.maxBytes())));
        }
        byte[] bytes = unpacked(source, limits, log);
        if (Encodings.hasUtf16Bom(bytes, bytes.length) || hasNul(bytes)) {
            throw log.fatal(ImportProblem.inFile(file, null, Encodings.UTF16));
        }
        int start = Encodings.hasUtf8Bom(bytes, bytes.length) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw log.fatal(ImportProblem.inFile(file, null, Encodings.notUtf8(lineOfByte(bytes, in.position()))));
        }
        decoder.flush(out); // UTF-8 keeps no state to flush; done for form
        return out.flip().toString();
    }

    private static byte[] unpacked(DatasetSource source, ImportLimits limits, ProblemLog log) {
        try {
            return Gzip.unpack(
                    source.content(),
                    source.name(),
                    limits.withMaxInflatedBytes(Math.min(limits.maxBytes(), limits.maxInflatedBytes())));
        } catch (InputRefusedException e) {
            throw log.fatal(ImportProblem.inFile(source.name(), null, reasonOf(e, source.name())));
        } catch (IOException e) {
            throw log.fatal(
                    ImportProblem.inFile(source.name(), null, "the gzip file is damaged (" + e.getMessage() + ")"));
        }
    }

    private static String reasonOf(InputRefusedException e, String file) {
        String message = e.getMessage();
        return message.startsWith(file + ": ") ? message.substring(file.length() + 2) : message;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
