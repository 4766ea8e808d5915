package it.peg.generate;

import it.peg.version.Version;
import it.peg.domain.CarriedValues;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.xlsx.DeterministicXlsx;
import it.peg.xlsx.Emblem;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Generates the service workbooks (schede) of a plan from the template: one fresh copy of the
 * template per service, stamped with the service's content, input cells, defined names and metadata.
 */
public final class ServiceWorkbookGenerator {
    private final WorkbookTemplate template;
    private final String toolVersion;
    /** The plan's emblem, read once per run (every scheda carries a copy). */
    private final Map<String, Optional<Emblem>> emblems = new ConcurrentHashMap<>();
    /** Seals the locked values when present ({@code generate --from} with the key beside the plan). */
    private final java.util.Optional<it.peg.domain.LockSeal> seal;

    public ServiceWorkbookGenerator(WorkbookTemplate template) {
        this(template, Version.current());
    }

    ServiceWorkbookGenerator(WorkbookTemplate template, String toolVersion) {
        this(template, toolVersion, java.util.Optional.empty());
    }

    private ServiceWorkbookGenerator(WorkbookTemplate template, String toolVersion,
                                     java.util.Optional<it.peg.domain.LockSeal> seal) {
        this.template = template;
        this.toolVersion = toolVersion;
        this.seal = seal;
    }

    /** This generator, sealing every locked value with {@code seal} (see {@link MetadataSheet#SEAL_PREFIX}). */
    public ServiceWorkbookGenerator sealedWith(it.peg.domain.LockSeal seal) {
        return new ServiceWorkbookGenerator(template, toolVersion, java.util.Optional.of(seal));
    }

    /** The workbook of one service, as deterministic .xlsx bytes. */
    public byte[] generate(Plan plan, Service service) {
        return generate(plan, service, CarriedValues.none());
    }

