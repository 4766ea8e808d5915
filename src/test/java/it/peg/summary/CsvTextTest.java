package it.peg.summary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CsvText} writes the bytes commons-csv's RFC 4180 printer wrote through a UTF-8 writer, whatever the fields
 * hold (issue 21).
 */
class CsvTextTest {
    @Test
    void recordsAreWhatCommonsCsvPrintsAsUtf8() throws IOException {
        Random random = new Random(21);
        String alphabet = "a\"\n\r, #!\t'=+-@èx\u0000\u001f$%€’\ud83d\ude00\ud83d\ude00\ud800\udc00";
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        CsvText csv = CsvText.to(actual);
        for (int r = 0; r < 20_000; r++) {
            List<String> record = new ArrayList<>();
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(r % 100 == 0 ? 300 : 6);
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
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Test
    void repeatedFieldsCopiedFromTheRowAboveAreWhatCommonsCsvPrints() throws IOException {
        // a column's field equal to its last is copied as written: quoted or not, first of its record or not, empty,
        // long (beyond what is remembered), across the block hand-overs, in records of varying length
        Random random = new Random(27);
        String alphabet = "a\"\n, #=è€\ud83d\ude00";
        List<String> pool = new ArrayList<>(List.of("", "x", " x", "a,b", "\"q\"", "#1", "è", "2024-12-31"));
        for (int n = 0; n < 12; n++) {
            StringBuilder s = new StringBuilder();
            int length = n < 2 ? 1_000 + random.nextInt(1_500) : random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            pool.add(s.toString());
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        StringWriter actual = new StringWriter();
        CsvText csv = CsvText.to(actual);
        List<String> last = new ArrayList<>();
        for (int r = 0; r < 4_000; r++) {
            List<String> record = new ArrayList<>();
            int fields = 1 + random.nextInt(r % 7 == 0 ? 40 : 30);
            for (int f = 0; f < fields; f++) {
                String field = f < last.size() && random.nextInt(4) > 0
                        ? new String(last.get(f)) // equal, not the same object
                        : pool.get(random.nextInt(pool.size()));
                record.add(field);
                csv.field(field);
            }
            last = record;
            printer.printRecord(record);
            csv.endRecord();
        }
        printer.flush();
        csv.flush();
        assertEquals(expected.toString(StandardCharsets.UTF_8), actual.toString());
    }

    @Test
    void quotingFollowsTheMinimalRules() throws IOException {
        StringWriter out = new StringWriter();
        CsvText csv = CsvText.to(out);
        csv.field("").field("").field("a\"b").field(" x").field("x ").field("#x").field("$x").field("è’").endRecord();
        assertEquals("", out.toString(), "nothing is handed on before a flush or a full block");
        csv.flush();
        assertEquals("\"\",,\"a\"\"b\",\" x\",\"x \",\"#x\",$x,è’\r\n", out.toString());
    }
}
