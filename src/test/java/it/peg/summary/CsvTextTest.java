package it.peg.summary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CsvText} writes what commons-csv's RFC 4180 printer wrote, whatever the fields hold (issue 21). */
class CsvTextTest {
    @Test
    void recordsAreWhatCommonsCsvPrints() throws IOException {
        Random random = new Random(21);
        String alphabet = "a\"\n\r, #!\t'=+-@èx\u0000\u001f$%";
        StringWriter expected = new StringWriter();
        CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180);
        StringWriter actual = new StringWriter();
        CsvText csv = new CsvText(actual);
        for (int r = 0; r < 5_000; r++) {
            List<String> record = new ArrayList<>();
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                record.add(s.toString());
                csv.field(s.toString());
            }
            printer.printRecord(record);
            csv.endRecord();
        }
        printer.flush();
        csv.flush();
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void quotingFollowsTheMinimalRules() throws IOException {
        StringWriter out = new StringWriter();
        new CsvText(out).field("").field("").field("a\"b").field(" x").field("x ").field("#x").field("$x").endRecord();
        StringWriter flushed = new StringWriter();
        CsvText csv = new CsvText(flushed);
        csv.field("").field("").field("a\"b").field(" x").field("x ").field("#x").field("$x").endRecord();
        csv.flush();
        assertEquals("\"\",,\"a\"\"b\",\" x\",\"x \",\"#x\",$x\r\n", flushed.toString());
        assertEquals("", out.toString(), "nothing is handed to the writer before a flush or a full block");
    }
}
