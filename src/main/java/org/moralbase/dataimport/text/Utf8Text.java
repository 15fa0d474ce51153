package org.moralbase.dataimport.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;

/** Decodes a source as strict UTF-8, so mojibake is rejected at the door rather than stored. */
public final class Utf8Text {

    private Utf8Text() {}

    /**
     * The text of the source without a leading UTF-8 BOM.
     *
     * @throws org.moralbase.dataimport.ImportException if the file is too large, UTF-16, or not valid UTF-8
     */
    public static String decode(DatasetSource source, ImportLimits limits, ProblemLog log) {
        byte[] bytes = source.content();
        String file = source.name();
        if (bytes.length > limits.maxBytes()) {
            throw log.fatal(ImportProblem.inFile(
                    file, null, "file has " + bytes.length + " bytes, more than the limit of " + limits.maxBytes()));
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw log.fatal(ImportProblem.inFile(file, null, "file is UTF-16; save it as UTF-8"));
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw log.fatal(ImportProblem.atLine(
                    file, lineOfByte(bytes, offset), null, "invalid UTF-8 byte sequence at byte offset " + offset));
        }
        decoder.flush(out); // UTF-8 keeps no state to flush; done for form
        return out.flip().toString();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
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
