package it.peg.merge;

import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.plan.PlanReader;
import it.peg.summary.ValutazioneWorkbookWriter;
import it.peg.xlsx.KeyedEntries;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * merge writes the Schede per la valutazione that consolidate writes for the same files (SPEC §6): over real
 * generated and filled workbooks of the demo plan, a first night and a night where one office re-sends its scheda
 * with other values each leave {@code schede-valutazione.xlsx} and the verifica's copy byte-identical to what
 * {@code peg consolidate} writes beside its summary from the inbox as it is then, each replacement with its OUTPUT line.
 * A night after the first copies every unchanged service's sheet from the last night's file (the writer's own
 * account is checked, since the same bytes are no proof that anything was copied) and still writes consolidate's
 * bytes, from-scratch renders: with a re-sent scheda, a changed plan, another verifica, and an earlier file altered
 * since (nothing is copied from it).
 */
class MergeValutazioneIT {
    @TempDir
    Path tmp;

    /** The Schede consolidate writes beside its summary for the inbox as it is now. */
    private byte[] consolidated(Path plan, Path inbox, Verifica v, String name) throws IOException {
        Path out = tmp.resolve(name);
        Files.createDirectories(out);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int exit = new Main(Commands.all()).run(new String[] {"consolidate", "--plan", plan.toString(), "--in",
                inbox.toString(), "--at", v.date().toString(), "--out", out.resolve("riepilogo.xlsx").toString(),
                "--csv", out.resolve("riepilogo.csv").toString()}, new Console(ps, ps, Console.Verbosity.NORMAL, false));
        assertTrue(exit == 0 || exit == 1, buf.toString(StandardCharsets.UTF_8));
        return Files.readAllBytes(out.resolve(ValutazioneWorkbookWriter.FILE_NAME));
    }

    /** What the Schede's writer says it copied while {@code night} runs. */
    private static List<String> copiedLines(DemoNights.Night night) throws IOException {
        return DemoNights.logged(night, KeyedEntries.class);
    }

    private static long formsOutputLines(Path work, String file) throws IOException {
        return Ledger.read(work).of("OUTPUT").stream().filter(e -> file.equals(e.field("file").orElse(""))).count();
    }

    private record Cycle(Path planFile, Plan plan, Verifica verifica, Path inbox, Path work, MergeRequest request) {
        Path forms() {
            return work.resolve(MergeJob.FORMS);
        }
    }

    /** Every service's scheda generated, filled and merged in a first night. */
    private Cycle firstNight() throws IOException {
        Path planFile = DemoNights.plan(tmp);
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = DemoNights.fillEvery(plan, v, tmp.resolve("consegne"));
        Path work = tmp.resolve("lavoro");
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        assertEquals(List.of(), copiedLines(() -> DemoNights.night(request, 0)), "nothing to copy from");
        return new Cycle(planFile, plan, v, inbox, work, request);
    }

    private String copiedAll(Cycle c, int copied) {
        return copied + " of " + c.plan().services().size() + " sheets copied from " + c.forms();
    }

    @Test
    void mergeWritesTheSchedeConsolidateWritesForTheSameFiles() throws Exception {
        Cycle c = firstNight();
        Plan plan = c.plan();
        Verifica v = c.verifica();
        Path planFile = c.planFile();
        Path inbox = c.inbox();
        Path work = c.work();
        MergeRequest request = c.request();
        Path forms = c.forms();
        Path copy = work.resolve(VerificaSummaries.formsOf(v.date()));
        assertEquals("schede-valutazione-" + String.format("%02d%02d", v.date().getMonthValue(),
                v.date().getDayOfMonth()) + ".xlsx", copy.getFileName().toString());
        byte[] first = consolidated(planFile, inbox, v, "consolidate-1");
        assertArrayEquals(first, Files.readAllBytes(forms), "the same Schede as consolidate's");
        assertArrayEquals(first, Files.readAllBytes(copy), "the verifica's copy");
        assertEquals(1, formsOutputLines(work, MergeJob.FORMS));
        assertEquals(1, formsOutputLines(work, copy.getFileName().toString()));

        DemoNights.fill(plan, v, inbox, 2, 99L); // the third office re-sends its scheda with other values
        MergeReport[] second = new MergeReport[1];
        assertEquals(List.of(copiedAll(c, plan.services().size() - 1)),
                copiedLines(() -> second[0] = DemoNights.night(request, 1)), "every sheet but the third service's copied");
        assertEquals(1, second[0].read());
        byte[] again = consolidated(planFile, inbox, v, "consolidate-2");
        assertFalse(java.util.Arrays.equals(first, again), "the re-sent scheda changes its form");
        assertArrayEquals(again, Files.readAllBytes(forms));
        assertArrayEquals(again, Files.readAllBytes(copy));
        assertEquals(2, formsOutputLines(work, MergeJob.FORMS));
        assertEquals(2, formsOutputLines(work, copy.getFileName().toString()));
    }

