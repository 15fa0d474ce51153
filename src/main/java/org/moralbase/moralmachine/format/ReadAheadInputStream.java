package org.moralbase.moralmachine.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a second thread, at most {@link #BLOCKS} blocks of {@link #BLOCK} bytes ahead of the
 * consumer: inflating a gzip file (sequential by nature) then overlaps with parsing, in bounded memory.
 * Failures of the source are rethrown to the consumer; closing stops the reading thread.
 */
final class ReadAheadInputStream extends InputStream {
    static final int BLOCK = 1 << 20;
    static final int BLOCKS = 4;
    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread reader;
    private volatile Throwable failure;
    private byte[] block = new byte[0];
    private int pos;
    private boolean ended;

    ReadAheadInputStream(InputStream source) {
        this.source = source;
        this.reader = Thread.ofPlatform().daemon().name("moralbase-read-ahead").start(this::fill);
    }

    private void fill() {
        try {
            while (true) {
                byte[] b = new byte[BLOCK];
                int n = source.readNBytes(b, 0, BLOCK);
                if (n > 0) {
                    queue.put(n == BLOCK ? b : Arrays.copyOf(b, n));
                }
                if (n < BLOCK) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            return; // closed by the consumer
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            // closed by the consumer: nobody waits for the end
        }
    }

    @Override
    public int read() throws IOException {
        if (!ensure()) {
            return -1;
        }
        return block[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!ensure()) {
            return -1;
        }
        int n = Math.min(len, block.length - pos);
        System.arraycopy(block, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Makes bytes available in {@code block}; false at the end of the source. */
    private boolean ensure() throws IOException {
        while (pos == block.length) {
            if (ended) {
                return false;
            }
            try {
                block = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading ahead");
            }
            pos = 0;
            if (block == END) {
                ended = true;
                rethrowFailure();
                return false;
            }
        }
        return true;
    }

    private void rethrowFailure() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
