package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CopiesInPlace}: the check's word and the archive step's finds, and a check that cannot answer. */
class CopiesInPlaceTest {
    @Test
    void holdsWhatTheCheckFoundAndWhatTheStepFoundUntilForgotten() {
        CopiesInPlace copies = new CopiesInPlace();
        assertFalse(copies.holds("a\u0000" + "1".repeat(64)));
        copies.foundByCheck(Set.of("a\u0000" + "1".repeat(64))::contains);
        copies.found("b\u0000" + "2".repeat(64));
        assertTrue(copies.holds("a\u0000" + "1".repeat(64)));
        assertTrue(copies.holds("b\u0000" + "2".repeat(64)));
        assertFalse(copies.holds("c\u0000" + "3".repeat(64)));
        assertEquals(Set.of("b\u0000" + "2".repeat(64)), copies.tonight());
        copies.forget();
        assertFalse(copies.holds("a\u0000" + "1".repeat(64)));
        assertFalse(copies.holds("b\u0000" + "2".repeat(64)));
    }

    /** A manifest that fails to answer (peg's fault) costs the lookups, not the night: asked once, then never again. */
    @Test
    void aCheckThatCannotAnswerIsAskedOnceAndEveryCopyIsThenLookedFor() {
        CopiesInPlace copies = new CopiesInPlace();
        AtomicInteger asked = new AtomicInteger();
        copies.foundByCheck(key -> {
            asked.incrementAndGet();
            throw new IllegalStateException("checked when read");
        });
        assertFalse(copies.holds("a\u0000" + "1".repeat(64)));
        assertFalse(copies.holds("b\u0000" + "2".repeat(64)));
        assertEquals(1, asked.get());
        copies.found("a\u0000" + "1".repeat(64));
        assertTrue(copies.holds("a\u0000" + "1".repeat(64)), "the step's own finds still count");
    }
}
