package it.peg.io;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ReusedBufferTest {
    @Test
    void oneArrayServesEveryShorterLengthAndGrowsAtLeastDoubling() {
        ReusedBuffer buffer = new ReusedBuffer();
        ByteBuffer first = buffer.of(100);
        assertEquals(0, first.position());
        assertEquals(100, first.limit());
        ByteBuffer shorter = buffer.of(40);
        assertSame(first.array(), shorter.array());
        assertEquals(40, shorter.remaining());
        ByteBuffer longer = buffer.of(150);
        assertNotSame(first.array(), longer.array());
        assertEquals(200, longer.array().length, "doubled, not just the length asked");
        assertEquals(150, longer.remaining());
        assertEquals(1000, buffer.of(1000).array().length, "the length asked, when more than double");
    }
}
