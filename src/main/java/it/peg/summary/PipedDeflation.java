package it.peg.summary;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An output stream that hands what is written to {@code out} on a thread of its own, through a few fixed
 * buffers: the writer goes on producing while {@code out} (a zip entry: deflate and CRC) consumes. Bytes
 * reach {@code out} in the order written. {@link #close()} waits until all is written, leaves {@code out}
 * open, and throws what {@code out} threw; a failure of {@code out} also stops the writer at its next buffer.
 * Memory is bounded: {@value #BUFFERS} buffers of {@value #BUFFER_SIZE} bytes, whatever the amount written.
 */
final class PipedDeflation extends OutputStream {
    static final int BUFFERS = 4;
    static final int BUFFER_SIZE = 1 << 18;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    /** Full buffers in order; each is followed in {@link #lengths} by its length. */
    private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<Integer> lengths = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Thread consumer;
    private volatile Throwable failure;
    private byte[] current;
    private int pos;
    private boolean closed;
    private boolean reported;

    PipedDeflation(OutputStream out) {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_SIZE]);
        }
        current = free.remove();
        consumer = new Thread(() -> consume(out), "peg-deflate");
        consumer.setDaemon(true);
        consumer.start();
    }

    private void consume(OutputStream out) {
        try {
            while (true) {
                byte[] buf = full.take();
                int len = lengths.take();
                if (buf == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        out.write(buf, 0, len);
                    } catch (Throwable t) {
                        failure = t; // keep taking buffers, so that the writer never waits for a dead consumer
                    }
                }
                free.put(buf);
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (pos == current.length) {
            handOver();
        }
        current[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == current.length) {
                handOver();
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(b, off, current, pos, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private void handOver() throws IOException {
        rethrow();
        try {
            full.put(current);
            lengths.put(pos);
            current = free.take();
            pos = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null || reported) {
            return;
        }
        reported = true; // once: close() must not throw again what a write already threw (self-suppression)
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException(t);
    }

    /** Writes what is left, waits for the consumer to finish, and reports its failure if any. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pos > 0) {
                full.put(current);
                lengths.put(pos);
            }
            full.put(END);
            lengths.put(0);
            consumer.join();
        } catch (InterruptedException e) {
            consumer.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        }
        rethrow();
    }
}
