package it.peg.summary;

import it.peg.plan.PreviousSummary;
import it.peg.xlsx.WorksheetCell;
import it.peg.xlsx.WorksheetCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indicatori's cells, written without their {@code r} ({@link SheetRows#implicitColumns}), read by the readers of a
 * summary exactly as the same sheet with every reference: POI's usermodel through {@code --previous}
 * ({@link PreviousSummary}) and peg's own {@link WorksheetCells}.
 */
class IndicatoriReadBackTest {
    @Test
    void lastYearsSummaryReadsTheSameWithoutTheCellsReferences(@TempDir Path dir) throws Exception {
        for (var c : Map.of("fixture", SummaryFixture.result(), "plan", SummaryWriteHarness.planOnly(14)).entrySet()) {
            byte[] written = PinnedSummaries.write(c.getValue());
            String sheet = part(written, SummaryWorkbookWriter.INDICATORI_PART);
            assertFalse(sheet.contains("<c r="), c.getKey() + ": no cell of Indicatori keeps its r");
            Path without = Files.write(dir.resolve(c.getKey() + "-without.xlsx"), written);
            Path with = Files.write(dir.resolve(c.getKey() + "-with.xlsx"), withEveryReference(written));

            PreviousSummary a = PreviousSummary.read(without);
            PreviousSummary b = PreviousSummary.read(with);
            assertEquals(List.of(), a.findings(), c.getKey());
            assertEquals(b.values(), a.values(), c.getKey());
            if (c.getKey().equals("fixture")) {
                assertFalse(a.values().isEmpty(), "the fixture reports numbers");
            }
            assertEquals(cells(with), cells(without), c.getKey());
        }
    }

    /** Every cell as (row, column, kind, text, style). */
    private static List<String> cells(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        it.peg.xlsx.WorksheetStreams.read(file, new it.peg.xlsx.WorksheetStreams.SheetVisitor() {
            @Override
            public boolean wants(String sheetName) {
                return sheetName.equals(IndicatoriSheet.NAME);
            }

            @Override
            public void read(String sheetName, WorksheetCells w) throws javax.xml.stream.XMLStreamException {
                while (w.nextRow()) {
                    Optional<WorksheetCell> cell;
                    while ((cell = w.nextCell()).isPresent()) {
                        cells.add(w.row() + "," + cell.get());
                    }
                }
            }
        });
        assertTrue(cells.size() > 22);
        return cells;
    }

    private static byte[] withEveryReference(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(SummaryWorkbookWriter.INDICATORI_PART)) {
                    data = SheetRowsTest.withReferences(new String(data, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String part(byte[] zip, String name) throws IOException {
        return new String(SummaryPinnedTest.entries(zip).get(name), StandardCharsets.UTF_8);
    }
}
