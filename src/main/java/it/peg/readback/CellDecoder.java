package it.peg.readback;

import it.peg.xlsx.ExcelCell;
import it.peg.xlsx.ExcelDates;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a cell as written ({@link SheetCells.CellData}) into a {@link RawCell}: the cached value of a
 * formula is reported as is (never evaluated); a formula without a cached value is BLANK.
 */
final class CellDecoder {
    private final NumberFormats formats;
    private final Map<Integer, String> sharedStrings;
    private final boolean date1904;

    CellDecoder(NumberFormats formats, Map<Integer, String> sharedStrings, boolean date1904) {
        this.formats = formats;
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
    }

    /** The shared-string index a cell refers to, when it is a shared-string cell. */
    static Optional<Integer> sharedIndex(SheetCells.CellData d) {
        if (!"s".equals(d.type()) || d.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(d.value().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The decoded cell, or empty when it cannot be interpreted (a dangling shared-string index). */
    Optional<RawCell> decode(String sheet, CellAddress at, SheetCells.CellData d) {
        NumberFormats.Format f = formats.of(d.style());
        Optional<String> formula = Optional.ofNullable(d.formula());
        String v = d.value();
        String cell = at.a1();
        switch (d.type()) {
            case "s" -> {
                if (v == null || v.isBlank()) {
                    return Optional.of(blank(sheet, cell, f, formula));
                }
                Optional<Integer> idx = sharedIndex(d);
                if (idx.isEmpty() || !sharedStrings.containsKey(idx.get())) {
                    return Optional.empty();
                }
                return Optional.of(text(sheet, cell, sharedStrings.get(idx.get()), f, formula));
            }
            case "inlineStr" -> {
                String s = d.inline() != null ? d.inline() : v;
                return Optional.of(s == null ? blank(sheet, cell, f, formula) : text(sheet, cell, s, f, formula));
            }
            case "str" -> {
                return Optional.of(v == null ? blank(sheet, cell, f, formula)
                        : text(sheet, cell, RichText.decodeEscapes(v), f, formula));
            }
            case "b" -> {
                if (v == null || v.isBlank()) {
                    return Optional.of(blank(sheet, cell, f, formula));
                }
                String b = v.trim();
                boolean value = b.equals("1") || b.equalsIgnoreCase("true");
                return Optional.of(new RawCell(sheet, cell, CellKind.BOOLEAN, value ? "TRUE" : "FALSE",
                        Optional.empty(), f.code(), f.date(), formula));
            }
            case "e" -> {
                return Optional.of(v == null ? blank(sheet, cell, f, formula)
                        : new RawCell(sheet, cell, CellKind.ERROR, v.trim(), Optional.empty(), f.code(), f.date(), formula));
            }
            case "d" -> {
                if (v == null || v.isBlank()) {
                    return Optional.of(blank(sheet, cell, f, formula));
                }
                Optional<Double> serial = ExcelDates.isoSerial(v, date1904);
                // an ISO date cell is a date whatever its format says
                return Optional.of(serial.isPresent()
                        ? new RawCell(sheet, cell, CellKind.NUMBER, "", serial, f.code(), true, formula)
                        : text(sheet, cell, v, f, formula));
            }
            default -> {
                if (v == null || v.isBlank()) {
                    return Optional.of(blank(sheet, cell, f, formula));
                }
                Optional<Double> n = ExcelCell.storedNumber(v); // hex floats, NaN and 1d are text
                return Optional.of(n.isPresent()
                        ? new RawCell(sheet, cell, CellKind.NUMBER, "", n, f.code(), f.date(), formula)
                        : text(sheet, cell, v, f, formula));
            }
        }
    }

    private static RawCell blank(String sheet, String cell, NumberFormats.Format f, Optional<String> formula) {
        return new RawCell(sheet, cell, CellKind.BLANK, "", Optional.empty(), f.code(), f.date(), formula);
    }

    private static RawCell text(String sheet, String cell, String s, NumberFormats.Format f, Optional<String> formula) {
        return new RawCell(sheet, cell, CellKind.TEXT, s, Optional.empty(), f.code(), f.date(), formula);
    }
}
