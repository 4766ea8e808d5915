package it.peg.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an output is written as a sequence of keyed segments, each either rendered now or copied from the
 * output an earlier run left. A segment's key names everything its content was rendered from: equal keys,
 * equal bytes. The writer asks {@link #copy} first; when it answers false, the writer renders the content into
 * {@link #out()} and calls {@link #end} with the key. Copied bytes are checked against their CRC-32 first, so a
 * file someone changed since is never copied from (the writer renders instead), and the output is the same,
 * byte for byte, whether a segment was copied or rendered.
 */
public interface SegmentSink {
    /** Where the content of the current segment is written. */
    OutputStream out();

    /** Copies the earlier output's segment with this key, when there is one and it is intact. */
    boolean copy(String key) throws IOException;

    /** Ends the segment written to {@link #out()} since the last {@code end} or {@code copy}. */
    void end(String key) throws IOException;

    /**
     * Whether segments need their keys: false when there is nothing to copy from and the index is not kept (a
     * {@code consolidate} writes its outputs once, for no later run), so that a writer whose keys cost work (a
     * SHA-256 of what a run prints) may end each segment with any label and never ask {@link #copy}.
     */
    default boolean keyed() {
        return true;
    }
}
