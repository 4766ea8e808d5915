package it.peg.bench;

import it.peg.domain.Finding;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReadLimits;
import it.peg.readback.ReadProblem;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The naive full reader: opens the whole workbook with POI's {@link XSSFWorkbook} (every part parsed
 * into XMLBeans), resolves each workbook-level defined name and reads its cell. Slow and memory-hungry
 * (tens of times the streaming {@link XlsxReturnedWorkbookReader}), kept as the reference the
 * streaming reader is tested against and as the benchmark's baseline. Trusted input only: no zip-bomb
 * or time caps.
 */
public final class PoiFullReader implements ReturnedWorkbookReader {
    private final int maxMetadataRows = ReadLimits.defaults().maxMetadataRows();

    @Override
    public ReadResult read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            try (InputStream in = new java.io.ByteArrayInputStream(bytes); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                return read(wb, fileName, sha256, bytes.length);
            }
        } catch (Exception e) {
            return new ReadResult(fileName, Optional.empty(),
                    List.of(ReadProblem.LETTURA_NON_RIUSCITA.finding(fileName, e.toString())));
        }
    }

    private ReadResult read(XSSFWorkbook wb, String fileName, String sha256, long size) {
        List<Finding> findings = new ArrayList<>();
        TreeMap<String, RawCell> cells = new TreeMap<>();
        for (XSSFName n : wb.getAllNames()) {
            String key = n.getNameName().toUpperCase(Locale.ROOT);
            if (n.getSheetIndex() >= 0 || key.startsWith("_XLNM.") || cells.containsKey(key)) {
                continue;
            }
            CellReference ref;
            try {
                AreaReference area = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
                if (!area.isSingleCell()) {
                    continue;
                }
                ref = area.getFirstCell();
            } catch (RuntimeException e) {
                continue;
            }
            XSSFSheet sheet = ref.getSheetName() == null ? null : wb.getSheet(ref.getSheetName());
            if (sheet == null) {
                continue;
            }
            String a1 = new CellReference(ref.getRow(), ref.getCol()).formatAsString();
            Row row = sheet.getRow(ref.getRow());
            Cell c = row == null ? null : row.getCell(ref.getCol());
            cells.put(key, c == null ? RawCell.blank(sheet.getSheetName(), a1) : raw(sheet.getSheetName(), a1, (XSSFCell) c));
        }
        TreeMap<String, String> metadata = new TreeMap<>();
        XSSFSheet meta = wb.getSheet(MetadataSheet.SHEET);
        if (meta == null) {
            findings.add(ReadProblem.NON_SCHEDA_PEG.finding(fileName, "no sheet " + MetadataSheet.SHEET));
        } else {
            Map<String, String> rows = new LinkedHashMap<>();
            for (int r = 0; r < maxMetadataRows && r <= meta.getLastRowNum(); r++) {
                Row row = meta.getRow(r);
                if (row == null) {
                    continue;
                }
                String k = text(meta.getSheetName(), row.getCell(0)).strip();
                if (!k.isEmpty()) {
                    rows.putIfAbsent(k, text(meta.getSheetName(), row.getCell(1)).strip());
                }
            }
            metadata.putAll(rows);
        }
        boolean date1904 = wb.isDate1904();
        return new ReadResult(fileName, Optional.of(new RawWorkbook(fileName, sha256, size, metadata, cells, date1904)),
                findings);
    }

    private static String text(String sheet, Cell c) {
        if (c == null) {
            return "";
        }
        RawCell r = raw(sheet, c.getAddress().formatAsString(), (XSSFCell) c);
        return switch (r.kind()) {
            case NUMBER -> BigDecimal.valueOf(r.number().orElse(0.0)).stripTrailingZeros().toPlainString();
            case BLANK -> "";
            default -> r.text();
        };
    }

    private static RawCell raw(String sheet, String a1, XSSFCell c) {
        String format = c.getCellStyle() == null ? "General" : c.getCellStyle().getDataFormatString();
        if (format == null || format.isBlank()) {
            format = "General";
        }
        int formatIndex = c.getCellStyle() == null ? 0 : c.getCellStyle().getDataFormat();
        boolean date;
        try {
            date = DateUtil.isADateFormat(formatIndex, format);
        } catch (RuntimeException e) {
            date = false;
        }
        Optional<String> formula = c.getCellType() == CellType.FORMULA ? Optional.of(c.getCellFormula()) : Optional.empty();
        CellType t = c.getCellType();
        if (t == CellType.FORMULA) {
            t = c.getCTCell().isSetV() ? c.getCachedFormulaResultType() : CellType.BLANK;
        }
        return switch (t) {
            case NUMERIC -> new RawCell(sheet, a1, CellKind.NUMBER, "", Optional.of(c.getNumericCellValue()), format, date,
                    formula);
            case STRING -> {
                String s = c.getStringCellValue();
                yield new RawCell(sheet, a1, CellKind.TEXT, s, Optional.empty(), format, date, formula);
            }
            case BOOLEAN -> new RawCell(sheet, a1, CellKind.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE",
                    Optional.empty(), format, date, formula);
            case ERROR -> new RawCell(sheet, a1, CellKind.ERROR, c.getErrorCellString(), Optional.empty(), format, date,
                    formula);
            default -> new RawCell(sheet, a1, CellKind.BLANK, "", Optional.empty(), format, date, formula);
        };
    }
}
