package it.peg.merge;

import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.merge.cache.AssessmentCache;
import it.peg.plan.PlanReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real nights over the demo plan where the plan is edited between nights so that a service's part of it keeps its
 * fingerprint ({@link PlanFingerprint}: its canonical text is {@code name=value;} per field, not length-prefixed)
 * while what the summary and the Schede print of it changes. Merge keys the service's rows and Scheda by its inputs
 * ({@code summary.ServiceInputKeys}), the fingerprint among them: tonight's outputs must still be a full render's.
 */
class InputKeysAdversarialIT {
    @TempDir
    Path tmp;

    /** The first service's Dirigente and Responsabile in the plan file (a Responsabile column added if missing). */
    private static void setPeople(Path plan, String manager, String responsible) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(plan)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet s = wb.getSheet(PlanReader.SERVICES);
            it.peg.domain.Service first = PlanReader.read(plan).plan().orElseThrow().services().get(0);
            Row header = null;
            Row row = null;
            for (Row r : s) {
                if (header == null && column(r, "Codice") >= 0 && column(r, "Servizio") >= 0) {
                    header = r;
                } else if (header != null && row == null && column(r, first.code()) >= 0) {
                    row = r;
                }
            }
            if (header == null || row == null) {
                throw new IllegalStateException("no header or no first service in Servizi");
            }
            int dirigente = column(row, first.manager());
            int responsabile = column(header, "Responsabile");
            if (responsabile < 0) {
                responsabile = header.getLastCellNum();
                header.createCell(responsabile).setCellValue("Responsabile");
            }
            cell(row, dirigente).setCellValue(manager);
            cell(row, responsabile).setCellValue(responsible);
            try (OutputStream out = Files.newOutputStream(plan)) {
                wb.write(out);
            }
        }
    }

    /** A new cell: POI sets an inline string cell's value as {@code <v>} beside its old {@code <is>}, which is read. */
    private static Cell cell(Row r, int c) {
        Cell cell = r.getCell(c);
        if (cell != null) {
            r.removeCell(cell);
        }
        return r.createCell(c);
    }

    private static int column(Row r, String header) {
        for (Cell c : r) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue().strip().equals(header)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    @Test
    void aPlanEditKeepingAServicesFingerprintIsShownTheNextNight() throws Exception {
        Path planFile = DemoNights.plan(tmp);
        setPeople(planFile, "Rossi;responsible=Bianchi", "");
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = DemoNights.fillEvery(plan, v, tmp.resolve("consegne"));
        Path work = tmp.resolve("lavoro");
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        DemoNights.night(request, 0);

        setPeople(planFile, "Rossi", "Bianchi;responsible=");
        Plan edited = PlanReader.read(planFile).plan().orElseThrow();
        String code = plan.services().get(0).code();
        assertEquals(PlanFingerprint.of(plan, code), PlanFingerprint.of(edited, code), "the hole this test shows");
        assertEquals("Rossi", edited.services().get(0).manager());
        DemoNights.night(request, 1);

        List<Path> outputs = List.of(work.resolve(MergeJob.SUMMARY), work.resolve(MergeJob.CSV),
                work.resolve(MergeJob.FORMS));
        List<byte[]> copied = new ArrayList<>();
        for (Path p : outputs) {
            copied.add(Files.readAllBytes(p));
        }
        Files.delete(work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME));
        DemoNights.night(request, 2); // nothing to copy from: a full render of the same inputs
        List<org.junit.jupiter.api.function.Executable> same = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            byte[] full = Files.readAllBytes(outputs.get(i));
            byte[] night = copied.get(i);
            String name = outputs.get(i).getFileName().toString();
            same.add(() -> assertArrayEquals(full, night, name + ": the night that copied is not the full render"));
        }
        org.junit.jupiter.api.Assertions.assertAll(same);
    }
}
