package it.peg.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A fixed text like a worksheet's rows, about 24 KB, for telling one deflater from another: a key names the text of
 * what is copied from an earlier output, but the stored bytes are zlib's, which a JDK or system upgrade under the same
 * build of peg may change; what the deflater makes of this text says which one made them ({@link KeyedEntries},
 * {@link DeflatedSegments}).
 */
final class DeflaterProbe {
    private static final byte[] TEXT = text();

    private DeflaterProbe() {
    }

    /** The probe text, ASCII. */
    static byte[] bytes() {
        return TEXT.clone();
    }

    /** Remembers one identity per level, computed once: {@code of} deflates the probe at a level. */
    static final class Identities {
        private final ConcurrentHashMap<Integer, String> byLevel = new ConcurrentHashMap<>();
        private final Function<Integer, String> of;

        Identities(Function<Integer, String> of) {
            this.of = of;
        }

        String at(int level) {
            return byLevel.computeIfAbsent(level, of);
        }
    }

    private static byte[] text() {
        StringBuilder probe = new StringBuilder(1 << 15);
        long x = 20261205L;
        for (int r = 0; probe.length() < 24_000; r++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            probe.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" s=\"")
                    .append((x >>> 60) & 7).append("\" t=\"inlineStr\"><is><t>Obiettivo ")
                    .append(Long.toString(x >>> 40, 36)).append("</t></is></c><c><v>")
                    .append((x >>> 20) % 100_000).append("</v></c></row>");
        }
        return probe.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
