package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPaneState;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reads a sheet of a template workbook, with POI's usermodel, into a {@link TemplateSheet}. */
final class TemplateSheetReader {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private TemplateSheetReader() {
    }

    static TemplateSheet read(XSSFSheet sheet, Optional<DataFormatter> shown, int firstRulePriority) {
        var book = sheet.getWorkbook();
        SheetVisibility v = book.getSheetVisibility(book.getSheetIndex(sheet));
        TemplateSheet.Visibility visibility = v == SheetVisibility.VISIBLE ? TemplateSheet.Visibility.VISIBLE
                : v == SheetVisibility.VERY_HIDDEN ? TemplateSheet.Visibility.VERY_HIDDEN
                : TemplateSheet.Visibility.HIDDEN;
        List<SheetModel.Area> merges = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            merges.add(new SheetModel.Area(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        CTWorksheet ct = sheet.getCTWorksheet();
        List<TemplateSheet.Column> columns = new ArrayList<>();
        List<TemplateSheet.Width> widths = new ArrayList<>();
        for (var cs : ct.getColsArray()) {
            for (var col : cs.getColArray()) {
                columns.add(ofFile(() -> new TemplateSheet.Column((int) col.getMin(), (int) col.getMax(),
                        col.isSetHidden() && col.getHidden(), col.getOutlineLevel())));
                if (col.isSetWidth()) {
                    for (long c = col.getMin(); c <= col.getMax() && c <= 256; c++) {
                        long column = c;
                        widths.add(ofFile(() -> new TemplateSheet.Width((int) column - 1,
                                sheet.getColumnWidth((int) column - 1))));
                    }
                }
            }
        }
        return new TemplateSheet(sheet.getSheetName(), visibility, rows(sheet, shown), columns, widths, merges,
                sheet.getDefaultRowHeightInPoints(), sheet.isDisplayGridlines(), page(sheet),
                extras(sheet, firstRulePriority));
    }

    /**
     * A part of the sheet made from what the file says: a value its record refuses (a cell reference that is none, so
     * a column of -1; a column range backwards) is a broken file, not a fault of peg's.
     */
    private static <T> T ofFile(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new BrokenWorkbookException(e);
        }
    }

    /**
     * An attribute the format requires ({@code sqref}, {@code ref}): XMLBeans gives null when the file leaves it out,
     * which is a broken file, not a fault of peg's (it was a NullPointerException of peg's code).
     */
    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new BrokenWorkbookException(what + " missing");
        }
        return value;
    }

    /** The formula cells of the sheet, row by row. */
    static List<TemplateSheet.Cell> formulas(XSSFSheet sheet) {
        List<TemplateSheet.Cell> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    out.add(ofFile(() -> new TemplateSheet.Cell(cell.getRowIndex(), cell.getColumnIndex(),
                            cell.getCellStyle().getIndex(), TemplateSheet.Kind.FORMULA, cell.getCellFormula(), 0,
                            false, Optional.empty())));
                }
            }
        }
        return out;
    }

    private static List<TemplateSheet.Row> rows(XSSFSheet sheet, Optional<DataFormatter> shown) {
        List<TemplateSheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            XSSFRow xr = (XSSFRow) row;
            Optional<Float> height = xr.getCTRow().isSetCustomHeight() && xr.getCTRow().getCustomHeight()
                    || xr.getCTRow().isSetHt() ? Optional.of(row.getHeightInPoints()) : Optional.empty();
            List<TemplateSheet.Cell> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell(cell, shown));
            }
            rows.add(ofFile(() -> new TemplateSheet.Row(row.getRowNum(), height, xr.getZeroHeight(),
                    xr.getCTRow().getOutlineLevel(), cells)));
        }
        return rows;
    }

    private static TemplateSheet.Cell cell(Cell cell, Optional<DataFormatter> shown) {
        TemplateSheet.Kind kind;
        String text = "";
        double number = 0;
        boolean rich = false;
        switch (cell.getCellType()) {
            case STRING -> {
                kind = TemplateSheet.Kind.TEXT;
                // an empty string item (<si/>, valid: its <t> is optional) is null to POI, and to its DataFormatter
                text = java.util.Objects.requireNonNullElse(cell.getStringCellValue(), "");
                rich = ((XSSFRichTextString) cell.getRichStringCellValue()).numFormattingRuns() > 1;
            }
            case NUMERIC -> {
                kind = TemplateSheet.Kind.NUMBER;
                number = cell.getNumericCellValue();
            }
            case BOOLEAN -> {
                kind = TemplateSheet.Kind.NUMBER;
                number = cell.getBooleanCellValue() ? 1 : 0;
            }
            case FORMULA -> {
                kind = TemplateSheet.Kind.FORMULA;
                text = cell.getCellFormula();
            }
            case ERROR -> {
                kind = TemplateSheet.Kind.ERROR;
                text = FormulaError.forInt(cell.getErrorCellValue()).getString();
            }
            default -> kind = TemplateSheet.Kind.BLANK;
        }
        TemplateSheet.Kind k = kind;
        String t = text;
        double n = number;
        boolean r = rich;
        return ofFile(() -> new TemplateSheet.Cell(cell.getRowIndex(), cell.getColumnIndex(),
                cell.getCellStyle().getIndex(), k, t, n, r,
                shown.map(f -> java.util.Objects.requireNonNullElse(f.formatCellValue(cell), ""))));
    }

    private static TemplateSheet.PageSetup page(XSSFSheet sheet) {
        var ps = sheet.getPrintSetup();
        CTHeaderFooter hf = sheet.getCTWorksheet().getHeaderFooter();
        String header = hf != null && hf.isSetOddHeader() ? hf.getOddHeader() : "";
        String footer = hf != null && hf.isSetOddFooter() ? hf.getOddFooter() : "";
        return new TemplateSheet.PageSetup(ps.getPaperSize(), ps.getLandscape(), sheet.getFitToPage(),
                ps.getFitWidth(), ps.getFitHeight(), sheet.getMargin(Sheet.LeftMargin),
                sheet.getMargin(Sheet.RightMargin), sheet.getMargin(Sheet.TopMargin),
                sheet.getMargin(Sheet.BottomMargin), sheet.getMargin(Sheet.HeaderMargin),
                sheet.getMargin(Sheet.FooterMargin), sheet.isPrintGridlines(), header, footer);
    }

    private static TemplateSheet.Extras extras(XSSFSheet sheet, int firstRulePriority) {
        CTWorksheet ct = sheet.getCTWorksheet();
        TreeSet<String> comments = new TreeSet<>();
        sheet.getCellComments().keySet().forEach(address -> comments.add(address.formatAsString()));
        Optional<String> hyperlink = ct.isSetHyperlinks() && ct.getHyperlinks().sizeOfHyperlinkArray() > 0
                ? Optional.of(required(ct.getHyperlinks().getHyperlinkArray(0).getRef(), "hyperlink ref")) : Optional.empty();
        List<TemplateSheet.Ranged> validations = new ArrayList<>();
        if (ct.isSetDataValidations()) {
            for (CTDataValidation dv : ct.getDataValidations().getDataValidationArray()) {
                validations.add(new TemplateSheet.Ranged(required(dv.xgetSqref(), "dataValidation sqref").getStringValue(),
                        xml(dv, "dataValidation")));
            }
        }
        List<TemplateSheet.Ranged> formats = new ArrayList<>();
        int priority = firstRulePriority;
        for (CTConditionalFormatting cf : ct.getConditionalFormattingArray()) {
            for (var rule : cf.getCfRuleArray()) {
                rule.setPriority(priority++);
            }
            formats.add(new TemplateSheet.Ranged(required(cf.xgetSqref(), "conditionalFormatting sqref").getStringValue(),
                    xml(cf, "conditionalFormatting")));
        }
        Optional<String> tab = ct.isSetSheetPr() && ct.getSheetPr().isSetTabColor()
                ? Optional.of(xml(ct.getSheetPr().getTabColor(), "tabColor")) : Optional.empty();
        Optional<Integer> zoom = Optional.empty();
        Optional<TemplateSheet.Pane> frozen = Optional.empty();
        if (ct.isSetSheetViews() && ct.getSheetViews().sizeOfSheetViewArray() > 0) {
            var view = ct.getSheetViews().getSheetViewArray(0);
            if (view.isSetZoomScale() && view.getZoomScale() != 100) {
                zoom = Optional.of((int) view.getZoomScale());
            }
            if (view.isSetPane() && view.getPane().getState() == STPaneState.FROZEN) {
                var pane = view.getPane();
                frozen = Optional.of(ofFile(() -> new TemplateSheet.Pane((int) pane.getXSplit(), (int) pane.getYSplit())));
            }
        }
        return new TemplateSheet.Extras(comments.stream().findFirst(), ct.isSetLegacyDrawing(), drawing(sheet),
                ct.isSetAutoFilter() ? Optional.of(required(ct.getAutoFilter().getRef(), "autoFilter ref")) : Optional.empty(), hyperlink,
                ct.isSetExtLst(), validations, formats, tab, zoom, frozen);
    }

    private static Optional<TemplateSheet.Drawing> drawing(XSSFSheet sheet) {
        if (!sheet.getCTWorksheet().isSetDrawing()) {
            return Optional.empty();
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null || drawing.getShapes().isEmpty()) {
            return Optional.of(new TemplateSheet.Drawing(Optional.empty(), Optional.empty()));
        }
        XSSFShape shape = drawing.getShapes().get(0);
        TemplateSheet.Shape kind = shape instanceof XSSFPicture ? TemplateSheet.Shape.PICTURE
                : shape instanceof XSSFGraphicFrame ? TemplateSheet.Shape.CHART : TemplateSheet.Shape.OTHER;
        Optional<String> anchor = shape.getAnchor() instanceof XSSFClientAnchor a
                ? Optional.of(new CellReference(a.getRow1(), a.getCol1()).formatAsString()) : Optional.empty();
        return Optional.of(new TemplateSheet.Drawing(Optional.of(kind), anchor));
    }

    /** The element as XML of the main namespace without a prefix, as the worksheet part writes it. */
    private static String xml(XmlObject o, String element) {
        XmlOptions opts = new XmlOptions();
        opts.setSaveSyntheticDocumentElement(new QName(MAIN_NS, element));
        opts.setSaveImplicitNamespaces(Map.of("", MAIN_NS));
        opts.setSaveAggressiveNamespaces();
        return o.xmlText(opts);
    }
}
