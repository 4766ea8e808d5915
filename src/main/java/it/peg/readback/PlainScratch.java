package it.peg.readback;

/**
 * A thread's buffer and tag parser for {@link PlainXml}, kept from one part to the next: a file's four parts read
 * that way, of thousands of files, each allocated (and zeroed) 16 KB and the tag's tables again (docs/performance.md,
 * "h25-parse"). One cursor of a thread holds it at a time; a cursor opened while another is open gets its own.
 */
final class PlainScratch {
    private static final int FIRST_BYTES = 16384;
    /** A buffer grown past this (a very long tag or text) is let go rather than kept for the thread's life. */
    private static final int KEEP_BYTES = 1 << 17;
    private static final ThreadLocal<PlainScratch> THREAD = ThreadLocal.withInitial(PlainScratch::new);

    byte[] buf = new byte[FIRST_BYTES];
    final PlainTag tag = new PlainTag();
    private boolean inUse;

    private PlainScratch() {
    }

    /** The thread's scratch, or a new one when a cursor of this thread holds it. */
    static PlainScratch take() {
        PlainScratch s = THREAD.get();
        if (s.inUse) {
            return new PlainScratch();
        }
        s.inUse = true;
        return s;
    }

    /** Given back, once, by the cursor that took it, with its buffer as the cursor left it (grown, maybe). */
    void giveBack(byte[] grown) {
        buf = grown.length <= KEEP_BYTES ? grown : new byte[FIRST_BYTES];
        inUse = false;
    }
}
