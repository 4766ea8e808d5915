package it.peg.readback;

import javax.xml.stream.XMLStreamConstants;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Streams one worksheet part and keeps only the wanted cells, stopping after the last wanted row:
 * a million-row sheet costs only the rows before the last named cell.
 */
final class SheetCells {
    /**
     * A cell as written: {@code type} is the {@code t} attribute ("n" when absent), {@code value} the
     * {@code <v>} text (null when absent), {@code inline} the {@code <is>} text (null when absent),
     * {@code formula} the formula text (null when the cell has none).
     */
    record CellData(int style, String type, String value, String inline, String formula) {
    }

    /** Shared formulas remembered at most (their dependents carry only the index). */
    private static final int MAX_SHARED_FORMULAS = 10_000;

    private SheetCells() {
    }

    /**
     * @param wanted        cell keys ({@link CellAddress#key()}) to keep
     * @param metadataRows  also keep columns A and B of this many first rows (0 for none)
     */
    static Map<Long, CellData> read(BoundedZip zip, String part, Set<Long> wanted, int metadataRows,
                                    Deadline deadline) throws ReadFailure {
        Map<Long, CellData> out = new HashMap<>();
        int maxRow = metadataRows - 1;
        // sorted, unboxed: every cell of the sheet is looked up, and boxing each key for the set was about a tenth of
        // reading a sheet
        long[] keys = new long[wanted.size()];
        int n = 0;
        for (long k : wanted) {
            keys[n++] = k;
            maxRow = Math.max(maxRow, (int) (k >>> 16));
        }
        java.util.Arrays.sort(keys);
        if (maxRow < 0) {
            XmlStream.open(zip, part).ifPresent(XmlStream::close);
            return out;
        }
        // the plain form first; anything outside it is read again, from the start, by the full parser
        int last = maxRow;
        return XmlCursor.parse(zip, part, x -> read(x, part, keys, last, metadataRows, deadline)).orElse(out);
    }

    private static Map<Long, CellData> read(XmlCursor x, String part, long[] keys, int maxRow, int metadataRows,
                                            Deadline deadline) throws ReadFailure {
        Scan scan = new Scan(x, part, keys, maxRow, metadataRows, deadline);
        // a thin loop: each event handled by a call (docs/performance.md, "h29-cons"). A method runs interpreted
        // until C1 compiles it, after about a hundred calls, a hundred sheets, with its loop taken over only at a
        // back-edge after the first thousand of each call's events; a method called per event is compiled within
        // the first sheet
        while (x.hasNext()) {
            if (scan.ended(x.next())) {
                break;
            }
        }
        return scan.out;
    }

    /** A worksheet's stream read one event at a time ({@link #ended}): its position and what it keeps. */
    private static final class Scan {
        private final XmlCursor x;
        private final String part;
        private final long[] keys;
        private final int maxRow;
        private final int metadataRows;
        private final Deadline deadline;
        private final ReadLimits.Content caps;
        final Map<Long, CellData> out = new HashMap<>();
        private final Map<String, String> sharedFormulas = new HashMap<>();
        private int row = -1;
        private int col = -1;
        private long events;
        private int rows;
        private int cells;
        private int keysRow = -1;
        private int rowFrom;
        private int rowTo;

        Scan(XmlCursor x, String part, long[] keys, int maxRow, int metadataRows, Deadline deadline) {
            this.x = x;
            this.part = part;
            this.keys = keys;
            this.maxRow = maxRow;
            this.metadataRows = metadataRows;
            this.deadline = deadline;
            this.caps = x.caps();
        }

