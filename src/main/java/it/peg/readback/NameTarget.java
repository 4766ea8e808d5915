package it.peg.readback;

import java.util.Optional;

/**
 * What a defined name's formula points at, when it is one cell of one sheet:
 * {@code 'Scheda 1'!$F$12}, {@code Scheda!F12}, {@code 'It''s'!F12}, {@code Scheda!$F$12:$F$12}.
 * Ranges, 3-D and external references, constants, formulas and {@code #REF!} are not single cells.
 */
record NameTarget(String sheet, CellAddress cell) {
    /** Formulas remembered at most: a workbook's names are about a hundred, and the same across a plan's files. */
    static final int MAX_REMEMBERED = 16_384;
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<NameTarget>> REMEMBERED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #parse}, remembered by formula text: every returned file of a plan names the same cells with the same
     * formulas (105 names a file), and parsing each again was 5% of the reading's allocation (docs/performance.md,
     * "h29-cons"). The result depends on the text alone and is immutable; past {@link #MAX_REMEMBERED} formulas (a
     * file of other names) the rest are parsed each time.
     */
    static Optional<NameTarget> of(String formula) {
        Optional<NameTarget> known = REMEMBERED.get(formula);
        if (known != null) {
            return known;
        }
        Optional<NameTarget> parsed = parse(formula);
        if (REMEMBERED.size() < MAX_REMEMBERED) {
            REMEMBERED.putIfAbsent(formula, parsed);
        }
        return parsed;
    }

    /** How many formulas are remembered (tests). */
    static int remembered() {
        return REMEMBERED.size();
    }

    static Optional<NameTarget> parse(String formula) {
        String f = formula.strip();
        if (f.startsWith("=")) {
            f = f.substring(1).strip();
        }
        String sheet;
        int bang;
        if (f.startsWith("'") && f.indexOf("''", 1) < 0) {
            // the usual quoted name ('Scheda'!$F$12): no doubled quote inside, so the text between the quotes
            int close = f.indexOf('\'', 1);
            if (close < 0) {
                return Optional.empty();
            }
            sheet = f.substring(1, close);
            bang = close + 1;
            if (bang >= f.length() || f.charAt(bang) != '!') {
                return Optional.empty();
            }
        } else if (f.startsWith("'")) {
            StringBuilder sb = new StringBuilder();
            int i = 1;
            while (true) {
                if (i >= f.length()) {
                    return Optional.empty();
                }
                char c = f.charAt(i);
                if (c == '\'') {
                    if (i + 1 < f.length() && f.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                sb.append(c);
                i++;
            }
            sheet = sb.toString();
            bang = i + 1;
            if (bang >= f.length() || f.charAt(bang) != '!') {
                return Optional.empty();
            }
        } else {
            bang = f.lastIndexOf('!');
            if (bang <= 0) {
                return Optional.empty();
            }
            sheet = f.substring(0, bang);
            // external workbooks ([1]Sheet), 3-D ranges (A:B) and functions are not single cells
            if (sheet.indexOf('[') >= 0 || sheet.indexOf(':') >= 0 || sheet.indexOf('(') >= 0
                    || sheet.indexOf(',') >= 0 || sheet.indexOf(' ') >= 0 || sheet.indexOf('\'') >= 0) {
                return Optional.empty();
            }
        }
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        String ref = f.substring(bang + 1).strip();
        int colon = ref.indexOf(':');
        if (colon >= 0) {
            Optional<CellAddress> a = CellAddress.parse(ref.substring(0, colon));
            Optional<CellAddress> b = CellAddress.parse(ref.substring(colon + 1));
            if (a.isEmpty() || !a.equals(b)) {
                return Optional.empty();
            }
            return Optional.of(new NameTarget(sheet, a.get()));
        }
        return CellAddress.parse(ref).map(c -> new NameTarget(sheet, c));
    }
}
