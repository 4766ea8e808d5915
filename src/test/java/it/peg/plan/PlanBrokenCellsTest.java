package it.peg.plan;

import it.peg.testutil.ZipParts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A plan whose worksheet holds a number that is none where the format wants one (a row's {@code r}, a cell's style
 * {@code s}): the file is broken, and said to be, with the way to mend it. It was reported as a fault of peg's
 * ("è un difetto del programma, non del file"), from a {@code NumberFormatException} of the streamed reader.
 */
class PlanBrokenCellsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {"xl/worksheets/sheet5.xml|<row r=\"5\"|<row r=\"5a\"",
            "xl/worksheets/sheet5.xml| s=\"3\"| s=\"x\"", "xl/styles.xml|<xf numFmtId=\"49\"|<xf numFmtId=\"x\""})
    void aBrokenNumberIsAnUnreadablePlanNotAFaultOfPeg(String part, String from, String to) throws Exception {
        Path source = Path.of(PlanBrokenCellsTest.class.getResource("date-iso-2025.xlsx").toURI());
        Path broken = dir.resolve("piano.xlsx");
        Files.write(broken, ZipParts.rewritten(Files.readAllBytes(source), part, from, to));
        PlanReadResult r = PlanReader.read(broken, true);
        assertEquals(List.of("PIANO_ILLEGGIBILE Il piano 'piano.xlsx' non è una cartella di lavoro Excel leggibile."
                        + " Aprirlo in Excel o LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)', oppure"
                        + " crearne uno nuovo con: peg init --out piano.xlsx"),
                r.findings().stream().map(f -> f.code() + " " + f.message()).toList());
    }

    @org.junit.jupiter.api.Test
    void aNumberCellHoldingNaNIsItsTextNotAFaultOfPeg() throws Exception {
        // Java reads "NaN" as a double; no worksheet holds one (Anno 2025 in Impostazioni!B3 made NaN)
        Path source = Path.of(PlanBrokenCellsTest.class.getResource("date-iso-2025.xlsx").toURI());
        Path broken = dir.resolve("piano.xlsx");
        Files.write(broken, ZipParts.rewritten(Files.readAllBytes(source), "xl/worksheets/sheet1.xml", "<v>2025</v>",
                "<v>NaN</v>"));
        for (boolean streaming : new boolean[]{true, false}) {
            PlanReadResult r = PlanReader.read(broken, streaming);
            assertEquals(List.of("ANNO_NON_VALIDO B3 NaN L'anno del piano non è valido: scrivere l'anno con quattro cifre"
                            + " (es. 2024)."), r.findings().stream().filter(f -> f.isError())
                    .map(f -> f.code() + " " + f.cell() + " " + f.value() + " " + f.message()).toList(),
                    "streaming " + streaming);
        }
    }
}
