package it.peg.cli;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 19: the plan's {@code Modello} picks the scheda template; {@code --templates} wins; a bad one stops generate. */
class GenerateModelloTest {
    @TempDir
    Path dir;

    /** Trezzo's plan with a {@code Modello} row added to its Impostazioni. */
    private Path plan(String modello) throws IOException {
        Path file = dir.resolve("piano.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/plans/trezzo-2022.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Impostazioni");
            XSSFRow row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(0).setCellValue("Modello");
            row.createCell(1).setCellValue(modello);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void theModelloOfThePlanPicksTheTemplate() throws IOException {
        CliRun run = CliRun.run("generate", "--plan", plan("trezzo").toString(), "--out", dir.resolve("schede").toString());
        assertEquals(0, run.exit, run::toString);
        assertEquals("1 scheda generata in " + dir.resolve("schede") + " (modello: classpath:/workbook-templates/trezzo/"
                + "scheda.xlsx).", run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void templatesOnTheCommandLineWinOverModello() throws IOException {
        CliRun run = CliRun.run("generate", "--plan", plan("trezzo").toString(), "--out", dir.resolve("schede").toString(),
                "--templates", "workbook-templates");
        assertEquals(0, run.exit, run::toString);
        assertEquals("1 scheda generata in " + dir.resolve("schede") + " (modello: workbook-templates/scheda.xlsx).",
                run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void anUnknownModelloStopsGenerateAndWritesNothing() throws IOException {
        CliRun run = CliRun.run("generate", "--plan", plan("Trezo").toString(), "--out", dir.resolve("schede").toString());
        assertEquals(2, run.exit, run::toString);
        assertEquals(List.of("Il modello 'Trezo' indicato nel piano (foglio Impostazioni, riga Modello) non esiste."
                + " Scrivere il nome di un modello di peg (firenze, serravalle, trezzo), oppure una cartella che contiene"
                + " scheda.xlsx o il file .xlsx del modello, con il percorso a partire dalla cartella del piano; lasciare"
                + " vuoto per il modello standard."), run.errLines().stream().filter(l -> l.contains("Trezo")).toList());
        assertFalse(Files.exists(dir.resolve("schede")));
    }
}
