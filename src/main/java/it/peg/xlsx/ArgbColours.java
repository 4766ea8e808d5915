package it.peg.xlsx;

import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Colours as SpreadsheetML stores them. A colour's {@code rgb} attribute (fonts, fills, borders, conditional
 * formats, tab colours) is {@code ST_UnsignedIntHex}: four bytes, alpha first, as Excel writes {@code FF1F4E79}.
 * POI writes whatever bytes it is given, and three ({@code 1F4E79}) make a file the ECMA-376 schema and Microsoft's
 * Open XML validator refuse. Every colour peg writes is made here, opaque; a template restyled by a tool that wrote
 * six digits is put right when it is read ({@link #normalise(XSSFWorkbook)}).
 */
final class ArgbColours {
    private static final Pattern RGB = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final String OPAQUE = "FF";

    private ArgbColours() {
    }

    /** An opaque colour from its red, green and blue as six hex digits ({@code "1F4E79"}). */
    static XSSFColor opaque(String rgbHex) {
        if (!RGB.matcher(rgbHex).matches()) {
            throw new IllegalArgumentException("not six hex digits: " + rgbHex);
        }
        return new XSSFColor(HexFormat.of().parseHex(OPAQUE + rgbHex), null);
    }

    /**
     * Sets a conditional format's font colour with all four bytes. POI's {@code setFontColor} writes only the colour's
     * RGB ({@code getRGB}, three bytes) when the format has no colour yet, and copies the whole colour when it replaces
     * one: the second call replaces the first's three bytes.
     */
    static void setFontColor(XSSFFontFormatting format, XSSFColor colour) {
        format.setFontColor(colour);
        format.setFontColor(colour);
    }

    /**
     * Rewrites every six-digit SpreadsheetML {@code rgb} attribute of the workbook's styles and worksheets as opaque
     * ARGB; colours already of eight digits are left alone. DrawingML colours (themes, charts: {@code srgbClr val})
     * are three bytes by their own schema and are not touched.
     *
     * @return how many colours were rewritten
     */
    static int normalise(XSSFWorkbook workbook) {
        int fixed = normalise(workbook.getStylesSource().getCTStylesheet());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            fixed += normalise(sheet.getCTWorksheet());
        }
        return fixed;
    }

    /** As {@link #normalise(XSSFWorkbook)}, for one SpreadsheetML element and everything under it. */
    static int normalise(XmlObject xml) {
        int fixed = 0;
        try (XmlCursor c = xml.newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (c.isAttr() && c.getName().getLocalPart().equals("rgb") && c.getName().getNamespaceURI().isEmpty()
                        && RGB.matcher(c.getTextValue()).matches()) {
                    c.setTextValue(OPAQUE + c.getTextValue().toUpperCase(java.util.Locale.ROOT));
                    fixed++;
                }
            }
        }
        return fixed;
    }
}
