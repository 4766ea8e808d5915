package it.peg.merge;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A writer of merge's own binary files (the night manifest, the ledger's history snapshot) whose texts are written
 * once, then by index: a file's name and digest recur across their sections. Read back by {@link IndexedTextIn}.
 */
class IndexedTextOut {
    final DataOutputStream data;
    private final java.util.Map<String, Integer> written = new java.util.HashMap<>();

    IndexedTextOut(DataOutputStream data) {
        this.data = data;
    }

    /** The text's UTF-8 bytes after their length the first time, {@code -1 - index} after that. */
    final void text(String s) throws IOException {
        Integer index = written.get(s);
        if (index != null) {
            data.writeInt(-1 - index);
            return;
        }
        written.put(s, written.size());
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        data.writeInt(b.length);
        data.write(b);
    }
}
