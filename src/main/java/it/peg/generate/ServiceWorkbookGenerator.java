package it.peg.generate;

import it.peg.version.Version;
import it.peg.domain.CarriedValues;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.xlsx.Emblem;
import it.peg.xlsx.MetadataSheet;
import it.peg.xlsx.SheetModel;
import it.peg.xlsx.WorkbookPackage;

import java.io.IOException;
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
        TemplateParts parts = template.parts();
        WorkbookPackage pkg = new WorkbookPackage(parts.styles);
        Stamp stamp = new Stamp(pkg, template, plan, service, carried);
        Optional<Emblem> emblem = plan.settings().logo().flatMap(
                logo -> emblems.computeIfAbsent(logo, p -> Emblem.of(Optional.of(p))));
        // the template's sheets in its order, Fasi and Dati only when the service has phases or data; then the
        // Istruzioni and the metadata: every sheet is in place before any is written, so each knows its index
        Map<String, SheetModel> sheets = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, SheetModel> e : parts.sheets.entrySet()) {
            String name = e.getKey();
            if (name.equals(WorkbookTemplate.SHEET_PHASES) && !PhaseSheetWriter.needed(stamp)
                    || name.equals(WorkbookTemplate.SHEET_DATA) && !DataSheetWriter.needed(stamp)) {
                continue;
            }
            SheetModel sheet = e.getValue().copy(name);
            sheets.put(name, sheet);
            pkg.sheet(sheet);
        }
        SheetModel instructions = new SheetModel(stamp.label(Label.ISTR_FOGLIO));
        pkg.sheet(instructions);
        SheetModel meta = new SheetModel(MetadataSheet.SHEET);
        pkg.sheet(meta);
        for (SheetModel sheet : sheets.values()) {
            Optional<SheetModel.Area> place = EmblemPlace.take(sheet);
            fillPlaceholders(stamp, sheet);
            switch (sheet.name()) {
                case WorkbookTemplate.SHEET_MAIN -> new MainSheetWriter(stamp, sheet).write();
                case WorkbookTemplate.SHEET_PHASES -> new PhaseSheetWriter(stamp, sheet).write();
                case WorkbookTemplate.SHEET_DATA -> new DataSheetWriter(stamp, sheet).write();
                default -> {
                    // a sheet of the template's own: as the template has it, placeholders filled
                }
            }
            EmblemPlace.draw(pkg, sheet, place, emblem);
        }
        new InstructionsSheetWriter(stamp, instructions).write();
        EmblemPlace.draw(pkg, instructions, Optional.of(new SheetModel.Area(0, InstructionsSheetWriter.EMBLEM_ROWS - 1,
                0, 0)), emblem);
        stamp.validations.write(pkg.sheets());
        metadata(stamp, meta, plan, service, carried);
        for (SheetModel sheet : pkg.sheets()) {
            sheet.protect(true);
        }
        byte[] bytes = pkg.toBytes();
        // a formula over a carried value (generate --from) or of the template's own: its result computed (FormulaValues)
        return FormulaResults.allPlainlyEmpty(pkg.sheets()) ? bytes : FormulaResults.computed(bytes);
    }

    /** Writes the service's workbook into {@code outDir} (atomically) and returns its path. */
    public Path write(Plan plan, Service service, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path target = outDir.resolve(WorkbookFileNames.of(service));
        it.peg.io.AtomicFiles.write(target, generate(plan, service));
        return target;
    }

    private static void fillPlaceholders(Stamp stamp, SheetModel sheet) {
        for (SheetModel.Row row : sheet.rows().values()) {
            for (SheetModel.Cell cell : row.cells().values()) {
                if (cell.kind() == SheetModel.Kind.TEXT && cell.text().contains("{")) {
                    cell.text(stamp.fill(cell.text()));
                }
            }
        }
        sheet.print().oddHeader = stamp.fillHeader(sheet.print().oddHeader);
        sheet.print().oddFooter = stamp.fillHeader(sheet.print().oddFooter);
    }

    private void metadata(Stamp stamp, SheetModel sheet, Plan plan, Service service, CarriedValues carried) {
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
            sheet.cell(i, 0).text(rows[i][0]);
            sheet.cell(i, 1).text(rows[i][1]);
        }
        lockedValues(stamp, sheet, rows.length, carried, service.code(), seal);
        sheet.veryHidden(true);
    }

    /**
     * The locked input cells and the values they were given, after the other metadata rows (layout in
     * {@link MetadataSheet}): validation compares them with the returned workbook. Nothing when nothing is locked.
     */
    private static void lockedValues(Stamp stamp, SheetModel sheet, int firstRow, CarriedValues carried,
                                     String serviceCode, java.util.Optional<it.peg.domain.LockSeal> seal) {
        List<String[]> rows = new ArrayList<>();
        for (String name : carried.lockedNames()) {
            Optional<String> cell = stamp.cellOf(name);
            if (cell.isEmpty()) {
                continue;
            }
            rows.add(new String[] {MetadataSheet.LOCKED_PREFIX + name,
                    carried.value(name).map(MetadataSheet::lockedText).orElse(""), cell.get()});
        }
        if (rows.isEmpty()) {
            return;
        }
        sheet.cell(firstRow, 0).text(MetadataSheet.KEY_LOCKED_VALUES);
        sheet.cell(firstRow, 1).text(Integer.toString(rows.size()));
        sheet.cell(firstRow, 2).text(MetadataSheet.LOCKED_VALUES_NOTE);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 3; c++) {
                if (!rows.get(i)[c].isEmpty()) {
                    sheet.cell(firstRow + 1 + i, c).text(rows.get(i)[c]);
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
            sheet.cell(next, 0).text(MetadataSheet.SEAL_PREFIX + name);
            sheet.cell(next++, 1).text(seal.get().sealed(serviceCode, name, r[1]));
        }
        sheet.cell(next, 0).text(MetadataSheet.KEY_SEAL);
        sheet.cell(next, 1).text(seal.get().ofAll(serviceCode, values));
    }
}
