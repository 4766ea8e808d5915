package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PipedDeflationTest {

    @Test
    void everyByteArrivesInOrder() throws IOException {
        byte[] data = new byte[PipedDeflation.BUFFER_SIZE * 9 + 12345];
        new Random(7).nextBytes(data);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Random sizes = new Random(8);
        try (PipedDeflation piped = new PipedDeflation(sink)) {
            int i = 0;
            while (i < data.length) {
                if (sizes.nextInt(10) == 0) {
                    piped.write(data[i++]);
                    continue;
                }
                int n = Math.min(data.length - i, sizes.nextInt(PipedDeflation.BUFFER_SIZE * 2));
                piped.write(data, i, n);
                i += n;
            }
        }
        assertArrayEquals(data, sink.toByteArray());
    }

    @Test
    void aFailingTargetStopsTheWriterWithoutHanging() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disco pieno");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disco pieno");
            }
        };
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IOException.class, () -> {
            try (PipedDeflation piped = new PipedDeflation(broken)) {
                byte[] chunk = new byte[4096];
                for (int i = 0; i < 100_000; i++) {
                    piped.write(chunk);
                }
            }
        }));
        assertEquals("disco pieno", e.getMessage());
    }

    @Test
    void aFailingWriterStillEndsTheConsumer() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IllegalStateException.class, () -> {
            try (PipedDeflation piped = new PipedDeflation(sink)) {
                piped.write(new byte[PipedDeflation.BUFFER_SIZE * 3]);
                throw new IllegalStateException("riga fuori ordine");
            }
        }));
        assertEquals(PipedDeflation.BUFFER_SIZE * 3, sink.size());
    }

    @Test
    void closeLeavesTheTargetOpenAndIsIdempotent() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PipedDeflation piped = new PipedDeflation(sink);
        piped.write(new byte[] {1, 2, 3});
        piped.close();
        piped.close();
        assertArrayEquals(new byte[] {1, 2, 3}, sink.toByteArray());
        assertFalse(closed[0]);
    }
}
