package it.peg.xlsx;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Crc32CombineTest {
    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    @Test
    void theCombinedCrcIsTheCrcOfBothPartsOneAfterTheOther() {
        Random random = new Random(20261123L);
        for (int i = 0; i < 200; i++) {
            byte[] data = new byte[random.nextInt(5000) + 1];
            random.nextBytes(data);
            int cut = random.nextInt(data.length + 1);
            int combined = Crc32Combine.combine(crc(data, 0, cut), crc(data, cut, data.length - cut), data.length - cut);
            assertEquals(crc(data, 0, data.length), combined, "cut at " + cut + " of " + data.length);
        }
    }

    @Test
    void anEmptySecondPartLeavesTheFirstCrc() {
        assertEquals(0x12345678, Crc32Combine.combine(0x12345678, 0, 0));
        byte[] one = {42};
        assertEquals(crc(one, 0, 1), Crc32Combine.combine(0, crc(one, 0, 1), 1));
    }
}
