package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhaseStateTest {
    @Test
    void aLabelIsFoundWhateverItsCaseAndItsRunsOfWhitespace() {
        assertEquals(Optional.of(PhaseState.IN_CORSO), PhaseState.fromLabel("In corso"));
        assertEquals(Optional.of(PhaseState.IN_CORSO), PhaseState.fromLabel("  IN \t\n corso "));
        assertEquals(Optional.of(PhaseState.DA_AVVIARE), PhaseState.fromLabel("da\u000Bavviare"));
        assertEquals(Optional.of(PhaseState.COMPLETATA), PhaseState.fromLabel("\fCOMPLETATA\r"));
    }

    @Test
    void anyOtherTextIsNoState() {
        assertEquals(Optional.empty(), PhaseState.fromLabel(""));
        assertEquals(Optional.empty(), PhaseState.fromLabel("incorso"));
        assertEquals(Optional.empty(), PhaseState.fromLabel("in corso x"));
        // a no-break space is not whitespace to the pattern, as it was not to String.replaceAll("\\s+", " ")
        assertEquals(Optional.empty(), PhaseState.fromLabel("in\u00A0corso"));
    }
}
