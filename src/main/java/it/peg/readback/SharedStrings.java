package it.peg.readback;

import javax.xml.stream.XMLStreamConstants;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Streams {@code sharedStrings.xml} and keeps only the items the wanted cells use, stopping after the last. */
final class SharedStrings {
    private SharedStrings() {
    }

    static Map<Integer, String> read(BoundedZip zip, String part, Set<Integer> needed, Deadline deadline)
            throws ReadFailure {
        Map<Integer, String> out = new HashMap<>();
        if (needed.isEmpty() || part == null) {
            return out;
        }
        int maxNeeded = -1;
        for (int i : needed) {
            maxNeeded = Math.max(maxNeeded, i); // a loop: a stream pipeline per file costs more under C1
        }
        int max = maxNeeded;
        return XmlCursor.parse(zip, part, x -> read(x, part, needed, max, deadline)).orElse(out);
    }

    private static Map<Integer, String> read(XmlCursor x, String part, Set<Integer> needed, int max, Deadline deadline)
            throws ReadFailure {
        Items items = new Items(x, part, needed, max, deadline);
        // a thin loop, each event handled by a call: compiled by C1 within the first file, not after a hundred
        // (as SheetCells; docs/performance.md, "h29-cons")
        while (x.hasNext()) {
            if (items.ended(x.next())) {
                break;
            }
        }
        return items.out;
    }

    /** The part's stream read one event at a time ({@link #ended}): the item's index and the texts kept. */
    private static final class Items {
        private final XmlCursor x;
        private final String part;
        private final Set<Integer> needed;
        private final int max;
        private final Deadline deadline;
        private final int cap;
        final Map<Integer, String> out = new HashMap<>();
        private int index = -1;

        Items(XmlCursor x, String part, Set<Integer> needed, int max, Deadline deadline) {
            this.x = x;
            this.part = part;
            this.needed = needed;
            this.max = max;
            this.deadline = deadline;
            this.cap = x.caps().maxSharedStrings();
        }

        /** Handles the event just read; true once the last needed item is read. */
        boolean ended(int ev) throws ReadFailure {
            if (ev != XMLStreamConstants.START_ELEMENT) {
                return false;
            }
            if ("sst".equals(x.local())) {
                // what the file declares is checked, never used to size anything
                if (declared(x.attr("uniqueCount")) > cap) {
                    throw tooMany(cap, part);
                }
                return false;
            }
            if (!"si".equals(x.local())) {
                return false;
            }
            index++;
            if (index >= cap) {
                throw tooMany(cap, part);
            }
            if ((index & 0x3FF) == 0) {
                deadline.check();
            }
            if (needed.contains(index)) {
                out.put(index, RichText.read(x));
            } else {
                x.skipTextChild('t'); // a label's text no wanted cell shows: its events not made one by one
            }
            return index >= max;
        }
    }

    private static long declared(String count) {
        if (count == null) {
            return 0;
        }
        try {
            return Long.parseLong(count.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ReadFailure tooMany(int cap, String part) {
        return ReadFailure.limit("più di " + ReadFailure.count(cap) + " testi condivisi in " + part,
                part + ": more than " + cap + " shared strings");
    }
}
