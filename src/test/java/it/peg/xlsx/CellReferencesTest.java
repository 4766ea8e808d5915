package it.peg.xlsx;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellReferencesTest {
    @Test
    void addressesAsExcelWritesThem() {
        assertEquals("B3", CellReferences.a1(2, 1));
        assertEquals(new CellReferences.Address(2, 1), CellReferences.address("B3"));
        assertEquals(new CellReferences.Address(9, 26), CellReferences.address("AA10"));
        assertEquals("A", CellReferences.columnName(0));
        assertEquals("AA", CellReferences.columnName(26));
    }

    @Test
    void aWholeColumnHasNoLastRow() {
        assertEquals(OptionalInt.of(3), CellReferences.lastRow("A1:C4"));
        assertEquals(OptionalInt.of(0), CellReferences.lastRow("B1"));
        assertEquals(OptionalInt.empty(), CellReferences.lastRow("C:C"));
    }
}
