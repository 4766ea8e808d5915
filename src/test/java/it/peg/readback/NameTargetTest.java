package it.peg.readback;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a defined name points at, and a cell's A1 reference both ways (read for every name of every file). */
class NameTargetTest {
    private static String target(String formula) {
        return NameTarget.parse(formula).map(t -> t.sheet() + "|" + t.cell().a1()).orElse("none");
    }

    @Test
    void quotedAndPlainSheetNames() {
        assertEquals("Scheda|H19", target("'Scheda'!$H$19"));
        assertEquals("Scheda 1|F12", target("='Scheda 1'!F12"));
        assertEquals("It's|F12", target("'It''s'!F12"));
        assertEquals("''x|A1", target("'''''x'!A1"));
        assertEquals("Scheda|F12", target("Scheda!$F$12:$F$12"));
        assertEquals("Scheda|XFD1048576", target(" Scheda!xfd1048576 "));
        assertEquals("none", target("''!A1"));
        assertEquals("none", target("'Scheda!A1"));
        assertEquals("none", target("'Scheda'A1"));
        assertEquals("none", target("'Scheda'!A1:B2"));
        assertEquals("none", target("Scheda!#REF!"));
        assertEquals("none", target("[1]Scheda!A1"));
        assertEquals("none", target("Scheda!XFE1"));
        assertEquals("none", target("Scheda!Éa1"));
        assertEquals("none", target("Scheda!A0"));
    }

    @Test
    void a1BothWays() {
        int[] cols = {0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 16_383};
        String[] letters = {"A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "AAB", "XFD"};
        for (int i = 0; i < cols.length; i++) {
            CellAddress a = new CellAddress(41, cols[i]);
            assertEquals(letters[i] + "42", a.a1());
            assertEquals(Optional.of(a), CellAddress.parse(a.a1()));
            assertEquals(Optional.of(a), CellAddress.parse("$" + letters[i].toLowerCase() + "$42"));
        }
        assertEquals("A1048576", new CellAddress(1_048_575, 0).a1());
    }

    /** The texts kept for the top-left cells are the ones made (asked twice: made, then kept), and so are past them. */
    @Test
    void a1OfTheKeptCellsAsMade() {
        for (int round = 0; round < 2; round++) {
            for (int row = 0; row < 300; row++) {
                for (int col = 0; col < 40; col++) {
                    String expected = new org.apache.poi.ss.util.CellReference(row, col).formatAsString();
                    assertEquals(expected, new CellAddress(row, col).a1());
                }
            }
        }
    }

    /** The remembered parse gives what parsing gives, the first time and again, and stops growing at its bound. */
    @Test
    void rememberedAsParsed() {
        java.util.Random random = new java.util.Random(29);
        String alphabet = "'!$:=AaBbFfXx019 _[](),#REF.É";
        java.util.List<String> formulas = new java.util.ArrayList<>(java.util.List.of("'Scheda'!$H$19", "='Scheda 1'!F12",
                "'It''s'!F12", "'''''x'!A1", "Scheda!$F$12:$F$12", " Scheda!xfd1048576 ", "''!A1", "'Scheda!A1",
                "'Scheda'A1", "'Scheda'!A1:B2", "Scheda!#REF!", "[1]Scheda!A1", "Scheda!XFE1", "Scheda!Éa1", ""));
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "'Scheda'!" : "Dati!");
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            formulas.add(sb.toString());
        }
        for (int round = 0; round < 2; round++) {
            for (String f : formulas) {
                assertEquals(NameTarget.parse(f), NameTarget.of(f), f);
            }
        }
        for (int i = 0; i < NameTarget.MAX_REMEMBERED + 100; i++) {
            String f = "'Scheda'!$B$" + (i + 1);
            assertEquals(NameTarget.parse(f), NameTarget.of(f), f);
        }
        org.junit.jupiter.api.Assertions.assertTrue(NameTarget.remembered() <= NameTarget.MAX_REMEMBERED);
        assertEquals(Optional.empty(), NameTarget.of("'Scheda'!$B$99999999"));
    }
}
