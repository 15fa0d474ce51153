package org.moralbase.dataimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and refuses ({@link InputRefusedException}) as soon as one more than the limit
 * arrives, so an oversize body is never read, or held, whole.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String refusal;
    private long count;

    /**
     * @param in the stream to count
     * @param limit most bytes allowed
     * @param refusal the message when the limit passes
     */
    public LimitedInputStream(InputStream in, long limit, String refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    /** A stream refusing an upload of more than {@code limit} bytes, naming the file. */
    public static LimitedInputStream upload(InputStream in, String file, long limit) {
        return new LimitedInputStream(
                in,
                limit,
                file + ": the file is larger than the limit of " + ImportLimits.size(limit) + "; nothing was imported");
    }

    /** The message when the limit passes. */
    public String refusal() {
        return refusal;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws InputRefusedException {
        count += n;
        if (count > limit) {
            throw new InputRefusedException(refusal);
        }
    }
}
