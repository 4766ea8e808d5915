package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key of a service's sheet changes with everything the sheet shows: every component of its form and of each
 * objective's line (found by reflection, so that a field added to the form and left out of the key fails here), the
 * heading, the verifica, the ente of the page header and the selected first sheet.
 */
class ValutazioneSheetKeyTest {
    private static final String HEADING = "Comune di Esempio - Anno 2025";
    private static final String VERIFICA = "Verifica al 30/06/2025";
    private static final String ENTE = "Comune di Esempio";

    private static ValutazioneForm.Row row(String objective) {
        return new ValutazioneForm.Row(objective, Optional.of(new BigDecimal("0.6")), Optional.of(new BigDecimal("0.9")),
                Optional.empty(), "ritardo fornitore", "");
    }

    private static ValutazioneForm form() {
        return new ValutazioneForm("S01", "Ragioneria", "Anna Rossi", List.of(row("OB1 - Pagamenti"), row("OB2 - Entrate")),
                Optional.of(new BigDecimal("1.0")), Optional.of(new BigDecimal("0.94")));
    }

    private static String key(ValutazioneForm f) {
        return ValutazioneSheetKey.of(f, HEADING, VERIFICA, ENTE, false);
    }

    @Test
    void theSameInputsTheSameKey() {
        assertEquals(key(form()), key(form()));
        assertEquals(32, key(form()).length());
    }

    @Test
    void whatEverySheetPrintsOfTheWorkbookIsInTheKey() {
        ValutazioneForm f = form();
        Set<String> keys = new HashSet<>(List.of(
                ValutazioneSheetKey.of(f, HEADING, VERIFICA, ENTE, false),
                ValutazioneSheetKey.of(f, "Comune di Esempio - Anno 2026", VERIFICA, ENTE, false),
                ValutazioneSheetKey.of(f, HEADING, "Verifica al 30/09/2025", ENTE, false),
                ValutazioneSheetKey.of(f, HEADING, VERIFICA, "Comune di Altrove", false),
                ValutazioneSheetKey.of(f, HEADING, VERIFICA, ENTE, true)));
        assertEquals(5, keys.size());
    }

    @Test
    void everyComponentOfTheFormChangesTheKey() throws Exception {
        ValutazioneForm base = form();
        String baseKey = key(base);
        RecordComponent[] formComponents = ValutazioneForm.class.getRecordComponents();
        for (int i = 0; i < formComponents.length; i++) {
            RecordComponent c = formComponents[i];
            Object[] args = components(base);
            args[i] = changed(args[i]);
            ValutazioneForm other = construct(ValutazioneForm.class, args);
            assertNotEquals(baseKey, key(other), c.getName());
        }
        ValutazioneForm.Row baseRow = base.rows().get(1);
        RecordComponent[] rowComponents = ValutazioneForm.Row.class.getRecordComponents();
        for (int i = 0; i < rowComponents.length; i++) {
            RecordComponent c = rowComponents[i];
            Object[] args = components(baseRow);
            args[i] = changed(args[i]);
            List<ValutazioneForm.Row> rows = new ArrayList<>(base.rows());
            rows.set(1, construct(ValutazioneForm.Row.class, args));
            ValutazioneForm other = new ValutazioneForm(base.serviceCode(), base.serviceName(), base.responsible(), rows,
                    base.totalWeight(), base.total());
            assertNotEquals(baseKey, key(other), "row " + c.getName());
        }
    }

    @Test
    void aNumberOfAnotherScaleOrPresenceIsAnotherKey() {
        ValutazioneForm base = form();
        ValutazioneForm scaled = new ValutazioneForm(base.serviceCode(), base.serviceName(), base.responsible(),
                base.rows(), Optional.of(new BigDecimal("1.00")), base.total());
        ValutazioneForm none = new ValutazioneForm(base.serviceCode(), base.serviceName(), base.responsible(),
                base.rows(), Optional.empty(), base.total());
        assertEquals(3, Set.of(key(base), key(scaled), key(none)).size());
    }

    /** Texts that only move a boundary between two fields are other keys. */
    @Test
    void textsAreDelimitedByTheirLength() {
        ValutazioneForm a = new ValutazioneForm("S0", "1Rag", "x", List.of(), Optional.empty(), Optional.empty());
        ValutazioneForm b = new ValutazioneForm("S01", "Rag", "x", List.of(), Optional.empty(), Optional.empty());
        ValutazioneForm c = new ValutazioneForm("S01", "Rag\n3:x", "", List.of(), Optional.empty(), Optional.empty());
        assertEquals(3, Set.of(key(a), key(b), key(c)).size());
    }

    private static Object[] components(Record r) throws Exception {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            values[i] = cs[i].getAccessor().invoke(r);
        }
        return values;
    }

    private static <T> T construct(Class<T> type, Object[] args) throws Exception {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        var ctor = type.getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return ctor.newInstance(args);
    }

    /** Another value of the same kind. */
    private static Object changed(Object value) {
        if (value instanceof String s) {
            return s + "x";
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? Optional.empty() : Optional.of(new BigDecimal("0.5"));
        }
        if (value instanceof List<?> l) {
            assertTrue(!l.isEmpty());
            return l.subList(0, l.size() - 1);
        }
        throw new AssertionError("a component of a kind the test does not change: " + value);
    }
}
