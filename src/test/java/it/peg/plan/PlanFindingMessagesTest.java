package it.peg.plan;

import it.peg.testutil.Encrypted;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.PegFault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static it.peg.plan.Xlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Italian message of every finding the plan stage raises, pinned exactly (issue 18): one case at least per
 * code, from a real workbook made by {@link Xlsx} (or the reader's own entry point for a file that is not a plan).
 * A new plan finding adds its case here; {@link #everyPlanCodeIsPinned} fails until it does.
 */
class PlanFindingMessagesTest {
    /** The codes only the plan stage raises, and those it shares with validation (NUMERO_NON_VALIDO ...). */
    static final Set<FindingCode> PLAN_CODES = EnumSet.of(
            FindingCode.PIANO_CARTELLA, FindingCode.PIANO_NON_TROVATO, FindingCode.PIANO_PROTETTO,
            FindingCode.PIANO_ILLEGGIBILE, FindingCode.FOGLIO_MANCANTE, FindingCode.COLONNA_MANCANTE,
            FindingCode.CODICE_MANCANTE, FindingCode.COLONNA_NON_VALIDA, FindingCode.PIANO_SENZA_SERVIZI,
            FindingCode.FORMULA_SENZA_VALORE, FindingCode.FORMULA_CON_ERRORE, FindingCode.FORMULA_NEL_PIANO,
            FindingCode.ENTE_MANCANTE, FindingCode.ANNO_MANCANTE, FindingCode.ANNO_NON_VALIDO,
            FindingCode.VERIFICA_NON_VALIDA, FindingCode.VERIFICA_DUPLICATA, FindingCode.VERIFICHE_MANCANTI,
            FindingCode.SCADENZE_NUMERO_DIVERSO, FindingCode.SCADENZA_NON_VALIDA,
                                FindingCode.VALORI_MANCANTI_NON_VALIDO,
            FindingCode.LOGO_NON_TROVATO, FindingCode.LOGO_NON_PNG, FindingCode.LOGO_TROPPO_GRANDE,
            FindingCode.NUMERO_NON_VALIDO, FindingCode.VALORE_NON_VALIDO, FindingCode.DATA_NON_RICONOSCIUTA,
            FindingCode.DATA_NON_VALIDA, FindingCode.VALORE_MANCANTE,
            FindingCode.MINIMO_MAGGIORE_MASSIMO, FindingCode.MESI_NON_VALIDI, FindingCode.POLARITA_DEDOTTA,
            FindingCode.TARGET_MANCANTE, FindingCode.TARGET_NON_VALIDO, FindingCode.TARGET_QUALITATIVO,
            FindingCode.TARGET_INTERPRETATO, FindingCode.BASELINE_MANCANTE,
            FindingCode.CODICE_DUPLICATO, FindingCode.CODICE_TROPPO_LUNGO, FindingCode.CODICI_IN_CONFLITTO,
            FindingCode.SERVIZIO_INESISTENTE, FindingCode.SERVIZIO_SENZA_OBIETTIVI, FindingCode.OBIETTIVO_INESISTENTE,
            FindingCode.OBIETTIVO_SENZA_INDICATORI, FindingCode.PESO_NEGATIVO, FindingCode.PESI_TUTTI_ZERO,
            FindingCode.PESI_PARZIALI, FindingCode.PESI_NORMALIZZATI, FindingCode.FASCE_NON_CRESCENTI,
            FindingCode.VERIFICA_FUORI_ANNO, FindingCode.SCADENZA_PRIMA_DELLA_VERIFICA,
            FindingCode.TARGET_INTERMEDIO_NON_VERIFICA, FindingCode.TARGET_INTERMEDIO_TIPO_DIVERSO,
            FindingCode.PESO_INTERMEDIO_NON_VERIFICA, FindingCode.RIEPILOGO_PRECEDENTE_NON_TROVATO,
            FindingCode.RIEPILOGO_PRECEDENTE_ILLEGGIBILE, FindingCode.RIEPILOGO_PRECEDENTE_NON_VALIDO,
            FindingCode.ERRORE_INTERNO_PEG);

    @TempDir
    Path dir;

    /** Makes the findings of one case. */
    interface Source {
        List<Finding> findings() throws Exception;
    }

    /** The first finding with {@code code} among those of {@code source} has exactly {@code message}. */
    record Case(FindingCode code, Source source, String message) {
    }

    private int files;

    private Source plan(Xlsx x) {
        return () -> PlanReader.read(x.write(dir.resolve("piano" + (files++) + ".xlsx"))).findings();
    }

    private static Xlsx settings(Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(row("Voce", "Valore"));
        all.addAll(List.of(rows));
        return Xlsx.minimal().sheet("Impostazioni", all.toArray(new Object[0][]));
    }

    private static Xlsx indicators(Object[]... rows) {
        return Xlsx.minimal().sheet("Indicatori", rows);
    }

    private static Xlsx objectives(Object[]... rows) {
        return Xlsx.minimal().sheet("Obiettivi", rows);
    }

    private Source fixture(String name) {
        return () -> PlanReader.read(Path.of(getClass().getResource("/plans/" + name + ".xlsx").toURI())).findings();
    }

    List<Case> cases() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cartella"));
        Path garbage = Files.write(dir.resolve("rotto.xlsx"), "non sono un file Excel".getBytes());
        Path missing = dir.resolve("manca.xlsx");
        Path oldSummary = new Xlsx().sheet("Foglio1", row("x")).write(dir.resolve("vecchio.xlsx"));
        Object[] year = row("Anno", 2024);
        return List.of(
                // the file
                new Case(FindingCode.PIANO_CARTELLA, () -> PlanReader.read(folder).findings(),
                        "'"
                        + dir
                        + "/cartella' è una cartella, non il file del piano: indicare con --plan il file .xlsx del"
                        + " piano (es. --plan "
                        + dir
                        + "/cartella/piano.xlsx)."),
                new Case(FindingCode.PIANO_NON_TROVATO, () -> PlanReader.read(missing).findings(),
                        "Il file del piano '"
                        + dir
                        + "/manca.xlsx' non esiste o non è un file. Controllare il percorso indicato con --plan; per"
                        + " crearne uno vuoto: peg init --out manca.xlsx"),
                new Case(FindingCode.PIANO_PROTETTO, () -> PlanReader.read(encrypted()).findings(),
                        "Il piano 'protetto.xlsx' è protetto da password: aprirlo in Excel o LibreOffice, togliere"
                        + " la password (File > Proprietà / Proteggi documento) e salvarlo di nuovo come .xlsx."),
                new Case(FindingCode.PIANO_ILLEGGIBILE, () -> PlanReader.read(garbage).findings(),
                        "Il piano 'rotto.xlsx' non è una cartella di lavoro Excel leggibile. Aprirlo in Excel o"
                        + " LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)', oppure crearne uno nuovo"
                        + " con: peg init --out piano.xlsx"),
                new Case(FindingCode.ERRORE_INTERNO_PEG,
                                () -> List.of(PegFault.finding(new IllegalStateException("prova"),
                                "la lettura del piano", "piano.xlsx", "")),
                        "Errore interno di peg durante la lettura del piano di 'piano.xlsx': è un difetto del"
                        + " programma, non del file. Rilanciare il comando con -v per vedere i dettagli tecnici e"
                        + " segnalarli all'assistenza di peg allegando il file."),
                // sheets and columns
                new Case(FindingCode.FOGLIO_MANCANTE, plan(Xlsx.minimal().without("Obiettivi")),
                        "Manca il foglio 'Obiettivi'. Aggiungerlo con le intestazioni in riga 1 (un piano vuoto di"
                        + " esempio: peg init --out piano.xlsx)."),
                new Case(FindingCode.COLONNA_MANCANTE, plan(indicators(row("Codice", "Obiettivo", "Peso"), row("I1",
                                "O1", 100))),
                        "Nel foglio 'Indicatori' manca la colonna 'Target': aggiungerla in riga 1 (maiuscole,"
                        + " accenti e ordine non contano)."),
                new Case(FindingCode.CODICE_MANCANTE, plan(Xlsx.minimal().sheet("Servizi", row("Codice", "Servizio"),
                                row("S1", "Servizi sociali"), row(null, "Biblioteca"))),
                        "La riga 3 del foglio 'Servizi' ha dati ma nessun 'Codice': scriverlo, oppure cancellare"
                        + " la riga."),
                new Case(FindingCode.COLONNA_NON_VALIDA, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Target fine anno"), row("I1", "O1", "5", "6"))),
                        "L'intestazione 'Target fine anno' non indica una verifica: scrivere ad esempio 'Target"
                        + " 30/06' o 'Peso 30/06'."),
                new Case(FindingCode.PIANO_SENZA_SERVIZI, plan(Xlsx.minimal().sheet("Servizi", row("Codice",
                                "Servizio"))),
                        "Il foglio 'Servizi' non contiene alcun servizio: aggiungere una riga per ogni servizio"
                        + " (almeno il Codice e il nome del Servizio) sotto l'intestazione."),
                new Case(FindingCode.FORMULA_SENZA_VALORE, fixture("formule-2026"),
                        "La cella D2 contiene la formula '=>4', di cui il file non conserva alcun valore (scritta"
                        + " da un programma e mai calcolata). Per il target scrivere '>= 4' (con lo spazio, senza"
                        + " '=' all'inizio), oppure un apostrofo prima di '=' ('=>4) perché resti testo."),
                new Case(FindingCode.FORMULA_CON_ERRORE, fixture("formule-2026"),
                        "La cella D3 contiene la formula '=>4', che dà l'errore Err:509: il valore non si può"
                        + " leggere. Per il target scrivere '>= 4' (con lo spazio, senza '=' all'inizio), oppure un"
                        + " apostrofo prima di '=' ('=>4) perché resti testo."),
                new Case(FindingCode.FORMULA_NEL_PIANO, plan(objectives(row("Codice", "Servizio", "Peso"), row("O1",
                                "S1", new Xlsx.Formula("50+50", 100)))),
                        "La cella C2 contiene la formula '=50+50': è usato il valore calcolato '100'. Se il valore"
                        + " non deve cambiare, scriverlo direttamente nella cella."),
                // Impostazioni
                new Case(FindingCode.ENTE_MANCANTE, plan(settings(year)),
                        "Manca il nome dell'ente: scriverlo accanto a 'Ente' (es. Comune di Trezzo sull'Adda);"
                        + " compare nelle schede."),
                new Case(FindingCode.ANNO_MANCANTE, plan(settings(row("Ente", "Comune di Prova"))),
                        "Manca l'anno del piano: scrivere 'Anno' in colonna A e l'anno (es. 2024) in colonna B del"
                        + " foglio Impostazioni."),
                new Case(FindingCode.ANNO_NON_VALIDO, plan(settings(row("Anno", "duemila"))),
                        "L'anno del piano non è valido: scrivere l'anno con quattro cifre (es. 2024)."),
                new Case(FindingCode.VERIFICA_NON_VALIDA, plan(settings(year, row("Verifiche", "30/06; fine anno"))),
                        "La verifica 'fine anno' non è una data valida: scrivere le date separate da ';' (es."
                        + " 30/06; 30/09; 31/12)."),
                new Case(FindingCode.VERIFICA_DUPLICATA, plan(settings(year, row("Verifiche", "30/06; 30/06; 31/12"))),
                        "La verifica '30/06' è scritta due volte: cancellare il duplicato."),
                new Case(FindingCode.VERIFICHE_MANCANTI, plan(settings(year)),
                        "Nessuna verifica indicata: si usa solo la verifica finale 31/12/2024. Per i monitoraggi"
                        + " intermedi scrivere accanto a 'Verifiche' le date (es. 30/06; 30/09; 31/12)."),
                new Case(FindingCode.SCADENZE_NUMERO_DIVERSO, plan(settings(year, row("Verifiche", "30/06; 31/12"),
                                row("Scadenze consegna", "15/07"))),
                        "Le scadenze di consegna sono 1 ma le verifiche sono 2: scrivere una scadenza per ogni"
                        + " verifica, nello stesso ordine (es. 15/07; 15/10; 31/01)."),
                new Case(FindingCode.SCADENZA_NON_VALIDA, plan(settings(year, row("Verifiche", "30/06; 31/12"),
                                row("Scadenze consegna", "15/07; mai"))),
                        "La scadenza di consegna 'mai' non è una data valida: scriverla come gg/mm (es. 15/07) o"
                        + " gg/mm/aaaa."),
                new Case(FindingCode.VALORI_MANCANTI_NON_VALIDO, plan(settings(year, row("Valori mancanti", "boh"))),
                        "Valori mancanti accetta 'non valutati' (un indicatore senza valore resta fuori dal"
                        + " punteggio, calcolato su quanto riportato e con la copertura indicata) oppure 'zero' (un"
                        + " indicatore senza valore vale 0%): correggere la cella."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(settings(year, row("Soglia minima", "tanta"))),
                        "'Soglia minima' non è una percentuale valida: scrivere ad esempio 60%."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(settings(year, row("Tolleranza scadenze", "un mese"))),
                        "La tolleranza delle scadenze va scritta in giorni interi (es. 30; 0 = nessuna tolleranza)."),
                new Case(FindingCode.LOGO_NON_TROVATO, plan(settings(year, row("Logo", "stemma.png"))),
                        "Il file del logo '"
                        + dir
                        + "/stemma.png' non esiste. Copiare lo stemma in formato PNG in quella posizione, oppure"
                        + " correggere il percorso accanto a 'Logo' (un percorso relativo parte dalla cartella del"
                        + " piano). Le schede e i riepiloghi si producono senza logo."),
                new Case(FindingCode.LOGO_NON_PNG, () -> LogoSetting.check("non-png.png", LogoSettingTest.FIXTURES,
                                "piano.xlsx", "Impostazioni", "B8").findings(),
                        "Il logo '"
                        + LogoSettingTest.FIXTURES.resolve("non-png.png").toAbsolutePath()
                        + "' non è un'immagine PNG. Aprire lo stemma in un programma di grafica (anche Paint) e"
                        + " salvarlo come PNG, poi indicare accanto a 'Logo' il nuovo file. Le schede e i riepiloghi"
                        + " si producono senza logo."),
                new Case(FindingCode.LOGO_TROPPO_GRANDE, () -> LogoSetting.check("enorme.png", hugeLogo(),
                                "piano.xlsx", "Impostazioni", "B8").findings(),
                        "Il logo '"
                        + dir
                        + "/loghi/enorme.png' pesa 2048 KB: il massimo è 2048 KB, perché ogni scheda ne porta una"
                        + " copia. Salvare lo stemma in PNG a una risoluzione minore (per esempio 300 pixel di"
                        + " altezza). Le schede e i riepiloghi si producono senza logo."),
                // Fasce
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(Xlsx.minimal().sheet("Fasce", row("Da %", "Esito"),
                                row("metà", "Parziale"))),
                        "La soglia della fascia non è una percentuale: scrivere ad esempio 60%."),
                new Case(FindingCode.VALORE_MANCANTE, plan(Xlsx.minimal().sheet("Fasce", row("Da %", "Esito"),
                                row("60%", null, "x"))),
                        "Manca l'esito della fascia: scriverlo (es. Raggiunto)."),
                new Case(FindingCode.FASCE_NON_CRESCENTI, plan(Xlsx.minimal().sheet("Fasce", row("Da %", "Esito"),
                                row(0, "No"), row("90%", "Sì"), row("60%", "Parziale"))),
                        "Le fasce devono avere soglie 'Da %' crescenti dall'alto in basso (es. 0%, 60%, 90%): la"
                        + " fascia 'Parziale' non supera la precedente."),
                // Obiettivi
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(objectives(row("Codice", "Servizio", "Peso"), row("O1",
                                "S1", "molto"))),
                        "'Peso' non è un numero: scrivere il peso come percentuale (es. 20%) o coefficiente (es."
                        + " 1,2), oppure lasciarlo vuoto."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(objectives(row("Codice", "Servizio", "Entrata"),
                                row("O1", "S1", "da definire"))),
                        "'Entrata' non è un importo: scrivere solo la cifra (es. 5.000,00); il testo va in"
                        + " 'Risorse finanziarie'. Il valore è ignorato."),
                new Case(FindingCode.VALORE_NON_VALIDO, plan(objectives(row("Codice", "Servizio", "Pluriennale"),
                                row("O1", "S1", "forse"))),
                        "'Pluriennale' accetta solo SI o NO (vuoto = NO)."),
                new Case(FindingCode.VALORE_NON_VALIDO, plan(objectives(row("Codice", "Servizio", "Aggregazione"),
                                row("O1", "S1", "somma"))),
                        "Aggregazione non riconosciuta: scrivere 'media pesata' (il default) oppure 'tutti'"
                        + " (raggiunto solo se ogni indicatore raggiunge il target)."),
                new Case(FindingCode.DATA_NON_VALIDA, plan(objectives(row("Codice", "Servizio", "Data fine"),
                                row("O1", "S1", "31/02/2024"))),
                        "La data '31/02/2024' in 'Data fine' non esiste nel calendario: scriverla come gg/mm/aaaa"
                        + " (es. 31/12/2024) o lasciare la cella vuota."),
                new Case(FindingCode.DATA_NON_RICONOSCIUTA, plan(objectives(row("Codice", "Servizio", "Data inizio"),
                                row("O1", "S1", "continuativo"))),
                        "'continuativo' in 'Data inizio' non è una data ed è ignorata: per indicare una data"
                        + " scriverla come gg/mm/aaaa (es. 31/12/2024)."),
                // Indicatori
                new Case(FindingCode.TARGET_MANCANTE, plan(indicators(row("Codice", "Obiettivo", "Target"), row("I1",
                                "O1", null, "x"))),
                        "Target mancante: scrivere il valore atteso (forme accettate: numero (24000, 1.200, 0,5,"
                        + " 1,5 milioni, n. 12, 30 gg), percentuale (75%, 95 per cento), rapporto (1200/3, 1500 su"
                        + " 2000), confronto (>=5, almeno 5, <=30, non superiore al 5%), intervallo (tra 5 e 10),"
                        + " scadenza (31/12/2018, Settembre 2018, entro il 30/06/2018, entro l'anno, I semestre"
                        + " 2018), variazione sul valore di partenza (+5%, riduzione del 10% rispetto al 2017),"
                        + " SI/NO; ogni altro testo è un target qualitativo)."),
                new Case(FindingCode.TARGET_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I1", "O1", "31/02/2024"))),
                        "Data impossibile: '31/02/2024' non esiste nel calendario. Correggere la data (es."
                        + " 31/12/2024)."),
                new Case(FindingCode.TARGET_QUALITATIVO, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I1", "O1", "Completare il progetto"))),
                        "Target qualitativo: l'ufficio indicherà la % di avanzamento e il Nucleo la validerà. Se"
                        + " il target è misurabile, scriverlo come numero, percentuale, rapporto, data o SI/NO (ad"
                        + " esempio '>= 12', '>= 90%', 'entro il 31/12/2024' o 'SI')."),
                new Case(FindingCode.TARGET_INTERPRETATO, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I1", "O1", "Settembre 2024"))),
                        "Target interpretato: 'Settembre 2024' letto come scadenza 30/09/2024 (fine del mese). Se"
                        + " non è corretto, riscrivere il target in modo esplicito."),
                new Case(FindingCode.BASELINE_MANCANTE, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I1", "O1", "+5%"))),
                        "Il target '+5%' è una variazione rispetto al valore di partenza, ma l'indicatore non ne"
                        + " ha uno: aggiungere al foglio Indicatori la colonna 'Baseline' (o 'Valore di partenza')"
                        + " con il valore dell'anno precedente, oppure indicare il riepilogo dell'anno scorso con"
                        + " --previous, oppure scrivere il target come numero (es. >= 210)."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Baseline"), row("I1", "O1", "+5%", "circa 200"))),
                        "'Baseline' non è un numero: scrivere il valore di partenza (es. 200 o 80%), oppure"
                        + " lasciarla vuota."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Minimo"), row("I1", "O1", "5", "zero"))),
                        "'Minimo' non è un numero: scrivere il valore plausibile (es. 0 o 100), oppure lasciarlo"
                        + " vuoto."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Peso 30/06"), row("I1", "O1", "5", "metà"))),
                        "'Peso 30/06' non è un numero: scrivere il peso come percentuale (es. 20%) o coefficiente"
                        + " (es. 1,2), oppure lasciarlo vuoto."),
                new Case(FindingCode.MINIMO_MAGGIORE_MASSIMO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Minimo", "Massimo"), row("I1", "O1", "5", 10, 5))),
                        "Il minimo plausibile supera il massimo: correggere 'Minimo' o 'Massimo' (o l'unità"
                        + " 'scala')."),
                new Case(FindingCode.VALORE_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Polarità"), row("I1", "O1", "5", "boh"))),
                        "Polarità non riconosciuta: scrivere 'crescente' (più alto è meglio) o 'decrescente' (più"
                        + " basso è meglio), oppure lasciarla vuota."),
                new Case(FindingCode.VALORE_NON_VALIDO, plan(indicators(row("Codice", "Obiettivo", "Target",
                                "Cumulativo"), row("I1", "O1", "5", "forse"))),
                        "'Cumulativo' accetta solo SI o NO (vuoto = NO)."),
                new Case(FindingCode.POLARITA_DEDOTTA, plan(indicators(row("Codice", "Obiettivo", "Descrizione",
                                "Target", "Unità di misura"), row("I1", "O1", "Tempo medio di risposta", "30",
                                "giorni"))),
                        "Il target '30' è un numero senza confronto e l'indicatore è un tempo (unità 'giorni'):"
                        + " letto come decrescente (più basso è meglio: il target è un valore da non superare). Se"
                        + " invece più alto è meglio, scrivere 'crescente' nella colonna 'Polarità' (aggiungerla al"
                        + " foglio Indicatori)."),
                new Case(FindingCode.POLARITA_DEDOTTA, plan(indicators(row("Codice", "Obiettivo", "Descrizione",
                                "Target", "Unità di misura", "Polarità"), row("I1", "O1", "Tempo medio di risposta",
                                "30", "giorni", null))),
                        "Il target '30' è un numero senza confronto e l'indicatore è un tempo (unità 'giorni'):"
                        + " letto come decrescente (più basso è meglio: il target è un valore da non superare). Se"
                        + " invece più alto è meglio, scrivere 'crescente' nella colonna 'Polarità'."),
                // Fasi and Dati
                new Case(FindingCode.MESI_NON_VALIDI, plan(Xlsx.minimal().sheet("Fasi", row("Obiettivo", "Fase",
                                "Mesi"), row("O1", "A", "primavera"))),
                        "Mesi non riconosciuti: scrivere i mesi abbreviati (GEN ... DIC) o per esteso, separati da"
                        + " virgole, con '-' per un intervallo (es. GEN-MAR, GIU)."),
                new Case(FindingCode.NUMERO_NON_VALIDO, plan(Xlsx.minimal().sheet("Dati", row("Codice", "Servizio",
                                "2023"), row("D1", "S1", "mille"))),
                        "Il dato 2023 non è un numero: scrivere la quantità (es. 1.200), oppure lasciarlo vuoto."),
                // the plan as a whole (PlanChecker)
                new Case(FindingCode.CODICE_DUPLICATO, plan(Xlsx.minimal().sheet("Servizi", row("Codice"), row("S1"),
                                row("S1"))),
                        "Il codice 'S1' è già usato alla riga 2 del foglio Servizi: dare a ogni riga un codice"
                        + " diverso."),
                new Case(FindingCode.CODICI_IN_CONFLITTO, plan(objectives(row("Codice", "Servizio"), row("O1", "S1"),
                                row("O.2", "S1"), row("O-2", "S1"))),
                        "I codici 'O.2' e 'O-2' differiscono solo per segni diversi da lettere e cifre e darebbero"
                        + " lo stesso nome nelle schede (O_2): cambiare uno dei due codici."),
                new Case(FindingCode.SERVIZIO_INESISTENTE, plan(objectives(row("Codice", "Servizio"), row("O1", "S1"),
                                row("O2", "S9"))),
                        "Il servizio 'S9' non esiste nel foglio Servizi: correggere il codice o aggiungere il"
                        + " servizio."),
                new Case(FindingCode.SERVIZIO_INESISTENTE, plan(objectives(row("Codice", "Servizio"), row("O1", "S1"),
                                row("O2", null, "x"))),
                        "Manca il codice del servizio: scrivere in 'Servizio' un codice del foglio Servizi."),
                new Case(FindingCode.OBIETTIVO_INESISTENTE, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I1", "O1", "5"), row("I2", "OX", "5"))),
                        "L'obiettivo 'OX' non esiste nel foglio Obiettivi: correggere il codice o aggiungere"
                        + " l'obiettivo."),
                new Case(FindingCode.CODICE_TROPPO_LUNGO, plan(indicators(row("Codice", "Obiettivo", "Target"),
                                row("I" + "X".repeat(244), "O1", "5"))),
                        "Il codice"
                        + " 'IXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                        + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                        + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' è troppo lungo:"
                        + " nelle schede darebbe il nome CAUSA_IXXXXXXXXXXXXXXXXX... di 256 caratteri, ma Excel non"
                        + " accetta nomi di più di 255 caratteri. Accorciarlo ad al massimo 244 caratteri."),
                new Case(FindingCode.PESO_NEGATIVO, plan(indicators(row("Codice", "Obiettivo", "Target", "Peso"),
                                row("I1", "O1", "5", -10), row("I2", "O1", "5", 110))),
                        "Il peso non può essere negativo: correggerlo (es. 20%)."),
                new Case(FindingCode.PESI_TUTTI_ZERO, plan(indicators(row("Codice", "Obiettivo", "Target", "Peso"),
                                row("I1", "O1", "5", 0), row("I2", "O1", "5", 0))),
                        "I pesi degli indicatori dell'obiettivo O1 sono tutti zero: assegnare i pesi (es. in"
                        + " percentuale, con somma 100), oppure lasciarli tutti vuoti per pesi uguali."),
                new Case(FindingCode.PESI_PARZIALI, plan(indicators(row("Codice", "Obiettivo", "Target", "Peso"),
                                row("I1", "O1", "5", "50%"), row("I2", "O1", "5", null))),
                        "Alcuni pesi degli indicatori dell'obiettivo O1 sono vuoti (I2): valgono 0. Scrivere tutti"
                        + " i pesi, oppure lasciarli tutti vuoti per pesi uguali."),
                new Case(FindingCode.PESI_NORMALIZZATI, plan(indicators(row("Codice", "Obiettivo", "Target", "Peso"),
                                row("I1", "O1", "5", 30), row("I2", "O1", "5", 30))),
                        "I pesi degli indicatori dell'obiettivo O1 sommano 60 e non 100: sono stati normalizzati"
                        + " in proporzione (I1 50%, I2 50%)."),
                new Case(FindingCode.OBIETTIVO_SENZA_INDICATORI, plan(objectives(row("Codice", "Servizio"), row("O1",
                                "S1"), row("O3", "S1"))),
                        "L'obiettivo 'O3' non ha indicatori e non è collegato a un altro obiettivo: non avrà"
                        + " punteggio. Aggiungere un indicatore nel foglio Indicatori, o indicare in 'Collegato a'"
                        + " l'obiettivo padre."),
                new Case(FindingCode.SERVIZIO_SENZA_OBIETTIVI, plan(Xlsx.minimal().sheet("Servizi", row("Codice",
                                "Servizio"), row("S1", "Servizi sociali"), row("S2", "Biblioteca"))),
                        "Il servizio 'S2' non ha obiettivi: la sua scheda sarà vuota. Aggiungere obiettivi nel"
                        + " foglio Obiettivi."),
                new Case(FindingCode.VERIFICA_FUORI_ANNO, plan(settings(row("Ente", "Comune di Prova"), year,
                                row("Verifiche", "30/06/2023; 31/12"))),
                        "La verifica 30/06/2023 non è nell'anno del piano 2024: correggere la data in 'Verifiche'"
                        + " (es. 30/06; 31/12) o l'Anno."),
                new Case(FindingCode.SCADENZA_PRIMA_DELLA_VERIFICA, plan(settings(row("Ente", "Comune di Prova"),
                                year, row("Verifiche", "30/06; 31/12"), row("Scadenze consegna",
                                "15/06/2024; 31/01/2025"))),
                        "La scadenza di consegna della verifica 30/06 precede la verifica stessa: controllare"
                        + " 'Scadenze consegna'."),
                new Case(FindingCode.TARGET_INTERMEDIO_NON_VERIFICA, plan(indicators(row("Codice", "Obiettivo",
                                "Target", "Target 30/09"), row("I1", "O1", "24000", "12000"))),
                        "La colonna 'Target 30/09' non corrisponde a una verifica intermedia del piano (30/06):"
                        + " correggere l'intestazione o le Verifiche in Impostazioni."),
                new Case(FindingCode.TARGET_INTERMEDIO_TIPO_DIVERSO, plan(indicators(row("Codice", "Obiettivo",
                                "Target", "Target 30/06"), row("I1", "O1", "75%", "SI"))),
                        "Il target intermedio 'SI' è di tipo diverso dal target finale '75%' (l'ufficio compila"
                        + " una sola cella per indicatore): usare lo stesso tipo (numero, %, rapporto, data, SI/NO)."),
                new Case(FindingCode.PESO_INTERMEDIO_NON_VERIFICA, plan(indicators(row("Codice", "Obiettivo",
                                "Target", "Peso 30/09"), row("I1", "O1", "5", 50))),
                        "La colonna 'Peso 30/09' non corrisponde a una verifica intermedia del piano: correggere"
                        + " l'intestazione."),
                // last year's summary (--previous)
                new Case(FindingCode.RIEPILOGO_PRECEDENTE_NON_TROVATO, () -> PreviousSummary.read(missing).findings(),
                        "Il riepilogo dell'anno precedente '"
                        + dir
                        + "/manca.xlsx' non esiste: indicare con --previous il riepilogo.xlsx scritto da peg"
                        + " consolidate l'anno scorso."),
                new Case(FindingCode.RIEPILOGO_PRECEDENTE_ILLEGGIBILE, () -> PreviousSummary.read(garbage).findings(),
                        "Il riepilogo dell'anno precedente 'rotto.xlsx' non è una cartella di lavoro .xlsx"
                        + " leggibile: indicare con --previous il riepilogo.xlsx scritto da peg consolidate."),
                new Case(FindingCode.RIEPILOGO_PRECEDENTE_NON_VALIDO, () -> PreviousSummary.read(oldSummary).findings(),
                        "Il file 'vecchio.xlsx' non ha il foglio 'Indicatori' di un riepilogo di peg (colonne"
                        + " Codice, Verifica, Valore): indicare con --previous il riepilogo.xlsx scritto da peg"
                        + " consolidate."));
    }

    @TestFactory
    List<DynamicTest> everyPlanFindingSaysExactlyWhatItSays() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.code().code(), () -> {
                List<Finding> findings = c.source().findings();
                Finding f = findings.stream().filter(x -> x.is(c.code())).findFirst()
                        .orElseThrow(() -> new AssertionError("no " + c.code() + " in " + findings));
                assertEquals(c.message(), f.message());
            }));
        }
        return tests;
    }

    @Test
    void everyPlanCodeIsPinned() throws Exception {
        Set<FindingCode> pinned = cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PLAN_CODES), pinned);
    }

    private Path encrypted() throws Exception {
        Path plain = Xlsx.minimal().write(dir.resolve("chiaro.xlsx"));
        return Encrypted.copy(plain, dir.resolve("protetto.xlsx"), "segreta");
    }

    private Path hugeLogo() throws Exception {
        Path logos = Files.createDirectories(dir.resolve("loghi"));
        try (OutputStream out = Files.newOutputStream(logos.resolve("enorme.png"))) {
            out.write(Files.readAllBytes(LogoSettingTest.FIXTURES.resolve("stemma.png")));
            out.write(new byte[(int) LogoSetting.MAX_BYTES]);
        }
        return logos;
    }
}
