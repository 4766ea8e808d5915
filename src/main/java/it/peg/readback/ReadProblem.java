package it.peg.readback;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;

/**
 * File-level problems found while reading a returned workbook, each with its stable finding code (a
 * {@link FindingCode} of the same name) and an Italian message that says what the file is and what the office or the
 * controllo should do.
 */
public enum ReadProblem {
    FILE_NON_TROVATO(FindingCode.FILE_NON_TROVATO, Severity.ERRORE,
            "il file non esiste o non è un file normale (una cartella, un collegamento interrotto): "
                    + "controllare il percorso e inviare la scheda .xlsx ricevuta dal controllo di gestione"),
    COLLEGAMENTO_SIMBOLICO(FindingCode.COLLEGAMENTO_SIMBOLICO, Severity.ERRORE,
            "è un collegamento simbolico e peg non legge file attraverso un collegamento (potrebbe puntare a un file "
                    + "di sistema): copiare la scheda .xlsx stessa al suo posto"),
    FILE_SPECIALE(FindingCode.FILE_SPECIALE, Severity.ERRORE,
            "non è un file normale (una coda, un socket o un dispositivo) e non viene letto: "
                    + "mettere al suo posto la scheda .xlsx compilata"),
    FILE_ILLEGGIBILE(FindingCode.FILE_ILLEGGIBILE, Severity.ERRORE,
            "il file non si può leggere (permessi o disco): verificare che il file sia accessibile e riprovare"),
    FILE_VUOTO(FindingCode.FILE_VUOTO, Severity.ERRORE,
            "il file è vuoto (0 byte), probabilmente un salvataggio o un invio non riuscito: "
                    + "chiedere all'ufficio di inviare di nuovo la scheda .xlsx compilata"),
    FILE_TROPPO_GRANDE(FindingCode.FILE_TROPPO_GRANDE, Severity.ERRORE,
            "il file supera la dimensione massima accettata per una scheda: "
                    + "usare la scheda .xlsx originale senza incollare dati, immagini o fogli estranei"),
    FORMATO_XLS(FindingCode.FORMATO_XLS, Severity.ERRORE,
            "è un file Excel 97-2003 (.xls), formato non accettato: aprirlo in Excel o LibreOffice "
                    + "e salvare come .xlsx (Cartella di lavoro di Excel), poi inviare di nuovo"),
    FILE_PROTETTO_PASSWORD(FindingCode.FILE_PROTETTO_PASSWORD, Severity.ERRORE,
            "il file è protetto da password (cifrato) e non si può leggere: aprirlo, rimuovere la password "
                    + "(Excel: File > Informazioni > Proteggi cartella di lavoro > Crittografa con password, "
                    + "cancellare la password) e salvare di nuovo come .xlsx"),
    FORMATO_ODS(FindingCode.FORMATO_ODS, Severity.ERRORE,
            "è un foglio di calcolo OpenDocument (.ods): in LibreOffice usare File > Salva con nome e "
                    + "salvare in formato Excel .xlsx (Excel 2007-365), poi inviare di nuovo"),
    FORMATO_XLSB(FindingCode.FORMATO_XLSB, Severity.ERRORE,
            "è una cartella di lavoro binaria di Excel (.xlsb), formato non accettato: "
                    + "salvare come .xlsx (Cartella di lavoro di Excel) e inviare di nuovo"),
    FORMATO_TESTO(FindingCode.FORMATO_TESTO, Severity.ERRORE,
            "è un file di testo (per esempio un CSV o una pagina web) rinominato, non una cartella di lavoro Excel: "
                    + "usare la scheda .xlsx ricevuta dal controllo di gestione, compilarla e salvarla come .xlsx"),
    FORMATO_NON_EXCEL(FindingCode.FORMATO_NON_EXCEL, Severity.ERRORE,
            "non è una cartella di lavoro Excel .xlsx (è un altro tipo di documento): "
                    + "usare la scheda .xlsx ricevuta dal controllo di gestione, compilarla e salvarla come .xlsx"),
    ZIP_CORROTTO(FindingCode.ZIP_CORROTTO, Severity.ERRORE,
            "il file .xlsx è danneggiato o incompleto (troncato durante la copia o l'invio): "
                    + "riaprire la scheda sul computer dell'ufficio, salvarla di nuovo e inviarla ancora"),
    ZIP_SOSPETTO(FindingCode.ZIP_SOSPETTO, Severity.ERRORE,
            "il file ha un contenuto compresso anomalo (troppe parti o dati che si espandono in modo sospetto) "
                    + "e non viene letto per sicurezza: usare la scheda .xlsx originale ricevuta dal controllo di gestione"),
    XML_DTD_VIETATO(FindingCode.XML_DTD_VIETATO, Severity.ERRORE,
            "il file contiene dichiarazioni XML (DOCTYPE/entità) che Excel non scrive mai e che non vengono "
                    + "lette per sicurezza: riaprire la scheda in Excel o LibreOffice, salvarla come .xlsx e inviarla di nuovo"),
    XML_CORROTTO(FindingCode.XML_CORROTTO, Severity.ERRORE,
            "il contenuto del file .xlsx è danneggiato (XML non valido): riaprire la scheda in Excel o LibreOffice, "
                    + "salvarla di nuovo come .xlsx e inviarla ancora"),
    TEMPO_SCADUTO(FindingCode.TEMPO_SCADUTO, Severity.ERRORE,
            "la lettura del file ha superato il tempo massimo (il file è troppo grande o anomalo): "
                    + "usare la scheda .xlsx originale senza righe o fogli aggiunti"),
    NON_SCHEDA_PEG(FindingCode.NON_SCHEDA_PEG, Severity.ERRORE,
            "non è una scheda generata da peg: usare il file ricevuto dal controllo di gestione "
                    + "(compilare quella scheda, senza copiarne il contenuto in un file nuovo)"),
    MACRO_IGNORATE(FindingCode.MACRO_IGNORATE, Severity.AVVISO,
            "il file è una cartella di lavoro con macro (.xlsm): i valori sono letti normalmente e le macro "
                    + "ignorate; per le prossime consegne salvare come .xlsx"),
    LETTURA_NON_RIUSCITA(FindingCode.LETTURA_NON_RIUSCITA, Severity.ERRORE,
            "errore imprevisto di peg durante la lettura: è un difetto del programma, non necessariamente del file; "
                    + "inviare il file a chi cura peg nel vostro ente, con i dettagli tecnici che il comando stampa con -v"),
    LIMITE_SUPERATO(FindingCode.LIMITE_SUPERATO, Severity.ERRORE,
            "supera un limite di lettura di peg (%s), che una scheda non raggiunge mai: il file non viene letto "
                    + "per sicurezza; usare la scheda .xlsx originale ricevuta dal controllo di gestione, senza incollarvi "
                    + "testi, nomi o fogli estranei"),
    MEMORIA_INSUFFICIENTE(FindingCode.MEMORIA_INSUFFICIENTE, Severity.ERRORE,
            "la lettura del file ha richiesto più memoria di quella disponibile (%s) e si è fermata: il file non è "
                    + "stato letto e gli altri file non ne risentono; usare la scheda .xlsx originale senza contenuti "
                    + "aggiunti; se il problema resta, il file viene letto di nuovo alla prossima esecuzione"),
    NOME_FILE_NON_VALIDO(FindingCode.NOME_FILE_NON_VALIDO, Severity.AVVISO,
            "il nome del file contiene caratteri non validi per questo sistema (mostrati come \uFFFD): il file è stato "
                    + "letto normalmente; rinominarlo usando lettere, cifre, spazi e trattini prima del prossimo invio"),
    CELLA_ILLEGGIBILE(FindingCode.CELLA_ILLEGGIBILE, Severity.AVVISO,
            "una cella con nome ha un contenuto che non si può interpretare ed è considerata vuota: "
                    + "riscrivere il valore nella cella e salvare di nuovo");

