package org.moralbase.dataimport.text;

/** The messages and checks shared by every reader that insists on UTF-8. */
public final class Encodings {

    private Encodings() {}

    /** Why a UTF-16 file is refused. */
    public static final String UTF16 = "the file is UTF-16; save it as UTF-8";

    /** Why a byte that is not UTF-8 on {@code line} is refused. */
    public static String notUtf8(long line) {
        return "line " + line + " is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8";
    }

    /** The message for a UTF-16 file. */
    public static String utf16(String file) {
        return file + ": " + UTF16;
    }

    /** The message for a byte that is not UTF-8 on {@code line}. */
    public static String notUtf8(String file, long line) {
        return file + ": " + notUtf8(line);
    }

    /** True if the bytes start with a UTF-16 byte-order mark (FE FF or FF FE). */
    public static boolean hasUtf16Bom(byte[] bytes, int length) {
        return length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    /** True if the bytes start with the UTF-8 byte-order mark (EF BB BF), which is accepted and skipped. */
    public static boolean hasUtf8Bom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
