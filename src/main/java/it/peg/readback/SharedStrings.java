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
        Map<Integer, String> out = new HashMap<>();
        {
            int index = -1;
            int cap = x.caps().maxSharedStrings();
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("sst".equals(x.local())) {
                    // what the file declares is checked, never used to size anything
                    if (declared(x.attr("uniqueCount")) > cap) {
                        throw tooMany(cap, part);
                    }
                    continue;
                }
                if (!"si".equals(x.local())) {
                    continue;
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
                if (index >= max) {
                    break;
                }
            }
        }
        return out;
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