    private final FindingCode code;
    private final Severity severity;
    private final String message;

    ReadProblem(FindingCode code, Severity severity, String message) {
        this.code = code;
        this.severity = severity;
        this.message = message;
    }

    /** The code of this problem's findings. */
    public FindingCode findingCode() {
        return code;
    }

    public String code() {
        return code.code();
    }

    public Severity severity() {
        return severity;
    }

    /** The finding for this problem in the given file; the message starts with the file's name. */
    public Finding finding(String fileName) {
        return findingAbout(fileName, "");
    }

    /**
     * As {@link #finding(String)}, saying what was over a limit ({@link #LIMITE_SUPERATO}: "un testo di oltre
     * 32.767 caratteri in xl/sharedStrings.xml"); {@code what} is ignored by the problems whose message has no place
     * for it.
     */
    public Finding findingAbout(String fileName, String what) {
        String text = message.contains("%s") ? String.format(java.util.Locale.ROOT, message,
                what == null || what.isBlank() ? "un limite di dimensione" : what) : message;
        return new Finding(severity, code, fileName, "", "", "", "", "",
                "File \"" + fileName + "\": " + text + ".");
    }

    /**
     * A failure of this run rather than a verdict on the file's bytes (a time limit on a loaded machine, a disk or
     * permission error, memory taken by other work): never remembered as the file's verdict, the file is read
     * again next time.
     */
    public boolean isTransient() {
        return this == TEMPO_SCADUTO || this == FILE_ILLEGGIBILE || this == MEMORIA_INSUFFICIENTE;
    }

    /** {@link #isTransient()} of the problem with this finding code; false for any other code. */
    public static boolean isTransient(String code) {
        for (ReadProblem p : values()) {
            if (p.code().equals(code)) {
                return p.isTransient();
            }
        }
        return false;
    }

    /**
     * As {@link #finding(String)}; the technical detail (English, for whoever maintains peg: "unknown signature",
     * a zip library's message) goes to the log, shown with -v, not into what the office and the summary read.
     */
    public Finding finding(String fileName, String detail) {
        LOG.debug("{}: {} ({})", fileName, code(), detail);
        return finding(fileName);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadProblem.class);
}
