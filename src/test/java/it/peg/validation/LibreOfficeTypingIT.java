package it.peg.validation;

import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.InputNames;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Severity;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.testutil.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real clients writing into a scheda: LibreOffice Calc in it-IT with values TYPED at the input line
 * (dispatcher .uno:EnterString), openpyxl writing cells as another program would, and a LibreOffice
 * open-and-save round trip. Each file is then read back and validated: exactly the intended values, or
 * exactly the intended finding. The scheda is written by {@link SchedaFixture} (typed, named input cells
 * and the metadata sheet) until the generator's workbook is available here.
 */
class LibreOfficeTypingIT {
    private static final Plan PLAN = TestPlan.plan();
    private static final Verifica DEC = TestPlan.V1231;
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);

    @TempDir
    Path dir;

    private static String in(String code) {
        return InputNames.value(code, DEC);
    }

    private ValidationResult readAndValidate(Path file) {
        ReadResult read = new XlsxReturnedWorkbookReader().read(file);
        assertTrue(read.workbook().isPresent(), () -> "unreadable: " + read.findings());
        assertEquals(List.of(), read.findings().stream().filter(Finding::isError).toList());
        return new SubmissionValidator(EARLY).validate(PLAN, read.workbook().get());
    }

    private static Optional<ReportedValue> value(ValidationResult r, String code) {
        return r.submission().orElseThrow().indicator(code, DEC.date()).orElseThrow().value();
    }

    private static void assertNumber(String expected, Optional<ReportedValue> v) {
        assertTrue(v.isPresent() && v.get() instanceof NumberValue, () -> "not a number: " + v);
        assertEquals(0, new BigDecimal(expected).compareTo(((NumberValue) v.get()).value()), () -> "value " + v);
    }

    private Path script(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream s = getClass().getResourceAsStream(name)) {
            Files.copy(s, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), () -> cmd + "\n" + out);
    }

    /** A fresh profile whose locale is it-IT before soffice starts (Calc fixes its number parsing at start-up). */
    private Path italianProfile() throws IOException {
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                </oor:items>
                """);
        return profile;
    }

    @Test
    void valuesTypedInItalianCalcAreReadAsMeant() throws Exception {
        LibreOffice.require();
        Path blank = new SchedaFixture(PLAN, "S01").write(dir.resolve("blank.xlsx"));
        Path typed = dir.resolve("S01 compilata.xlsx");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", script("type_into.py").toString(), "/usr/bin/soffice",
                italianProfile().toUri().toString(), blank.toString(), typed.toString()));
        cmd.addAll(List.of(
                in("I.NUM") + "=1.200",
                in("I.GG") + "=-1.234,5",
                InputNames.cause("I.GG", DEC) + "=Ritardi dei fornitori",
                in("I.PCT") + "=75%",
                InputNames.numerator("I.RAT", DEC) + "=1.300",
                InputNames.denominator("I.RAT", DEC) + "=3",
                in("I.DATA") + "=30/09/2018",
                in("I.SINO") + "=SI",
                in("I.SCALA") + "=n.d."));
        run(cmd);

        ValidationResult r = readAndValidate(typed);
        assertNumber("1200", value(r, "I.NUM"));
        assertNumber("-1234.5", value(r, "I.GG"));
        assertNumber("0.75", value(r, "I.PCT"));
        assertEquals(Optional.of(new DateValue(TestPlan.SEP)), value(r, "I.DATA"));
        assertEquals(Optional.of(new YesNoValue(true)), value(r, "I.SINO"));
        RatioValue ratio = (RatioValue) value(r, "I.RAT").orElseThrow();
        assertEquals(0, new BigDecimal(1300).compareTo(ratio.numerator()));
        assertEquals(0, new BigDecimal(3).compareTo(ratio.denominator()));
        assertEquals(Optional.empty(), value(r, "I.SCALA"));
        assertEquals(1, r.findings().size(), r.findings()::toString);
        Finding f = r.findings().get(0);
        assertEquals(FindingCodes.NOT_A_NUMBER, f.code());
        assertEquals(Severity.ERRORE, f.severity());
        assertEquals("I.SCALA", f.subject());
        assertEquals("n.d.", f.value());
    }

    @Test
    void valuesWrittenByOpenpyxlAreReadAsMeant() throws Exception {
        Path blank = new SchedaFixture(PLAN, "S01").write(dir.resolve("blank.xlsx"));
        Path written = dir.resolve("S01 openpyxl.xlsx");
        run(List.of("/usr/bin/python3", script("set_with_openpyxl.py").toString(), blank.toString(), written.toString(),
                in("I.NUM") + "=s:1.200",
                in("I.PCT") + "=s:75%",
                in("I.DATA") + "=d:30/09/2018",
                in("I.SINO") + "=b:1",
                in("I.SCALA") + "=n:4",
                in("I.GG") + "=s:circa 10"));
        ValidationResult r = readAndValidate(written);
        assertNumber("1200", value(r, "I.NUM"));
        assertNumber("0.75", value(r, "I.PCT"));
        assertNumber("4", value(r, "I.SCALA"));
        assertEquals(Optional.of(new DateValue(TestPlan.SEP)), value(r, "I.DATA"));
        assertEquals(Optional.of(new YesNoValue(true)), value(r, "I.SINO"));
        assertEquals(List.of(FindingCodes.NOT_A_NUMBER), r.findings().stream().map(Finding::code).toList(),
                r.findings()::toString);
        assertEquals("circa 10", r.findings().get(0).value());
    }

    @Test
    void libreOfficeOpenAndSaveKeepsEveryNameReadable() throws Exception {
        LibreOffice.require();
        SchedaFixture fixture = new SchedaFixture(PLAN, "S01").set(in("I.NUM"), 1300.0).set(in("I.SINO"), "SI");
        Path original = fixture.write(dir.resolve("S01.xlsx"));
        Path saved = LibreOffice.convert(original, "xlsx:Calc MS Excel 2007 XML", dir.resolve("out"));
        RawWorkbook before = new XlsxReturnedWorkbookReader().read(original).workbook().orElseThrow();
        RawWorkbook after = new XlsxReturnedWorkbookReader().read(saved).workbook().orElseThrow();
        assertEquals(before.cells().keySet(), after.cells().keySet());
        assertEquals(before.metadata(), after.metadata());
        ValidationResult r = new SubmissionValidator(EARLY).validate(PLAN, after);
        assertEquals(List.of(), r.findings());
        assertNumber("1300", value(r, "I.NUM"));
        assertEquals(Optional.of(new YesNoValue(true)), value(r, "I.SINO"));
    }
}