    /**
     * The workbook of one service with values carried forward from a returned workbook ({@code generate
     * --from}): each carried value is written into the input cell of the same contract name, and the input
     * cells of the locked verifiche are locked and greyed.
     */
    public byte[] generate(Plan plan, Service service, CarriedValues carried) {
        try (XSSFWorkbook wb = template.open()) {
            Stamp stamp = new Stamp(wb, template, plan, service, carried);
            SchedaPrint.columnUnit(wb);
            Optional<Emblem> emblem = plan.settings().logo().flatMap(
                    logo -> emblems.computeIfAbsent(logo, p -> Emblem.of(Optional.of(p))));
            XSSFSheet main = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            Optional<CellRangeAddress> mainEmblem = EmblemPlace.take(main);
            fillPlaceholders(stamp, main);
            new MainSheetWriter(stamp, main).write();
            EmblemPlace.draw(main, mainEmblem, emblem);
            optional(wb, stamp, WorkbookTemplate.SHEET_PHASES, PhaseSheetWriter.needed(stamp), emblem,
                    sheet -> new PhaseSheetWriter(stamp, sheet).write());
            optional(wb, stamp, WorkbookTemplate.SHEET_DATA, DataSheetWriter.needed(stamp), emblem,
                    sheet -> new DataSheetWriter(stamp, sheet).write());
            XSSFSheet instructions = wb.createSheet(stamp.label(Label.ISTR_FOGLIO));
            new InstructionsSheetWriter(stamp, instructions).write();
            EmblemPlace.draw(instructions, Optional.of(new CellRangeAddress(0, InstructionsSheetWriter.EMBLEM_ROWS - 1,
                    0, 0)), emblem);
            stamp.validations.write();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                protect(wb.getSheetAt(i));
            }
            metadata(wb, plan, service, carried);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            FormulaResults.computeAll(wb);
            wb.setForceFormulaRecalculation(true);
            return DeterministicXlsx.toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the service's workbook into {@code outDir} (atomically) and returns its path. */
    public Path write(Plan plan, Service service, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path target = outDir.resolve(WorkbookFileNames.of(service));
        it.peg.io.AtomicFiles.write(target, generate(plan, service));
        return target;
    }

    private interface SheetJob {
        void run(XSSFSheet sheet);
    }

    private static void optional(XSSFWorkbook wb, Stamp stamp, String name, boolean needed, Optional<Emblem> emblem,
                                 SheetJob job) {
        XSSFSheet sheet = wb.getSheet(name);
        if (!needed) {
            wb.removeSheetAt(wb.getSheetIndex(sheet));
            return;
        }
        Optional<CellRangeAddress> place = EmblemPlace.take(sheet);
        fillPlaceholders(stamp, sheet);
        job.run(sheet);
        EmblemPlace.draw(sheet, place, emblem);
    }

    private static void fillPlaceholders(Stamp stamp, XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("{")) {
                    cell.setCellValue(stamp.fill(cell.getStringCellValue()));
                }
            }
        }
        sheet.getHeader().setLeft(stamp.fill(sheet.getHeader().getLeft()));
        sheet.getHeader().setCenter(stamp.fill(sheet.getHeader().getCenter()));
        sheet.getHeader().setRight(stamp.fill(sheet.getHeader().getRight()));
        sheet.getFooter().setLeft(stamp.fill(sheet.getFooter().getLeft()));
        sheet.getFooter().setCenter(stamp.fill(sheet.getFooter().getCenter()));
        sheet.getFooter().setRight(stamp.fill(sheet.getFooter().getRight()));
    }

    /** Protection without password: it prevents accidental edits; column widths and row heights stay adjustable. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockObjects(true);
        sheet.lockScenarios(true);
    }

    private void metadata(XSSFWorkbook wb, Plan plan, Service service, CarriedValues carried) {
        XSSFSheet sheet = wb.createSheet(MetadataSheet.SHEET);
        String[][] rows = {
                {MetadataSheet.KEY_KIND, MetadataSheet.KIND_VALUE},
                {MetadataSheet.KEY_FORMAT, MetadataSheet.FORMAT_VALUE},
                {MetadataSheet.KEY_ENTE, plan.settings().ente()},
                {MetadataSheet.KEY_YEAR, Integer.toString(plan.settings().year())},
                {MetadataSheet.KEY_SERVICE, service.code()},
                {MetadataSheet.KEY_FINGERPRINT, PlanFingerprint.of(plan, service.code())},
                {MetadataSheet.KEY_TOOL_VERSION, toolVersion},
                {MetadataSheet.KEY_VERIFICHE, plan.settings().verifiche().stream().map(Verifica::code)
                        .collect(Collectors.joining(";"))},
                {MetadataSheet.KEY_LOCKED, String.join(";", carried.lockedVerifiche())},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        lockedValues(wb, sheet, rows.length, carried, service.code(), seal);
        protect(sheet);
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * The locked input cells and the values they were given, after the other metadata rows (layout in
     * {@link MetadataSheet}): validation compares them with the returned workbook. Nothing when nothing is locked.
     */
    private static void lockedValues(XSSFWorkbook wb, XSSFSheet sheet, int firstRow, CarriedValues carried,
                                     String serviceCode, java.util.Optional<it.peg.domain.LockSeal> seal) {
        List<String[]> rows = new ArrayList<>();
        for (String name : carried.lockedNames()) {
            XSSFName defined = wb.getName(name);
            if (defined == null) {
                continue;
            }
            CellReference ref = new CellReference(defined.getRefersToFormula());
            rows.add(new String[] {MetadataSheet.LOCKED_PREFIX + name,
                    carried.value(name).map(MetadataSheet::lockedText).orElse(""),
                    ref.getSheetName() + "!" + new CellReference(ref.getRow(), ref.getCol()).formatAsString()});
        }
        if (rows.isEmpty()) {
            return;
        }
        Row header = sheet.createRow(firstRow);
        header.createCell(0).setCellValue(MetadataSheet.KEY_LOCKED_VALUES);
        header.createCell(1).setCellValue(Integer.toString(rows.size()));
        header.createCell(2).setCellValue(MetadataSheet.LOCKED_VALUES_NOTE);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(firstRow + 1 + i);
            for (int c = 0; c < 3; c++) {
                if (!rows.get(i)[c].isEmpty()) {
                    row.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
        }
        if (seal.isEmpty()) {
            return;
        }
        // the seals, after the records: each locked value sealed with the key beside the plan, then the whole set
        int next = firstRow + 1 + rows.size();
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        for (String[] r : rows) {
            String name = r[0].substring(MetadataSheet.LOCKED_PREFIX.length());
            values.put(name, r[1]);
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(MetadataSheet.SEAL_PREFIX + name);
            row.createCell(1).setCellValue(seal.get().sealed(serviceCode, name, r[1]));
        }
        Row all = sheet.createRow(next);
        all.createCell(0).setCellValue(MetadataSheet.KEY_SEAL);
        all.createCell(1).setCellValue(seal.get().ofAll(serviceCode, values));
    }
}
