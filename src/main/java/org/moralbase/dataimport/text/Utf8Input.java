package org.moralbase.dataimport.text;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.moralbase.dataimport.InputRefusedException;

/**
 * Passes bytes through while checking they are UTF-8, for readers that stream a file instead of decoding it whole
 * (the Moral Machine import). A leading UTF-8 BOM is skipped; a UTF-16 file (BOM or NUL bytes) and a byte that is
 * not UTF-8 are refused ({@link InputRefusedException}) with the line and what to do.
 */
public final class Utf8Input extends FilterInputStream {

    private final String file;
    private long line = 1;
    private int need; // continuation bytes still expected
    private int lo = 0x80;
    private int hi = 0xBF;

    private Utf8Input(InputStream in, String file) {
        super(in);
        this.file = file;
    }

    /** The stream checked as UTF-8, a leading BOM skipped. */
    public static InputStream open(InputStream raw, String file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        in.reset();
        if (Encodings.hasUtf16Bom(head, head.length)) {
            throw new InputRefusedException(Encodings.utf16(file));
        }
        if (Encodings.hasUtf8Bom(head, head.length)) {
            in.skipNBytes(3);
        }
        return new Utf8Input(in, file);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(b[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws InputRefusedException {
        if (need > 0) {
            throw new InputRefusedException(Encodings.notUtf8(file, line));
        }
    }

    private void check(int u) throws InputRefusedException {
        if (need > 0) {
            if (u < lo || u > hi) {
                throw new InputRefusedException(Encodings.notUtf8(file, line));
            }
            lo = 0x80;
            hi = 0xBF;
            need--;
            return;
        }
        if (u < 0x80) {
            if (u == '\n') {
                line++;
            } else if (u == 0) {
                throw new InputRefusedException(Encodings.utf16(file));
            }
            return;
        }
        if (u >= 0xC2 && u <= 0xDF) {
            need = 1;
        } else if (u >= 0xE0 && u <= 0xEF) {
            need = 2;
            lo = u == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            hi = u == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (u >= 0xF0 && u <= 0xF4) {
            need = 3;
            lo = u == 0xF0 ? 0x90 : 0x80;
            hi = u == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            throw new InputRefusedException(Encodings.notUtf8(file, line));
        }
    }
}
