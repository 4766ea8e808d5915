package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A workbook read to serve as the template of the workbooks a program writes itself: its sheets read as
 * {@link TemplateSheet}s, its defined names, and its styles table, which the program extends (locked twins of
 * styles, differential styles) and then takes whole as the styles part every written workbook shares. Read with POI's
 * usermodel, once; nothing of POI shows.
 */
public final class TemplateWorkbook implements AutoCloseable {
    private final XSSFWorkbook wb;

    private TemplateWorkbook(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /**
     * Opens an {@code .xlsx} file's bytes, its dates as the 1900 date system's numbers ({@link TemplateDates}). Throws
     * {@link IOException} or a runtime exception, with POI's message, when they are not a readable workbook.
     */
    public static TemplateWorkbook open(byte[] xlsx) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        try {
            TemplateDates.to1900System(wb);
        } catch (RuntimeException e) {
            wb.close();
            throw e;
        }
        return new TemplateWorkbook(wb);
    }

    /** A defined name: its name, the sheet it is local to (empty text: the whole workbook) and its formula. */
    public record DefinedName(String name, String sheet, String refersTo) {
        public DefinedName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(refersTo, "refersTo");
        }
    }

    /** The sheets' names, in the workbook's order. */
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (name == null) {
                // a <sheet> of workbook.xml without its required name: the file's, not a fault of peg's
                throw new BrokenWorkbookException("sheet " + (i + 1) + " has no name");
            }
            names.add(name);
        }
        return names;
    }

    public boolean hasSheet(String name) {
        return wb.getSheet(name) != null;
    }

    /**
     * A sheet read whole, its conditional formats' rule priorities numbered from {@code firstRulePriority} in order;
     * its cells' values not formatted as shown (which costs a formatter's start).
     */
    public Optional<TemplateSheet> sheet(String name, int firstRulePriority) {
        return sheet(name, Optional.empty(), firstRulePriority);
    }

    /** As {@link #sheet(String, int)}, its cells' values also as Excel shows them in {@code shownIn}. */
    public Optional<TemplateSheet> sheet(String name, Locale shownIn, int firstRulePriority) {
        return sheet(name, Optional.of(new DataFormatter(shownIn)), firstRulePriority);
    }

    private Optional<TemplateSheet> sheet(String name, Optional<DataFormatter> shown, int firstRulePriority) {
        return Optional.ofNullable(wb.getSheet(name)).map(s -> TemplateSheetReader.read(s, shown, firstRulePriority));
    }

    /** The formula cells of a sheet (none when there is no such sheet), row by row. */
    public List<TemplateSheet.Cell> formulaCells(String sheet) {
        XSSFSheet s = wb.getSheet(sheet);
        return s == null ? List.of() : TemplateSheetReader.formulas(s);
    }

    /** The workbook's defined names, in its order (a name without a formula has an empty one). */
    public List<DefinedName> names() {
        List<DefinedName> names = new ArrayList<>();
        for (XSSFName n : wb.getAllNames()) {
            int local = n.getSheetIndex();
            names.add(new DefinedName(n.getNameName(), local >= 0 ? wb.getSheetName(local) : "",
                    Objects.requireNonNullElse(n.getRefersToFormula(), "")));
        }
        return names;
    }

    /** Drops a sheet, if there is one of that name. Style indexes stay valid: the styles table is the workbook's. */
    public void removeSheet(String name) {
        int i = wb.getSheetIndex(name);
        if (i >= 0) {
            wb.removeSheetAt(i);
        }
    }

    /** A style's number format code, when it has one. */
    public Optional<String> numberFormat(int style) {
        return Optional.ofNullable(wb.getCellStyleAt(style).getDataFormatString());
    }

    /** Gives a style another number format code. */
    public void numberFormat(int style, String format) {
        wb.getCellStyleAt(style).setDataFormat(wb.createDataFormat().getFormat(format));
    }

    /** Whether a style locks its cells on a protected sheet. */
    public boolean locked(int style) {
        return wb.getCellStyleAt(style).getLocked();
    }

    /** A new style, a copy of {@code style} that locks its cells; its index. */
    public int lockedTwin(int style) {
        XSSFCellStyle twin = wb.createCellStyle();
        twin.cloneStyleFrom(wb.getCellStyleAt(style));
        twin.setLocked(true);
        return twin.getIndex();
    }

    /**
     * A new style, a copy of {@code style} that locks its cells and is filled solid with the fill colour of
     * {@code fillOf} (Excel's 25% grey when that has none); its index.
     */
    public int lockedTwinFilledAs(int style, int fillOf) {
        XSSFCellStyle grey = wb.getCellStyleAt(fillOf);
        XSSFCellStyle locked = wb.createCellStyle();
        locked.cloneStyleFrom(wb.getCellStyleAt(style));
        locked.setLocked(true);
        if (grey.getFillForegroundColorColor() != null) {
            locked.setFillForegroundColor(grey.getFillForegroundColorColor());
        } else {
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        }
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return locked.getIndex();
    }

    /**
     * New differential styles (as conditional formats use), one for each style in order, painting a cell as that
     * style does: its fill colour, solid, and its font's colour and boldness; their dxf ids. Made by POI on a scratch
     * sheet that is then dropped.
     */
    public List<Integer> differentialStylesLike(List<Integer> styles) {
        XSSFSheet scratch = wb.createSheet("peg-scratch");
        XSSFSheetConditionalFormatting cf = scratch.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule[] rules = new XSSFConditionalFormattingRule[styles.size()];
        for (int i = 0; i < rules.length; i++) {
            XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("TRUE");
            XSSFCellStyle proto = wb.getCellStyleAt(styles.get(i));
            var fill = rule.createPatternFormatting();
            if (proto.getFillForegroundXSSFColor() != null) {
                fill.setFillBackgroundColor(proto.getFillForegroundXSSFColor());
                fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            }
            var font = rule.createFontFormatting();
            if (proto.getFont().getXSSFColor() != null) {
                ArgbColours.setFontColor(font, proto.getFont().getXSSFColor());
            }
            font.setFontStyle(false, proto.getFont().getBold());
            rules[i] = rule;
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(0, 0, 0, 0)}, rules);
        List<Integer> ids = new ArrayList<>();
        for (var written : scratch.getCTWorksheet().getConditionalFormattingArray(0).getCfRuleArray()) {
            ids.add((int) written.getDxfId());
        }
        wb.removeSheetAt(wb.getSheetIndex(scratch));
        return List.copyOf(ids);
    }

    /** Arial of {@code points} as the workbook's column unit ({@link A4Pages#arialColumns}). */
    public void arialColumns(short points) {
        A4Pages.arialColumns(wb, points);
    }

    /** Every six-digit colour made opaque ARGB ({@link ArgbColours#normalise}). */
    public void normaliseColours() {
        ArgbColours.normalise(wb);
    }

    /** The styles part as the workbook would be written now. */
    public byte[] stylesPart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        String name = wb.getStylesSource().getPackagePart().getPartName().getName().substring(1);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no styles part in the template");
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
