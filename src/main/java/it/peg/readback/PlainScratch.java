package it.peg.readback;

/**
 * A thread's buffer and tag parser for {@link PlainXml}, kept from one part to the next: a file's four parts read
 * that way, of thousands of files, each allocated (and zeroed) 16 KB and the tag's tables again (docs/performance.md,
 * "h25-parse"). One cursor of a thread holds it at a time; a cursor opened while another is open gets its own.
 */
final class PlainScratch {
    private static final int FIRST_BYTES = 16384;
    private static final ThreadLocal<PlainScratch> THREAD = ThreadLocal.withInitial(PlainScratch::new);

    byte[] buf = new byte[FIRST_BYTES];
    final PlainTag tag = new PlainTag(true);
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

    /**
     * Given back, once, by the cursor that took it, with its buffer as the cursor left it. A grown one (a tag longer
     * than 16 KB) is not kept: a cursor reads its part as far ahead as its buffer holds, and what it inflates past
     * where its reader stops counts toward the package's caps (the inflate ratio, the total), so a buffer grown by an
     * earlier file would make a later file's findings depend on what its thread read before (h25-review-read,
     * PlainXmlBufferReuseTest). Such tags are rare: a new 16 KB after one costs nothing.
     */
    void giveBack(byte[] grown) {
        buf = grown.length == FIRST_BYTES ? grown : new byte[FIRST_BYTES];
        inUse = false;
    }
}
