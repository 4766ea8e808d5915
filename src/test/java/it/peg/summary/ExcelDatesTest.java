package it.peg.summary;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The serial numbers the summary writes without POI are POI's, to the last bit. */
class ExcelDatesTest {
    @Test
    void serialNumbersAreThoseOfPoisDateUtil() {
        Random random = new Random(20261205L);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(1900, 1, 1, 0, 0)
                    .plusSeconds((long) (random.nextDouble() * 200L * 365 * 86_400))
                    .plusNanos(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            assertEquals(Double.doubleToLongBits(DateUtil.getExcelDate(t)), Double.doubleToLongBits(ExcelDates.serial(t)),
                    t.toString());
        }
        for (LocalDateTime t : new LocalDateTime[] {LocalDateTime.of(1900, 2, 28, 23, 59), LocalDateTime.of(1900, 3, 1,
                0, 0), LocalDateTime.of(2024, 2, 29, 12, 0), LocalDateTime.of(1899, 12, 31, 0, 0)}) {
            assertEquals(DateUtil.getExcelDate(t), ExcelDates.serial(t), t.toString());
        }
    }
}
