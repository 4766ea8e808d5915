package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.Severity;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Impostazioni 'Logo' setting: a PNG relative to the plan's folder; anything else an AVVISO, never a stop. */
class LogoSettingTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "logo");

    @TempDir
    Path dir;

    @Test
    void aPngBesideThePlanIsTheLogo() {
        LogoSetting.Result r = LogoSetting.check(" stemma.png ", FIXTURES, "piano.xlsx", "Impostazioni", "B8");
        assertEquals(Optional.of(FIXTURES.resolve("stemma.png").toAbsolutePath()), r.logo());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void noValueNoLogoNoFinding() {
        LogoSetting.Result r = LogoSetting.check("", FIXTURES, "piano.xlsx", "Impostazioni", "B8");
        assertEquals(Optional.empty(), r.logo());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aMissingFileIsAnAvvisoThatSaysWhereItLooked() {
        LogoSetting.Result r = LogoSetting.check("immagini/stemma.png", dir, "piano.xlsx", "Impostazioni", "B8");
        assertEquals(Optional.empty(), r.logo());
        Path expected = dir.resolve("immagini/stemma.png").toAbsolutePath();
        assertEquals(List.of(new Finding(Severity.AVVISO, "LOGO_NON_TROVATO", "piano.xlsx", "Impostazioni", "B8", "",
                "immagini/stemma.png", "un file PNG", "Il file del logo '" + expected + "' non esiste. Copiare lo"
                + " stemma in formato PNG in quella posizione, oppure correggere il percorso accanto a 'Logo' (un"
                + " percorso relativo parte dalla cartella del piano). Le schede e i riepiloghi si producono senza"
                + " logo.")), r.findings());
    }

    @Test
    void aFileThatIsNotAPngIsAnAvviso() {
        LogoSetting.Result r = LogoSetting.check("non-png.png", FIXTURES, "piano.xlsx", "Impostazioni", "B8");
        assertEquals(Optional.empty(), r.logo());
        assertEquals(List.of(new Finding(Severity.AVVISO, "LOGO_NON_PNG", "piano.xlsx", "Impostazioni", "B8", "",
                "non-png.png", "un file PNG", "Il logo '" + FIXTURES.resolve("non-png.png").toAbsolutePath()
                + "' non è un'immagine PNG. Aprire lo stemma in un programma di grafica (anche Paint) e salvarlo"
                + " come PNG, poi indicare accanto a 'Logo' il nuovo file. Le schede e i riepiloghi si producono"
                + " senza logo.")), r.findings());
    }

    @Test
    void aHugeFileIsAnAvviso() throws Exception {
        Path big = dir.resolve("enorme.png");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(Files.readAllBytes(FIXTURES.resolve("stemma.png")));
            out.write(new byte[(int) LogoSetting.MAX_BYTES]);
        }
        LogoSetting.Result r = LogoSetting.check("enorme.png", dir, "piano.xlsx", "Impostazioni", "B8");
        assertEquals(Optional.empty(), r.logo());
        assertEquals("LOGO_TROPPO_GRANDE", r.findings().get(0).code());
        assertEquals("Il logo '" + big.toAbsolutePath() + "' pesa 2048 KB: il massimo è 2048 KB, perché ogni scheda"
                + " ne porta una copia. Salvare lo stemma in PNG a una risoluzione minore (per esempio 300 pixel di"
                + " altezza). Le schede e i riepiloghi si producono senza logo.", r.findings().get(0).message());
    }

    /** Through the plan reader: the path is relative to the plan's folder, not to the working folder. */
    @Test
    void thePlanReaderResolvesTheLogoBesideThePlan() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("controllo di gestione"));
        Files.copy(FIXTURES.resolve("stemma.png"), folder.resolve("stemma.png"));
        Path plan = folder.resolve("piano.xlsx");
        try (InputStream in = LogoSettingTest.class.getResourceAsStream("/it/peg/demo/piano-esempio.xlsx");
             Workbook wb = new XSSFWorkbook(in)) {
            Sheet settings = wb.getSheet(PlanReader.SETTINGS);
            Row row = settings.createRow(settings.getLastRowNum() + 1);
            row.createCell(0).setCellValue("Logo");
            row.createCell(1).setCellValue("stemma.png");
            try (OutputStream out = Files.newOutputStream(plan)) {
                wb.write(out);
            }
        }
        PlanReadResult read = PlanReader.read(plan);
        assertEquals(List.of(), read.findings().stream().filter(f -> f.code().startsWith("LOGO")).toList());
        assertEquals(Optional.of(folder.resolve("stemma.png").toAbsolutePath().toString()),
                read.plan().orElseThrow().settings().logo());
    }
}
