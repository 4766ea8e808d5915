package it.peg.generate;

import it.peg.testutil.ZipParts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template the IT person edited into a broken file is said to be one, in Italian, with the way out; POI's English
 * words ("org.apache.xmlbeans.XmlException: error: ...", "Invalid long value: x") went into the message. What
 * peg's own code throws while preparing a template is a fault of peg's, never "your template is unreadable".
 */
class WorkbookTemplateUnreadableTest {
    private static final String UNREADABLE = "Il modello scheda.xlsx non è un file .xlsx leggibile: aprirlo in Excel o"
            + " LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)', oppure usare il modello standard di peg"
            + " (senza --templates, e con la riga Modello del piano vuota). Per il motivo tecnico rilanciare con -v.";

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "<c r=\"A1\" t=\"s\" s=\"x\"", // POI's own exception: no number
            "<c r=\"\" t=\"s\" s=\"2\""}) // a cell of column -1, which peg's record refused as a fault of peg's
    void aBrokenTemplateIsSaidToBeOneInItalian(String cell) throws Exception {
        byte[] shipped = Files.readAllBytes(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));
        byte[] broken = ZipParts.rewritten(shipped, "xl/worksheets/sheet1.xml", "<c r=\"A1\" t=\"s\" s=\"2\"", cell);
        TemplateException e = assertThrows(TemplateException.class, () -> WorkbookTemplate.parse("scheda.xlsx", broken));
        assertEquals(UNREADABLE, e.getMessage());
    }

    /**
     * A required attribute left out (XMLBeans gives null) or a frozen pane of a negative count: a broken template,
     * said as such. Each was a fault of peg's (exit 4) once peg's own frames were told apart from POI's.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "<printOptions|<dataValidations count=\"1\"><dataValidation type=\"whole\"><formula1>1</formula1></dataValidation></dataValidations><printOptions",
            "<printOptions|<conditionalFormatting><cfRule type=\"expression\" priority=\"1\"><formula>TRUE</formula></cfRule></conditionalFormatting><printOptions",
            "<printOptions|<hyperlinks><hyperlink display=\"x\" location=\"Fasi!A1\"/></hyperlinks><printOptions",
            "</sheetData>|</sheetData><autoFilter/>",
            "showGridLines=\"false\"/>|showGridLines=\"false\"><pane xSplit=\"-1\" ySplit=\"2\" topLeftCell=\"A3\" state=\"frozen\"/></sheetView>"})
    void aTemplateMissingWhatTheFormatRequiresIsSaidToBeBroken(String from, String to) throws Exception {
        byte[] shipped = Files.readAllBytes(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));
        byte[] broken = ZipParts.rewritten(shipped, "xl/worksheets/sheet1.xml", from, to);
        TemplateException e = assertThrows(TemplateException.class, () -> WorkbookTemplate.parse("scheda.xlsx", broken));
        assertEquals(UNREADABLE, e.getMessage());
    }

    @Test
    void aSheetWithoutItsNameIsABrokenTemplate() throws Exception {
        // workbook.xml's <sheet> requires its name: POI gives null, and peg's Set lookup threw (exit 4)
        byte[] shipped = Files.readAllBytes(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));
        byte[] broken = ZipParts.rewritten(shipped, "xl/workbook.xml", " name=\"Etichette\"", "");
        TemplateException e = assertThrows(TemplateException.class, () -> WorkbookTemplate.parse("scheda.xlsx", broken));
        assertEquals(UNREADABLE, e.getMessage());
    }

    @Test
    void anEmptySharedStringItemIsAnEmptyText() throws Exception {
        // <si></si> is valid (its <t> is optional) and POI reads it as null: the template record refused it (exit 4)
        byte[] shipped = Files.readAllBytes(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));
        byte[] edited = ZipParts.rewritten(shipped, "xl/sharedStrings.xml", "<si><t>Dove scrivere</t></si>", "<si></si>");
        assertEquals("Dove scrivere", WorkbookTemplate.parse("scheda.xlsx", edited).label(Label.ISTR_DOVE),
                "an empty label is the default one");
    }

    @Test
    void whatPegsOwnCodeThrowsIsPegsFault() {
        assertTrue(it.peg.xlsx.FaultOrigin.isPegs(thrownAt("java.util.ArrayList", "it.peg.generate.LayoutSheet")),
                "a JDK method called by peg's code");
        assertFalse(it.peg.xlsx.FaultOrigin.isPegs(thrownAt("java.lang.Long", "org.apache.xmlbeans.impl.values.XmlObjectBase",
                "it.peg.xlsx.TemplateWorkbook")), "POI parsing the file");
        assertFalse(it.peg.xlsx.FaultOrigin.isPegs(thrownAt("java.io.InputStream")), "no frame of anyone's");
    }

    /**
     * An exception the JVM threw without a stack trace (as it does for one thrown often, a NullPointerException of
     * peg's code included) was called the template's fault ("non è un file .xlsx leggibile"): nothing says it is. A
     * parser's exception among the causes is the file's, whoever wrapped it.
     */
    @Test
    void anExceptionWithoutStackIsNeverTheFiles() {
        NullPointerException noStack = new NullPointerException();
        noStack.setStackTrace(new StackTraceElement[0]);
        assertTrue(it.peg.xlsx.FaultOrigin.isPegs(noStack), "no stack trace: nothing says it is the file's");
        IllegalStateException wrapped = new IllegalStateException(new org.apache.xmlbeans.XmlException("x"));
        wrapped.setStackTrace(thrownAt("it.peg.xlsx.TemplateWorkbook").getStackTrace());
        assertFalse(it.peg.xlsx.FaultOrigin.isPegs(wrapped), "a parser's exception among the causes");
    }

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException e = new IllegalStateException("x");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "m", null, 1);
        }
        e.setStackTrace(frames);
        return e;
    }
}
