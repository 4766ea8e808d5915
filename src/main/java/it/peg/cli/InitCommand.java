package it.peg.cli;

import it.peg.plan.PlanWorkbookWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** {@code peg init --out FILE [--ente NAME] [--anno YYYY] [--force]}: a blank plan workbook with instructions. */
public final class InitCommand implements Command {
    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "scrive un piano vuoto, con le istruzioni, pronto da compilare";
    }

    @Override
    public String synopsis() {
        return "--out FILE [--ente NOME] [--anno AAAA] [--force]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE").required().desc("il file .xlsx da scrivere").get());
        o.addOption(Option.builder().longOpt("ente").hasArg().argName("NOME").desc("nome dell'ente (es. Comune di Trezzo sull'Adda)").get());
        o.addOption(Option.builder().longOpt("anno").hasArg().argName("AAAA").desc("anno del piano (default: l'anno corrente)").get());
        o.addOption(Option.builder().longOpt("force").desc("sovrascrive il file se esiste già").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path out = Path.of(line.getOptionValue("out"));
        String ente = line.getOptionValue("ente", "").strip();
        int year = LocalDate.now().getYear();
        if (line.hasOption("anno")) {
            String a = line.getOptionValue("anno").strip();
            if (!a.matches("(19|20|21)\\d{2}")) {
                throw new UsageException("Anno non valido per --anno: '" + a + "'. Scrivere l'anno con quattro cifre (es. 2025).");
            }
            year = Integer.parseInt(a);
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("Il piano deve avere estensione .xlsx: '" + out + "'. Esempio: peg init --out piano.xlsx");
        }
        if (Files.exists(out) && !line.hasOption("force")) {
            throw new UsageException("Il file '" + out + "' esiste già e non è stato modificato. Scegliere un altro nome con --out,"
                    + " oppure aggiungere --force per sovrascriverlo.");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("La cartella '" + parent + "' non esiste: crearla o indicare un altro percorso con --out.");
        }
        PlanWorkbookWriter.write(PlanWorkbookWriter.blankPlan(ente, year), out);
        console.result("Piano vuoto " + year + " scritto in " + out + ". Compilarlo seguendo il foglio 'Istruzioni', poi: peg check --plan " + out);
        return ExitCode.OK;
    }
}
