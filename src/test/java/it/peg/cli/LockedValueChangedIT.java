package it.peg.cli;

import it.peg.domain.FindingCode;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office unprotects the sheet of a workbook generated with {@code --from} and changes a value of a closed
 * verifica, with an independent writer (openpyxl): {@code peg validate} reports exactly that cell, while the
 * untouched workbook validates clean.
 */
class LockedValueChangedIT {
    private static final String S1 = "S1 - Servizi sociali.xlsx";
    private static final String CODE = "[" + FindingCode.VALORE_BLOCCATO_MODIFICATO.code() + "]";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(Command command, String... args) {
        out.reset();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Main(List.of(command)).run(args, new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    @Test
    void aLockedValueChangedInAnUnprotectedSheetIsReportedAtItsCell() throws Exception {
        Path plan = GenerateFromIT.plan(dir.resolve("piano.xlsx"), "100", List.of());
        Path sent = dir.resolve("inviate");
        assertEquals(0, run(new GenerateCommand(), "generate", "--plan", plan.toString(), "--out", sent.toString(),
                "--service", "S1"), out::toString);
        GenerateFromIT.fill(sent.resolve(S1), Map.of("IN_I1_0630", 1200.0, "CAUSA_I1_0630", "ritardo nelle assunzioni",
                "IN_I2_0630_NUM", 500.0, "IN_I2_0630_DEN", 2.0));
        Path fresh = dir.resolve("nuove");
        assertEquals(0, run(new GenerateCommand(), "generate", "--plan", plan.toString(), "--out", fresh.toString(),
                "--service", "S1", "--from", sent.toString(), "--at", "30/09/2024"), out::toString);

        Path changed = dir.resolve("cambiata");
        Files.createDirectories(changed);
        String a1 = openpyxlSet(fresh.resolve(S1), changed.resolve(S1), "IN_I1_0630", "1.300");

        Command validate = new ValidateCommand(Clock.fixed(Instant.parse("2024-10-01T10:00:00Z"), ZoneOffset.UTC),
                new XlsxReturnedWorkbookReader());
        assertEquals(0, run(validate, "validate", "--plan", plan.toString(), fresh.toString()), out::toString);
        assertFalse(out.toString().contains(CODE), out::toString);
        assertFalse(out.toString().contains("ERRORE"), out::toString);

        // the common path: an office opens the untouched workbook in LibreOffice and saves it (the hidden sheet's
        // recorded texts and the locked cells go through Calc's own writer): still no ERRORE
        Path savedByCalc = dir.resolve("salvata-da-calc");
        it.peg.testutil.LibreOffice.convert(fresh.resolve(S1), "xlsx:Calc MS Excel 2007 XML", savedByCalc);
        assertEquals(0, run(validate, "validate", "--plan", plan.toString(), savedByCalc.toString()), out::toString);
        assertFalse(out.toString().contains(CODE), out::toString);

        assertEquals(1, run(validate, "validate", "--plan", plan.toString(), changed.toString()), out::toString);
        List<String> reported = out.toString().lines().filter(l -> l.contains(CODE)).toList();
        assertEquals(1, reported.size(), out::toString);
        String line = reported.get(0);
        assertTrue(line.contains("ERRORE " + CODE + " Scheda!" + a1 + " (I1)"), line);
        assertTrue(line.contains("30/06/2024, già chiusa") && line.contains("trovato: '1.300'; atteso: 1.200"), line);
        assertEquals(1, out.toString().lines().filter(l -> l.contains("ERRORE")).count(), out::toString);
    }

    /** Opens {@code in} with openpyxl, unprotects the name's sheet, types {@code text} there, saves as {@code out}. */
    private static String openpyxlSet(Path in, Path out, String name, String text) throws Exception {
        String script = String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "sheet, ref = list(wb.defined_names[sys.argv[3]].destinations)[0]",
                "ws = wb[sheet]",
                "ws.protection.sheet = False",
                "ws[ref.replace('$', '')].value = sys.argv[4]",
                "wb.save(sys.argv[2])",
                "print(ref.replace('$', ''))");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, in.toString(), out.toString(), name, text)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openpyxl timed out");
        assertEquals(0, p.exitValue(), output);
        // openpyxl may warn (on stderr, merged) about extensions it drops: the address is the last line
        List<String> lines = output.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
