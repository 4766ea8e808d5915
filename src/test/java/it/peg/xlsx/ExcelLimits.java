package it.peg.xlsx;

import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Excel refuses, or repairs on opening ("We found a problem with some content"), that the ECMA-376 schema
 * allows. Figures from Microsoft's "Excel specifications and limits" and the dialogs' own limits (Data Validation,
 * Name Manager, Move or Copy sheet):
 * <ul>
 * <li>sheet names: 1-31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an apostrophe, not
 * {@code History}, unique ignoring case;</li>
 * <li>defined and table names: up to 255 characters, a letter, {@code _} or {@code \} first, then letters, digits,
 * {@code _ . \}; not a cell reference ({@code A1}, {@code R1C1}, {@code R}, {@code C}); unique ignoring case in
 * their scope, table names also against every workbook-level name; formulas up to 8,192 characters;</li>
 * <li>data validation: an explicit list up to 255 characters, input title 32 and message 255, error title 32 and
 * message 225;</li>
 * <li>cell text (shared, inline or a formula's cached string) and comments up to 32,767 characters; rows up to
 * 1,048,576, columns up to 16,384 (XFD);</li>
 * <li>headers and footers up to 255 characters each;</li>
 * <li>styles: fewer than 64,000 cell formats (Excel's limit is 65,490 and some are its own), at most 512 fonts per
 * workbook, at most 200 custom number formats (200-250 depending on the language version).</li>
 * </ul>
 */
public final class ExcelLimits {
    static final int SHEET_NAME = 31;
    static final int NAME = 255;
    static final int FORMULA = 8_192;
    static final int LIST = 255;
    static final int PROMPT_TITLE = 32;
    static final int PROMPT = 255;
    static final int ERROR_TITLE = 32;
    static final int ERROR = 225;
    static final int CELL_TEXT = 32_767;
    static final int HEADER_FOOTER = 255;
    static final int ROWS = 1_048_576;
    static final int COLUMNS = 16_384;
    static final int CELL_FORMATS = 64_000;
    static final int FONTS = 512;
    static final int NUMBER_FORMATS = 200;

    private static final Pattern SHEET_FORBIDDEN = Pattern.compile("[:\\\\/?*\\[\\]]");
    private static final Pattern NAME_SYNTAX = Pattern.compile("[\\p{L}_\\\\][\\p{L}\\p{N}_.\\\\]*");
    private static final Pattern A1 = Pattern.compile("(?i)\\$?[A-Z]{1,3}\\$?[0-9]+");
    private static final Pattern R1C1 = Pattern.compile("(?i)(R[0-9]*C?[0-9]*|C[0-9]*)");
    private static final Pattern CELL_REF = Pattern.compile("([A-Z]{1,3})([0-9]+)");

    private ExcelLimits() {
    }

    /** Every limit the parts of {@code report} break, as {@code part: problem}. */
    public static List<String> check(OoxmlSchemaCheck.Report report) {
        List<String> problems = new ArrayList<>();
        Set<String> workbookNames = new HashSet<>();
        for (Map.Entry<String, XmlObject> e : report.parsed().entrySet()) {
            String part = e.getKey();
            XmlObject doc = e.getValue();
            if (doc instanceof WorkbookDocument wb) {
                workbook(part, wb, problems, workbookNames);
            } else if (doc instanceof WorksheetDocument ws) {
                worksheet(part, ws.getWorksheet(), problems);
            } else if (doc instanceof SstDocument sst) {
                int i = 0;
                for (CTRst si : sst.getSst().getSiArray()) {
                    text(part, "string " + i++, richText(si), problems);
                }
            } else if (doc instanceof StyleSheetDocument styles) {
                styles(part, styles.getStyleSheet(), problems);
            } else if (doc instanceof CommentsDocument comments && comments.getComments().getCommentList() != null) {
                for (CTComment c : comments.getComments().getCommentList().getCommentArray()) {
                    text(part, "comment " + c.getRef(), richText(c.getText()), problems);
                }
            }
        }
        // Table names share the workbook's name space: checked once every defined name is known.
        Set<String> tableNames = new HashSet<>();
        for (Map.Entry<String, XmlObject> e : report.parsed().entrySet()) {
            if (e.getValue() instanceof TableDocument t) {
                table(e.getKey(), t.getTable(), problems, workbookNames, tableNames);
            }
        }
        return problems;
    }

    private static void workbook(String part, WorkbookDocument doc, List<String> problems, Set<String> globalNames) {
        Set<String> sheets = new HashSet<>();
        for (CTSheet s : doc.getWorkbook().getSheets().getSheetArray()) {
            String name = s.getName();
            if (name.isEmpty() || name.length() > SHEET_NAME) {
                problems.add(part + ": sheet name '" + name + "' has " + name.length() + " characters (1-31)");
            }
            if (SHEET_FORBIDDEN.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
                problems.add(part + ": sheet name '" + name + "' has a character Excel refuses");
            }
            if (name.equalsIgnoreCase("History")) {
                problems.add(part + ": sheet name 'History' is reserved by Excel");
            }
            if (!sheets.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(part + ": sheet name '" + name + "' twice (ignoring case)");
            }
        }
        if (doc.getWorkbook().getDefinedNames() == null) {
            return;
        }
        Set<String> scoped = new HashSet<>();
        for (CTDefinedName n : doc.getWorkbook().getDefinedNames().getDefinedNameArray()) {
            String name = n.getName();
            String scope = n.isSetLocalSheetId() ? String.valueOf(n.getLocalSheetId()) : "";
            if (!scoped.add(scope + "!" + name.toLowerCase(Locale.ROOT))) {
                problems.add(part + ": defined name '" + name + "' twice in the same scope (ignoring case)");
            }
            if (scope.isEmpty()) {
                globalNames.add(name.toLowerCase(Locale.ROOT));
            }
            if (!name.startsWith("_xlnm.")) {
                name(part, "defined name", name, problems);
            }
            if (n.getStringValue().length() > FORMULA) {
                problems.add(part + ": defined name '" + name + "' refers to a formula of "
                        + n.getStringValue().length() + " characters (" + FORMULA + ")");
            }
        }
    }

    private static void name(String part, String what, String name, List<String> problems) {
        if (name.length() > NAME) {
            problems.add(part + ": " + what + " '" + name + "' has " + name.length() + " characters (" + NAME + ")");
        }
        if (!NAME_SYNTAX.matcher(name).matches() || A1.matcher(name).matches() || R1C1.matcher(name).matches()) {
            problems.add(part + ": " + what + " '" + name + "' is not a name Excel accepts");
        }
    }

    private static void table(String part, CTTable t, List<String> problems, Set<String> workbookNames,
                              Set<String> tableNames) {
        for (String name : List.of(t.getName(), t.getDisplayName())) {
            name(part, "table name", name, problems);
            if (workbookNames.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(part + ": table name '" + name + "' is also a defined name");
            }
        }
        if (!tableNames.add(t.getDisplayName().toLowerCase(Locale.ROOT))) {
            problems.add(part + ": table name '" + t.getDisplayName() + "' twice in the workbook");
        }
        Set<String> columns = new HashSet<>();
        for (CTTableColumn c : t.getTableColumns().getTableColumnArray()) {
            if (!columns.add(c.getName().toLowerCase(Locale.ROOT))) {
                problems.add(part + ": table '" + t.getDisplayName() + "' has the column '" + c.getName() + "' twice");
            }
        }
    }

    private static void worksheet(String part, CTWorksheet ws, List<String> problems) {
        if (ws.getDataValidations() != null) {
            for (CTDataValidation dv : ws.getDataValidations().getDataValidationArray()) {
                String where = "data validation " + dv.getSqref();
                if (dv.getType() == STDataValidationType.LIST && dv.getFormula1() != null
                        && dv.getFormula1().startsWith("\"")) {
                    int items = dv.getFormula1().length() - 2;
                    if (items > LIST) {
                        problems.add(part + ": " + where + " lists " + items + " characters (" + LIST + ")");
                    }
                }
                limit(part, where + " input title", dv.getPromptTitle(), PROMPT_TITLE, problems);
                limit(part, where + " input message", dv.getPrompt(), PROMPT, problems);
                limit(part, where + " error title", dv.getErrorTitle(), ERROR_TITLE, problems);
                limit(part, where + " error message", dv.getError(), ERROR, problems);
            }
        }
        CTHeaderFooter hf = ws.getHeaderFooter();
        if (hf != null) {
            limit(part, "odd header", hf.getOddHeader(), HEADER_FOOTER, problems);
            limit(part, "odd footer", hf.getOddFooter(), HEADER_FOOTER, problems);
            limit(part, "even header", hf.getEvenHeader(), HEADER_FOOTER, problems);
            limit(part, "even footer", hf.getEvenFooter(), HEADER_FOOTER, problems);
            limit(part, "first header", hf.getFirstHeader(), HEADER_FOOTER, problems);
            limit(part, "first footer", hf.getFirstFooter(), HEADER_FOOTER, problems);
        }
        for (CTRow row : ws.getSheetData().getRowArray()) {
            if (row.isSetR() && row.getR() > ROWS) {
                problems.add(part + ": row " + row.getR() + " beyond Excel's " + ROWS);
            }
            for (CTCell c : row.getCArray()) {
                cell(part, c, problems);
            }
        }
    }

    private static void cell(String part, CTCell c, List<String> problems) {
        String ref = c.getR() == null ? "?" : c.getR();
        var m = CELL_REF.matcher(ref);
        if (m.matches() && column(m.group(1)) > COLUMNS) {
            problems.add(part + ": cell " + ref + " beyond Excel's column XFD");
        }
        if (c.getF() != null) {
            limit(part, "formula of " + ref, c.getF().getStringValue(), FORMULA, problems);
        }
        if (c.getT() == STCellType.INLINE_STR && c.getIs() != null) {
            text(part, "cell " + ref, richText(c.getIs()), problems);
        } else if (c.getT() == STCellType.STR && c.getV() != null) {
            text(part, "cell " + ref, c.getV(), problems);
        }
    }

    private static int column(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n;
    }

    private static void styles(String part, CTStylesheet s, List<String> problems) {
        int xfs = s.getCellXfs() == null ? 0 : s.getCellXfs().sizeOfXfArray();
        if (xfs >= CELL_FORMATS) {
            problems.add(part + ": " + xfs + " cell formats (fewer than " + CELL_FORMATS + ")");
        }
        int named = s.getCellStyleXfs() == null ? 0 : s.getCellStyleXfs().sizeOfXfArray();
        if (named >= CELL_FORMATS) {
            problems.add(part + ": " + named + " cell style formats (fewer than " + CELL_FORMATS + ")");
        }
        int fonts = s.getFonts() == null ? 0 : s.getFonts().sizeOfFontArray();
        if (fonts > FONTS) {
            problems.add(part + ": " + fonts + " fonts (" + FONTS + ")");
        }
        int formats = s.getNumFmts() == null ? 0 : s.getNumFmts().sizeOfNumFmtArray();
        if (formats > NUMBER_FORMATS) {
            problems.add(part + ": " + formats + " custom number formats (" + NUMBER_FORMATS + ")");
        }
    }

    private static String richText(CTRst rst) {
        StringBuilder sb = new StringBuilder();
        if (rst.isSetT()) {
            sb.append(rst.getT());
        }
        for (CTRElt r : rst.getRArray()) {
            sb.append(r.getT());
        }
        return sb.toString();
    }

    private static void text(String part, String where, String text, List<String> problems) {
        limit(part, where, text, CELL_TEXT, problems);
    }

    private static void limit(String part, String where, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(part + ": " + where + " has " + value.length() + " characters (" + max + ")");
        }
    }
}