        /** Handles the event just read; true when the reading ends (sheetData's end, or a row past the last wanted). */
        boolean ended(int ev) throws ReadFailure {
            if ((++events & 0xFFF) == 0) {
                deadline.check();
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                // most ends are a cell's: its one-letter name told by its length (String.equals is a call under C1)
                return x.local().length() == 9 && "sheetData".equals(x.local());
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                return false;
            }
            switch (x.local()) {
                case "row" -> {
                    if (++rows > caps.maxRows()) {
                        throw ReadFailure.limit("più di " + ReadFailure.count(caps.maxRows(), "riga", "righe") + " in " + part,
                                part + ": more than " + caps.maxRows() + " rows");
                    }
                    int r = x.attrInt("r", -1);
                    row = r >= 1 && r <= CellAddress.MAX_ROWS ? r - 1 : row + 1;
                    col = -1;
                    return row > maxRow;
                }
                case "c" -> cell();
                case "f" -> rememberShared(x, sharedFormulas);
                default -> {
                }
            }
            return false;
        }

        private void cell() throws ReadFailure {
            if (++cells > caps.maxCells()) {
                throw ReadFailure.limit("più di " + ReadFailure.count(caps.maxCells(), "cella", "celle") + " in " + part,
                        part + ": more than " + caps.maxCells() + " cells");
            }
            // the reference read from the bytes: no String per cell (PlainXml)
            long ref = x.attrRef("r");
            int c = CellAddress.packedCol(ref);
            col = c >= 0 ? c : col + 1;
            int r = CellAddress.packedRow(ref);
            if (r >= 0) {
                row = r;
            }
            if (row < 0 || col < 0 || col >= CellAddress.MAX_COLS || row >= CellAddress.MAX_ROWS) {
                return;
            }
            if (row != keysRow) {
                // the wanted keys of this row, found once: a row holds a few, most rows none
                keysRow = row;
                int at = java.util.Arrays.binarySearch(keys, (long) row << 16);
                rowFrom = at >= 0 ? at : -at - 1;
                rowTo = rowFrom;
                while (rowTo < keys.length && keys[rowTo] >>> 16 == row) {
                    rowTo++;
                }
            }
            long key = ((long) row << 16) | col;
            if (wanted(keys, rowFrom, rowTo, key) || (col <= 1 && row < metadataRows)) {
                out.put(key, readCell(x, sharedFormulas));
            } else {
                // an unwanted cell's value (no formula in it: a shared formula's master is remembered)
                int skipped = x.skipTextChild('v');
                if (skipped > 0 && ((events + skipped) & ~0xFFFL) != (events & ~0xFFFL)) {
                    deadline.check(); // as often as when each event was asked for
                }
                events += skipped;
            }
        }
    }

    private static boolean wanted(long[] keys, int from, int to, long key) {
        for (int i = from; i < to; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** A shared formula's master holds the text; cells below refer to it by {@code si}. */
    private static void rememberShared(XmlCursor x, Map<String, String> shared) throws ReadFailure {
        String si = x.attr("si");
        if ("shared".equals(x.attr("t")) && si != null && x.attr("ref") != null && shared.size() < MAX_SHARED_FORMULAS) {
            String text = x.formula();
            if (!text.isBlank()) {
                shared.put(si, text);
            }
        }
    }

    /** Reads the current {@code c} element to its end. */
    private static CellData readCell(XmlCursor x, Map<String, String> shared) throws ReadFailure {
        String t = x.attr("t");
        int style = x.attrInt("s", 0);
        String value = null;
        String inline = null;
        String formula = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.local()) {
                    case "v" -> value = x.text();
                    case "is" -> inline = RichText.read(x);
                    case "f" -> {
                        String ft = x.attr("t");
                        String si = x.attr("si");
                        boolean master = x.attr("ref") != null;
                        String text = x.formula();
                        if ("shared".equals(ft) && si != null) {
                            if (master && !text.isBlank()) {
                                shared.put(si, text);
                            } else if (text.isBlank()) {
                                // a dependent: the master's text (not shifted to this cell: informative only)
                                text = shared.getOrDefault(si, "");
                            }
                        }
                        formula = text;
                    }
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new CellData(style, t == null ? "n" : t, value, inline, formula);
    }
}
