package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.LockSeal;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.xlsx.MetadataSheet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Italian message of every finding validation raises about a returned scheda, pinned exactly (issue 18): one
 * case at least per code, on the test plan's scheda of S01 ({@link Wb}, {@link TestPlan}). A new validation
 * finding adds its case here; {@link #everyValidationCodeIsPinned} fails until it does.
 */
class ValidationFindingMessagesTest {
    static final Set<FindingCode> VALIDATION_CODES = EnumSet.of(
            FindingCode.NON_SCHEDA_PEG, FindingCode.SCHEDA_ALTRO_PIANO, FindingCode.SERVIZIO_SCONOSCIUTO,
            FindingCode.SCHEDA_NON_AGGIORNATA, FindingCode.PIANO_MODIFICATO, FindingCode.NOME_MANCANTE,
            FindingCode.SCHEDA_DUPLICATA, FindingCode.VALORE_NON_RIPORTATO, FindingCode.VALORE_BLOCCATO_MODIFICATO,
            FindingCode.SIGILLO_NON_VALIDO, FindingCode.SIGILLO_NON_VERIFICATO, FindingCode.NOME_FILE_ALTRO_SERVIZIO,
            FindingCode.VALORE_NON_NUMERICO, FindingCode.DATA_NON_VALIDA, FindingCode.DATA_INESISTENTE,
            FindingCode.DATA_DOPO_VERIFICA, FindingCode.DATA_FUORI_ANNO, FindingCode.PERCENTUALE_FUORI_INTERVALLO,
            FindingCode.AVANZAMENTO_FUORI_INTERVALLO, FindingCode.VALORE_FUORI_INTERVALLO,
                                FindingCode.DENOMINATORE_ZERO,
            FindingCode.RAPPORTO_INCOMPLETO, FindingCode.VALORE_NEGATIVO, FindingCode.VALORE_MANCANTE,
            FindingCode.SCHEDA_NON_COMPILATA, FindingCode.CAUSA_MANCANTE, FindingCode.CUMULATIVO_IN_CALO,
            FindingCode.SI_NO_NON_VALIDO, FindingCode.STATO_FASE_NON_VALIDO, FindingCode.ERRORE_FORMULA,
            FindingCode.VALORE_INTERPRETATO, FindingCode.NUMERO_IN_FORMATO_DATA, FindingCode.VALORE_COME_ANNO_O_DATA,
            FindingCode.PERCENTUALE_SOTTO_UNO, FindingCode.DATA_ANNO_IN_CORSO);

    private static final Plan PLAN = TestPlan.plan();
    /** Nothing is due yet: blank cells give no finding. */
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);
    private static final LockSeal KEY = new LockSeal("chiave del controllo di gestione".getBytes());

    /** The first finding with {@code code} among those of {@code findings} has exactly {@code message}. */
    record Case(FindingCode code, Supplier<List<Finding>> findings, String message) {
    }

    private static Wb wb() {
        return Wb.of(PLAN, "S01");
    }

    private static Supplier<List<Finding>> at(LocalDate today, Wb w) {
        return () -> new SubmissionValidator(today).validate(PLAN, w.build()).findings();
    }

    private static Supplier<List<Finding>> early(Wb w) {
        return at(EARLY, w);
    }

    /** As generate --from writes a scheda with the 30/09 verifica locked and {@code recorded} as its values. */
    private static Wb locked(Map<String, String> recorded) {
        Wb w = wb().meta(MetadataSheet.KEY_LOCKED, "0930")
                .meta(MetadataSheet.KEY_LOCKED_VALUES, Integer.toString(recorded.size()));
        recorded.forEach((name, value) -> w.meta(MetadataSheet.LOCKED_PREFIX + name, value));
        return w;
    }

    /** As {@link #locked}, sealed with {@link #KEY} over the value 1200 of IN_I_NUM_0930. */
    private static Wb sealed(Map<String, String> recorded) {
        Map<String, String> original = new TreeMap<>(Map.of("IN_I_NUM_0930", "1200"));
        Wb w = locked(recorded);
        original.forEach((name, value) -> w.meta(MetadataSheet.SEAL_PREFIX + name, KEY.sealed("S01", name, value)));
        w.meta(MetadataSheet.KEY_SEAL, KEY.ofAll("S01", original));
        return w;
    }

    private static Supplier<List<Finding>> withSeal(Optional<LockSeal> key, Wb w) {
        return () -> new SubmissionValidator(EARLY).withSeal(key).validate(PLAN, w.build()).findings();
    }

    /** The test plan without I.GG: a value typed for it is not carried into the new scheda. */
    private static Supplier<List<Finding>> carriedWithoutGg(Wb w) {
        List<Indicator> indicators = new ArrayList<>(PLAN.indicators());
        indicators.remove(PLAN.indicator("I.GG").orElseThrow());
        Plan newPlan = new Plan(PLAN.settings(), PLAN.services(), PLAN.objectives(), indicators, PLAN.phases(),
                PLAN.dataYears(), PLAN.dataRows());
        return () -> SubmissionValidator.forCarryForward(EARLY).validate(newPlan, w.build()).findings();
    }

    private static Supplier<List<Finding>> duplicates() {
        return () -> DuplicateSubmissions.resolve(List.of(
                received("S01 corretto.xlsx", "2018-10-03T08:00:00Z"), received("S01.xlsx", "2018-10-01T08:00:00Z")))
                .findings();
    }

    private static ReceivedSubmission received(String name, String time) {
        return new ReceivedSubmission(new Submission(name, "S01", List.of(), List.of(), List.of(), List.of()),
                Instant.parse(time));
    }

    List<Case> cases() {
        Map<String, String> num1200 = Map.of("IN_I_NUM_0930", "1200");
        Map<String, String> forged = Map.of("IN_I_NUM_0930", "99999");
        return List.of(
                // the file: refused
                new Case(FindingCode.NON_SCHEDA_PEG, early(wb().meta(MetadataSheet.KEY_KIND, null)),
                        "Il file non è una scheda di peg (manca il foglio nascosto che la identifica). Compilare"
                        + " la scheda ricevuta dal controllo di gestione, senza copiarne i valori in un altro file,"
                        + " e rinviarla."),
                new Case(FindingCode.SCHEDA_ALTRO_PIANO, early(wb().meta(MetadataSheet.KEY_YEAR, "2017")),
                        "La scheda appartiene a un altro piano (Comune di Serravalle Pistoiese 2017, non Comune di"
                        + " Serravalle Pistoiese 2018): controllare di aver inviato il file giusto, oppure validarla"
                        + " con il piano del suo anno."),
                new Case(FindingCode.SERVIZIO_SCONOSCIUTO, early(wb().meta(MetadataSheet.KEY_SERVICE, "S99")),
                        "Il servizio 'S99' della scheda non è nel piano: il servizio è stato rinominato o"
                        + " eliminato. Chiedere al controllo di gestione la scheda del servizio corretto."),
                new Case(FindingCode.SCHEDA_NON_AGGIORNATA, early(wb().meta(MetadataSheet.KEY_FINGERPRINT,
                                "0123456789abcdef0123")),
                        "La scheda è stata generata da una versione precedente del piano, che nel frattempo è"
                        + " cambiato: i suoi valori non possono essere confrontati con i target attuali. Chiedere al"
                        + " controllo di gestione la scheda aggiornata; il controllo di gestione la rigenera con"
                        + " 'peg generate --plan PIANO.xlsx --out CARTELLA --from CARTELLA_SCHEDE_RICEVUTE', che"
                        + " riporta i valori già inseriti."),
                // the file: used
                new Case(FindingCode.PIANO_MODIFICATO, early(wb().text("PIANO_TGT_I_NUM", "1.000")),
                        "Il foglio è stato sbloccato e modificato: il target della scheda non corrisponde al piano"
                        + " (1.200). peg usa comunque il valore del piano; per modificare il piano rivolgersi al"
                        + " controllo di gestione, e compilare solo le celle di input della scheda originale."),
                new Case(FindingCode.PIANO_MODIFICATO, early(wb().number("PIANO_PESOOBJ_OB2", 40)),
                        "Il foglio è stato sbloccato e modificato: il peso dell'obiettivo della scheda non"
                        + " corrisponde al piano (vuoto). peg usa comunque il valore del piano; per modificare il"
                        + " piano rivolgersi al controllo di gestione, e compilare solo le celle di input della"
                        + " scheda originale."),
                new Case(FindingCode.NOME_MANCANTE, early(wb().remove("IN_I_PCT_1231")),
                        "Nella scheda manca il nome definito IN_I_PCT_1231: la scheda è stata danneggiata (righe o"
                        + " celle eliminate, nomi cancellati) e il valore non può essere letto. Ricopiare i valori"
                        + " nella scheda originale ricevuta dal controllo di gestione e rinviarla."),
                new Case(FindingCode.SCHEDA_DUPLICATA, duplicates(),
                        "Per il servizio S01 sono arrivate più schede: 'S01.xlsx' (01/10/2018 10:00:00), 'S01"
                        + " corretto.xlsx' (03/10/2018 10:00:00). Conta 'S01 corretto.xlsx', la più recente; questa"
                        + " non conta. Se deve contare un'altra scheda, rinviarla."),
                new Case(FindingCode.VALORE_NON_RIPORTATO, carriedWithoutGg(wb().number("IN_I_GG_1231", -10)),
                        "Il valore della cella IN_I_GG_1231 non viene riportato nella nuova scheda: il piano"
                        + " attuale non ha più questa voce (indicatore, obiettivo, fase, dato o verifica eliminati,"
                        + " rinominati o cambiati di tipo). Se serve ancora, reinserirlo a mano nella nuova scheda."),
                new Case(FindingCode.VALORE_BLOCCATO_MODIFICATO, early(locked(num1200).number("IN_I_NUM_0930", 1300)),
                        "Il valore della cella IN_I_NUM_0930 (la verifica del 30/09/2018, già chiusa) era '1.200'"
                        + " quando la scheda è stata generata e la cella bloccata, ma ora è '1.300': ripristinare"
                        + " '1.200'. Il valore considerato resta '1.200'. Se il valore di allora era sbagliato,"
                        + " chiedere al controllo di gestione di correggerlo nella scheda consegnata per quella"
                        + " verifica e di rigenerare questa scheda ('peg generate --plan PIANO.xlsx --out CARTELLA"
                        + " --from CARTELLA_SCHEDE_RICEVUTE')."),
                new Case(FindingCode.VALORE_BLOCCATO_MODIFICATO, early(locked(num1200).remove("IN_I_NUM_0930")),
                        "La cella IN_I_NUM_0930 (la verifica del 30/09/2018, già chiusa) non c'è più nella scheda"
                        + " (righe o celle eliminate, nomi cancellati): alla generazione valeva '1.200'. Ricopiare i"
                        + " valori nella scheda originale ricevuta dal controllo di gestione e rinviarla. Il valore"
                        + " considerato resta '1.200'. Se il valore di allora era sbagliato, chiedere al controllo"
                        + " di gestione di correggerlo nella scheda consegnata per quella verifica e di rigenerare"
                        + " questa scheda ('peg generate --plan PIANO.xlsx --out CARTELLA --from"
                        + " CARTELLA_SCHEDE_RICEVUTE')."),
                new Case(FindingCode.VALORE_BLOCCATO_MODIFICATO, withSeal(Optional.of(KEY),
                                sealed(forged).number("IN_I_NUM_0930", 99999)),
                        "Il valore bloccato IN_I_NUM_0930 registrato nel foglio nascosto della scheda è stato"
                        + " modificato (ora '99.999', sigillato alla generazione '1.200'): resta '1.200'. Rinviare"
                        + " la scheda ricevuta dal controllo di gestione senza modificarne i fogli nascosti."),
                new Case(FindingCode.SIGILLO_NON_VERIFICATO, withSeal(Optional.empty(),
                                sealed(forged).number("IN_I_NUM_0930", 99999)),
                        "I valori bloccati della scheda sono sigillati, ma accanto al piano non c'è la chiave dei"
                        + " sigilli (.peg-sigilli.key): sono confrontati solo con quanto registrato nella scheda."
                        + " Lanciare peg con il piano nella cartella in cui 'peg generate --from' ha creato la"
                        + " chiave."),
                new Case(FindingCode.SIGILLO_NON_VALIDO, withSeal(Optional.of(KEY),
                                sealed(forged).number("IN_I_NUM_0930", 99999)
                                        .meta(MetadataSheet.SEAL_PREFIX + "IN_I_NUM_0930", "0".repeat(64) + ":99999")),
                        "Il sigillo del valore bloccato IN_I_NUM_0930 nel foglio nascosto della scheda manca o non"
                        + " corrisponde: il valore non si può verificare e non viene considerato. Rinviare la scheda"
                        + " ricevuta dal controllo di gestione senza modificarne i fogli nascosti."),
                new Case(FindingCode.NOME_FILE_ALTRO_SERVIZIO, () -> new SubmissionValidator(EARLY).validate(PLAN,
                                wb().build().named("S02 - Anagrafe.xlsx")).findings(),
                        "Il nome del file indica il servizio S02 (Anagrafe), ma la scheda è quella del servizio"
                        + " S01 (Lavori pubblici) ed è letta come tale. Se il file è stato rinominato per errore,"
                        + " ridargli il nome della scheda di S01; se è stata inviata la scheda sbagliata, inviare"
                        + " quella del servizio S02."),
                new Case(FindingCode.SCHEDA_NON_COMPILATA, () -> List.of(SubmissionValidator.emptyWorkbook("S01.xlsx",
                                "S01", TestPlan.V0930)),
                        "La scheda non riporta alcun valore per la verifica al 30/09/2018: non vale come consegna."
                        + " Compilare i valori della verifica e inviarla di nuovo."),
                // values
                new Case(FindingCode.VALORE_NON_NUMERICO, early(wb().text("IN_I_NUM_1231", "n.d.")),
                        "Il valore non è un numero: scrivere solo la cifra (es. 1.200 oppure 3,5), senza testo"
                        + " come 'circa' o 'n.d.'; se il dato non è disponibile lasciare la cella vuota e spiegarlo"
                        + " nelle cause di scostamento."),
                new Case(FindingCode.VALORE_NON_NUMERICO, early(wb().text("IN_I_PCT_1231", "tre quarti")),
                        "Il valore non è una percentuale: scrivere solo la cifra con il simbolo % (es. 75%), senza"
                        + " altro testo; se il dato non è disponibile lasciare la cella vuota e spiegarlo nelle"
                        + " cause di scostamento."),
                new Case(FindingCode.DATA_INESISTENTE, early(wb().text("IN_I_DATA_1231", "31/02/2018")),
                        "La data non esiste nel calendario: controllare giorno e mese e scriverla come gg/mm/aaaa."),
                new Case(FindingCode.DATA_NON_VALIDA, early(wb().text("IN_I_DATA_1231", "entro l'estate")),
                        "Il valore non è una data: scrivere la data di completamento come gg/mm/aaaa (es."
                        + " 30/09/2018); se l'attività non è completata lasciare la cella vuota."),
                new Case(FindingCode.DATA_DOPO_VERIFICA, early(wb().text("IN_I_DATA_0930", "15/10/2018")),
                        "La data di completamento 15/10/2018 è successiva alla verifica del 30/09/2018: indicare"
                        + " la data effettiva solo quando l'attività è completata; se non lo è ancora, lasciare la"
                        + " cella vuota."),
                new Case(FindingCode.DATA_FUORI_ANNO, early(wb().text("IN_I_DATA_1231", "15/3/17")),
                        "La data di completamento 15/03/2017 non è nell'anno del piano (2018): controllare l'anno;"
                        + " la data viene comunque usata."),
                // `30/6` typed on 1 July 2026 into a scheda of the 2018 plan: the spreadsheet stored 30/06/2026
                new Case(FindingCode.DATA_ANNO_IN_CORSO, at(LocalDate.of(2026, 7, 1), wb().date("IN_I_DATA_1231", 46203)),
                        "La data di completamento nella cella Scheda!F35, 30/06/2026, è dell'anno in corso e non"
                        + " dell'anno del piano (2018): probabilmente è stata scritta senza l'anno (es. 30/6) e il"
                        + " foglio di calcolo l'ha completata con l'anno in corso. Scrivere la data completa,"
                        + " gg/mm/aaaa (es. 30/06/2018)."),
                new Case(FindingCode.PERCENTUALE_FUORI_INTERVALLO, early(wb().number("IN_I_PCT_1231", 75)),
                        "La percentuale 7.500% è fuori dall'intervallo ammesso (tra 0% e 100%). Se si intendeva"
                        + " 75%, scrivere 75% (con il simbolo %)."),
                new Case(FindingCode.AVANZAMENTO_FUORI_INTERVALLO, early(wb().percentCell("IN_I_QUAL_1231",
                                1.2).text("CAUSA_I_QUAL_1231", "x")),
                        "La percentuale di avanzamento deve essere tra 0% e 100% (120% non è ammessa). Se si"
                        + " intendeva 1,2%, scrivere 1,2%."),
                new Case(FindingCode.VALORE_FUORI_INTERVALLO, early(wb().number("IN_I_SCALA_1231", 7)),
                        "Il valore è fuori dall'intervallo ammesso per questo indicatore (tra 1 e 5, scala 1-5):"
                        + " correggerlo; se il valore è davvero questo, chiedere al controllo di gestione di"
                        + " rivedere Minimo/Massimo nel piano."),
                new Case(FindingCode.DENOMINATORE_ZERO, early(wb().number("IN_I_RAT_1231_NUM",
                                1200).number("IN_I_RAT_1231_DEN", 0)),
                        "Il denominatore è zero e il rapporto non si può calcolare: scrivere il denominatore"
                        + " effettivo (es. il numero di addetti o di pratiche ricevute); se non è disponibile"
                        + " lasciare vuote entrambe le celle."),
                new Case(FindingCode.RAPPORTO_INCOMPLETO, early(wb().number("IN_I_RAT_1231_NUM", 1200)),
                        "Il rapporto è incompleto: compilare sia il numeratore sia il denominatore (oppure nessuno"
                        + " dei due)."),
                new Case(FindingCode.VALORE_NEGATIVO, early(wb().number("IN_I_NUM_1231", -5)),
                        "Il valore è negativo ma l'unità di misura (numero) è un conteggio: scrivere il numero"
                        + " senza segno meno."),
                new Case(FindingCode.VALORE_MANCANTE, at(LocalDate.of(2018, 10, 20), wb()),
                        "Manca il valore al 30/09/2018: senza valore l'indicatore non viene valutato e la scheda"
                        + " risulta incompleta. Compilare la cella, oppure spiegare nelle cause di scostamento"
                        + " perché il dato non è disponibile."),
                new Case(FindingCode.CAUSA_MANCANTE, early(wb().number("IN_I_NUM_1231", 1000)),
                        "Il valore 1.000 non raggiunge il target '1.200' al 31/12: spiegare nella cella delle"
                        + " cause di scostamento perché, e quali azioni sono state prese."),
                new Case(FindingCode.CUMULATIVO_IN_CALO, early(wb().number("IN_I_NUM_0930",
                                1000).number("IN_I_NUM_1231", 800).text("CAUSA_I_NUM_1231", "Errore 30/09")),
                        "L'indicatore è cumulativo (il valore si somma nel corso dell'anno) ma al 31/12 è sceso da"
                        + " 1.000 a 800: indicare il totale dall'inizio dell'anno, non il solo periodo."),
                new Case(FindingCode.SI_NO_NON_VALIDO, early(wb().text("IN_I_SINO_1231", "Sicilia")),
                        "Il valore deve essere SI oppure NO: sceglierlo dall'elenco della cella. Probabilmente il"
                        + " completamento automatico di LibreOffice ha trasformato 'Si' o 'No' in 'Sicilia':"
                        + " riscrivere il valore e premere Canc prima di Invio, oppure sceglierlo dall'elenco."),
                new Case(FindingCode.STATO_FASE_NON_VALIDO, early(wb().text("FASE_OB1_B_2_0930", "Fatto")),
                        "Lo stato della fase B_2 deve essere uno di quelli dell'elenco (Da avviare, In corso,"
                        + " Completata): sceglierlo dall'elenco della cella."),
                new Case(FindingCode.ERRORE_FORMULA, early(wb().error("IN_I_NUM_1231", "#DIV/0!")),
                        "La cella contiene un errore di formula (#DIV/0!): scrivere il valore direttamente, senza"
                        + " formula."),
                new Case(FindingCode.VALORE_INTERPRETATO, early(wb().text("IN_I_SCALA_1231", "4.5")),
                        "Valore ambiguo, '4.5' letto come 4,5 (il punto è stato inteso come virgola decimale; in"
                        + " italiano si scrive 4,5). Se la lettura non è corretta, riscrivere il valore."),
                // plausibility
                new Case(FindingCode.NUMERO_IN_FORMATO_DATA, early(wb().date("IN_I_NUM_1231", 43465)),
                        "La cella Scheda!F28 mostra la data 31/12/2018, ma qui va un numero (letto così sarebbe"
                        + " 43.465, il numero di serie della data): forse intendevi 31? Il valore scritto è stato"
                        + " completato o letto come data. Riscrivere il numero; se la cella mostra ancora una data,"
                        + " annullare con Ctrl+Z e riscriverlo."),
                new Case(FindingCode.NUMERO_IN_FORMATO_DATA, early(wb().date("IN_I_RAT_1231_DEN",
                                31).number("IN_I_RAT_1231_NUM", 1300)),
                        "La cella Scheda!F33 è formattata come data e mostra 31/01/1900: letto il numero 31. Se il"
                        + " numero non è quello giusto, riscriverlo."),
                new Case(FindingCode.VALORE_COME_ANNO_O_DATA, early(wb().number("IN_I_GG_1231", 2018)),
                        "Il valore 2.018 nella cella Scheda!F65 sembra un anno, non un valore dell'indicatore I.GG"
                        + " (target non oltre -7): forse intendevi 2 o 20? Il completamento automatico di"
                        + " LibreOffice completa le cifre scritte con i testi della stessa colonna. Controllare e"
                        + " riscrivere il valore; se è giusto, ignorare questo avviso."),
                new Case(FindingCode.PERCENTUALE_SOTTO_UNO, early(wb().percentCell("IN_I_PCT_1231", 0.0085)),
                        "La percentuale 0,85% nella cella Scheda!F30 è molto lontana dal target >=75%: forse"
                        + " intendevi 85%? In una cella percentuale 0,85 si legge 0,85%: per 85% scrivere 85 oppure"
                        + " 85%."));
    }

    @TestFactory
    List<DynamicTest> everyValidationFindingSaysExactlyWhatItSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.code().code(), () -> {
                List<Finding> findings = c.findings().get();
                Finding f = findings.stream().filter(x -> x.is(c.code())).findFirst()
                        .orElseThrow(() -> new AssertionError("no " + c.code() + " in " + findings));
                assertEquals(c.message(), f.message());
            }));
        }
        return tests;
    }

    @Test
    void everyValidationCodeIsPinned() {
        Set<FindingCode> pinned = cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(VALIDATION_CODES), pinned);
    }
}