    /** The plan names another responsabile for one service: that service's sheet alone is rendered again. */
    @Test
    void aPlanChangeRendersTheSheetsItShows() throws Exception {
        Cycle c = firstNight();
        Service changed = c.plan().services().get(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(c.planFile()))) {
            Sheet services = wb.getSheet("Servizi");
            int column = -1;
            for (Cell cell : services.getRow(0)) {
                column = cell.getStringCellValue().equals("Responsabile") ? cell.getColumnIndex() : column;
            }
            for (Row row : services) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(changed.code())) {
                    // a new cell: POI writes a value beside an inline string's text, which readers keep
                    row.removeCell(row.getCell(column));
                    row.createCell(column).setCellValue("NERI CARLA");
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(c.planFile())) {
                wb.write(out);
            }
        }
        byte[] expected = consolidated(c.planFile(), c.inbox(), c.verifica(), "consolidate-plan");
        assertTrue(new String(sheetOf(expected, 2), StandardCharsets.UTF_8).contains("NERI CARLA"),
                new String(sheetOf(expected, 2), StandardCharsets.UTF_8));
        assertEquals(List.of(copiedAll(c, c.plan().services().size() - 1)), copiedLines(() -> DemoNights.night(c.request(), 1)));
        assertArrayEquals(expected, Files.readAllBytes(c.forms()));
    }

    /** Another verifica is printed on every sheet: nothing is copied, and the file is consolidate's for it. */
    @Test
    void anotherVerificaRendersEverySheet() throws Exception {
        Cycle c = firstNight();
        Verifica other = c.plan().settings().verifiche().get(2);
        MergeRequest request = new MergeRequest(c.planFile(), c.inbox(), c.work(), Optional.of(other.date()));
        assertEquals(List.of(copiedAll(c, 0)), copiedLines(() -> DemoNights.night(request, 1)));
        assertArrayEquals(consolidated(c.planFile(), c.inbox(), other, "consolidate-other"), Files.readAllBytes(c.forms()));
        // and back: the last night's file is of the other verifica, so again nothing is copied
        assertEquals(List.of(copiedAll(c, 0)), copiedLines(() -> DemoNights.night(c.request(), 2)));
        assertArrayEquals(consolidated(c.planFile(), c.inbox(), c.verifica(), "consolidate-back"),
                Files.readAllBytes(c.forms()));
    }

    /**
     * Someone altered the last night's file in place (one byte of a sheet's deflate data, its length kept), or
     * replaced it with a shorter one: nothing is copied from it, and the night writes consolidate's bytes.
     */
    @Test
    void anEarlierFileAlteredSinceIsNotCopiedFrom() throws Exception {
        Cycle c = firstNight();
        byte[] first = Files.readAllBytes(c.forms());
        byte[] altered = first.clone();
        altered[first.length / 2] ^= 0x10;
        Files.write(c.forms(), altered);
        DemoNights.fill(c.plan(), c.verifica(), c.inbox(), 2, 99L);
        assertEquals(List.of(c.forms() + " is not the file the last night wrote: every sheet is rendered"),
                copiedLines(() -> DemoNights.night(c.request(), 1)));
        byte[] expected = consolidated(c.planFile(), c.inbox(), c.verifica(), "consolidate-altered");
        assertArrayEquals(expected, Files.readAllBytes(c.forms()));

        Files.write(c.forms(), java.util.Arrays.copyOf(expected, expected.length - 1));
        DemoNights.fill(c.plan(), c.verifica(), c.inbox(), 3, 98L);
        assertEquals(List.of(c.forms() + " is not the file the last night wrote: every sheet is rendered"),
                copiedLines(() -> DemoNights.night(c.request(), 2)));
        assertArrayEquals(consolidated(c.planFile(), c.inbox(), c.verifica(), "consolidate-shorter"),
                Files.readAllBytes(c.forms()));
    }

    private static byte[] sheetOf(byte[] xlsx, int sheet) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile z = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setByteArray(xlsx).get(); InputStream in = z.getInputStream(z.getEntry(
                "xl/worksheets/sheet" + sheet + ".xml"))) {
            return in.readAllBytes();
        }
    }
}
