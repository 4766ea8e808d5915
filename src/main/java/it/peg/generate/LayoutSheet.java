package it.peg.generate;

import it.peg.xlsx.CellReferences;
import it.peg.xlsx.TemplateSheet;
import it.peg.xlsx.TemplateSheet.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the template's {@code Struttura} sheet (as the Excel boundary reads it, values shown as in Italian Excel) into
 * a {@link Layout}. One setting per row, its key in column A:
 * <pre>
 * verifiche | righe or colonne
 * colonna   | field | width (characters) | una volta or per verifica | group (verifiche in columns)
 * sezione   | dimension | heading text
 * totale    | SI or NO
 * obiettivo | blocks, comma separated, in order
 * </pre>
 * A row with another key, a blank key or key {@code chiave} (the heading) is ignored only when blank or the heading;
 * anything else is refused with the file, the cell and the fix, so a misspelt setting never silently changes a scheda.
 */
final class LayoutSheet {
    static final String SHEET = "Struttura";
    /** The locale the sheet's values are read in, as an Italian Excel shows them ({@code 2,5}). */
    static final Locale SHOWN_IN = Locale.ITALY;

    private final String source;
    private final TemplateSheet sheet;

    private LayoutSheet(String source, TemplateSheet sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    /** The template's layout: its Struttura sheet, or {@link Layout#DEFAULT} when it has none (older templates). */
    static Layout read(String source, Optional<TemplateSheet> sheet) {
        return sheet.map(s -> new LayoutSheet(source, s).read()).orElse(Layout.DEFAULT);
    }

    private Layout read() {
        Boolean inColumns = null;
        List<Layout.Column> columns = new ArrayList<>();
        Map<Layout.Field, String> seen = new EnumMap<>(Layout.Field.class);
        List<Layout.Section> sections = new ArrayList<>();
        boolean total = false;
        List<Layout.Block> blocks = null;
        for (Row row : sheet.rows()) {
            String key = text(row, 0).toLowerCase(Locale.ROOT);
            switch (key) {
                case "", "chiave" -> {
                }
                case "verifiche" -> inColumns = switch (text(row, 1).toLowerCase(Locale.ROOT)) {
                    case "righe" -> false;
                    case "colonne" -> true;
                    default -> throw refuse(row, 1, "'verifiche' vale '" + text(row, 1) + "'. Scrivere righe (una riga"
                            + " per verifica sotto ogni indicatore) oppure colonne (un gruppo di colonne per verifica).");
                };
                case "colonna" -> {
                    Layout.Column c = column(row);
                    String earlier = seen.put(c.field(), ref(row, 1));
                    if (earlier != null) {
                        throw refuse(row, 1, "la colonna '" + c.field().key() + "' compare due volte (anche in "
                                + earlier + "): tenerne una sola riga.");
                    }
                    columns.add(c);
                }
                case "sezione" -> {
                    String dim = text(row, 1);
                    if (dim.isEmpty()) {
                        throw refuse(row, 1, "manca la dimensione della sezione: scrivere ad esempio EFFICIENZA,"
                                + " EFFICACIA o ECONOMICITA' (come nella colonna Dimensione del piano).");
                    }
                    sections.add(new Layout.Section(dim, text(row, 2).isEmpty() ? dim : text(row, 2)));
                }
                case "totale" -> total = yesNo(row, 1);
                case "obiettivo" -> blocks = blocks(row);
                default -> throw refuse(row, 0, "la chiave '" + text(row, 0) + "' non è nota. Chiavi possibili:"
                        + " verifiche, colonna, sezione, totale, obiettivo (una per riga, in colonna A).");
            }
        }
        if (inColumns == null) {
            throw refuse("manca la riga 'verifiche' (in colonna A) con righe oppure colonne in colonna B.");
        }
        for (Layout.Field f : Layout.required(inColumns)) {
            if (!seen.containsKey(f)) {
                throw refuse("manca la colonna '" + f.key() + "': " + why(f) + " Aggiungere una riga 'colonna' con "
                        + f.key() + " in colonna B.");
            }
        }
        if (inColumns && seen.containsKey(Layout.Field.VERIFICA)) {
            throw refuse(seen.get(Layout.Field.VERIFICA), "la colonna 'verifica' serve solo con le verifiche in righe;"
                    + " con le verifiche in colonne ogni gruppo ha già la sua data nell'intestazione: togliere la riga.");
        }
        for (int i = 0; i < Math.min(2, columns.size()); i++) {
            if (columns.get(i).field().input) {
                throw refuse(seen.get(columns.get(i).field()), "la colonna '" + columns.get(i).field().key() + "' non"
                        + " può essere tra le prime due: lì peg scrive le etichette e i testi dell'intestazione, che"
                        + " LibreOffice proporrebbe per completare ciò che l'ufficio scrive. Spostarla più in basso.");
            }
        }
        if (columns.get(columns.size() - 1).field() == Layout.Field.VALORE) {
            throw refuse(seen.get(Layout.Field.VALORE), "dopo la colonna 'valore' serve almeno un'altra colonna: lì"
                    + " vanno le note dell'obiettivo alle verifiche intermedie. Spostare 'valore' più in alto.");
        }
        if (blocks == null) {
            blocks = Layout.DEFAULT.blocks();
        }
        return new Layout(inColumns, columns, sections, total, blocks);
    }

    private static String why(Layout.Field f) {
        return switch (f) {
            case TARGET -> "mostra il target del piano, che peg confronta quando la scheda torna.";
            case PESO -> "mostra il peso del piano, che peg confronta quando la scheda torna.";
            case VERIFICA -> "con le verifiche in righe dice a quale verifica si riferisce ogni riga.";
            default -> "vi si scrivono i valori che peg legge.";
        };
    }

    private Layout.Column column(Row row) {
        String name = text(row, 1).toLowerCase(Locale.ROOT);
        Layout.Field field = Arrays.stream(Layout.Field.values()).filter(f -> f.key().equals(name)).findFirst()
                .orElseThrow(() -> refuse(row, 1, "colonna '" + text(row, 1) + "' sconosciuta. Colonne possibili: "
                        + Arrays.stream(Layout.Field.values()).map(Layout.Field::key).collect(Collectors.joining(", "))
                        + "."));
        int width;
        try {
            BigDecimal w = new BigDecimal(text(row, 2).replace(',', '.'));
            if (w.compareTo(BigDecimal.valueOf(3)) < 0 || w.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            width = w.intValue();
        } catch (NumberFormatException e) {
            throw refuse(row, 2, "larghezza '" + text(row, 2) + "' non valida: scrivere la larghezza della colonna in"
                    + " caratteri, un numero intero da 3 a 100.");
        }
        String how = text(row, 3).toLowerCase(Locale.ROOT);
        boolean perVerifica;
        if (how.equals("per verifica")) {
            perVerifica = true;
        } else if (how.equals("una volta") || how.isEmpty()) {
            perVerifica = false;
        } else {
            throw refuse(row, 3, "scrivere 'una volta' (una cella per indicatore) oppure 'per verifica' (una cella"
                    + " per ogni verifica), non '" + text(row, 3) + "'.");
        }
        if (perVerifica && !field.perVerifica) {
            throw refuse(row, 3, "la colonna '" + field.key() + "' si scrive una volta per indicatore: scrivere"
                    + " 'una volta'.");
        }
        if (!perVerifica && !field.once) {
            throw refuse(row, 3, "la colonna '" + field.key() + "' ha una cella per ogni verifica: scrivere"
                    + " 'per verifica'.");
        }
        return new Layout.Column(field, width, perVerifica, text(row, 4));
    }

    private List<Layout.Block> blocks(Row row) {
        List<Layout.Block> out = new ArrayList<>();
        for (String part : text(row, 1).split("[,;]")) {
            String k = part.trim().toLowerCase(Locale.ROOT);
            if (k.isEmpty()) {
                continue;
            }
            Layout.Block b = Arrays.stream(Layout.Block.values()).filter(x -> x.key().equals(k)).findFirst()
                    .orElseThrow(() -> refuse(row, 1, "blocco '" + part.trim() + "' sconosciuto. Blocchi possibili: "
                            + Arrays.stream(Layout.Block.values()).map(Layout.Block::key)
                            .collect(Collectors.joining(", ")) + "."));
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        if (!out.contains(Layout.Block.PESO)) {
            throw refuse(row, 1, "manca il blocco 'peso': mostra il peso dell'obiettivo, che peg confronta con il piano"
                    + " quando la scheda torna. Aggiungerlo all'elenco.");
        }
        return out;
    }

    private boolean yesNo(Row row, int col) {
        return switch (text(row, col).toUpperCase(Locale.ROOT)) {
            case "SI", "SÌ" -> true;
            case "NO", "" -> false;
            default -> throw refuse(row, col, "scrivere SI oppure NO, non '" + text(row, col) + "'.");
        };
    }

    private static String text(Row row, int col) {
        return row.cell(col).flatMap(TemplateSheet.Cell::shown).map(String::trim).orElse("");
    }

    private String ref(Row row, int col) {
        return SHEET + "!" + CellReferences.a1(row.index(), col);
    }

    private TemplateException refuse(Row row, int col, String what) {
        return refuse(ref(row, col), what);
    }

    private TemplateException refuse(String cell, String what) {
        return new TemplateException("Nel modello " + source + ", cella " + cell + ": " + what);
    }

    private TemplateException refuse(String what) {
        return new TemplateException("Nel modello " + source + ", foglio " + SHEET + ": " + what);
    }
}
