package it.peg.readback;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A numeric cell's stored value is an xsd:double (ECMA-376 ST_Xstring of a cell of type {@code n}): digits, sign,
 * point, exponent. What Java's own number reader accepts beyond that (hexadecimal floats, the {@code d}/{@code f}
 * suffixes, {@code Infinity}, {@code NaN}) is no number a spreadsheet program writes: such a cell is kept as the text it
 * holds, which validation then refuses with its message, never taken for a number the office did not type.
 */
class CellDecoderTest {
    private final CellDecoder decoder = new CellDecoder(NumberFormats.none(), Map.of(), false);

    private RawCell decode(String stored) {
        return decoder.decode("Indicatori", new CellAddress(4, 3), new SheetCells.CellData(0, "n", stored, null, null))
                .orElseThrow();
    }

    @Test
    void theNumbersSpreadsheetProgramsWriteAreNumbers() {
        for (String[] c : new String[][] {{"12", "12.0"}, {"-0.5", "-0.5"}, {"+3", "3.0"}, {".25", "0.25"}, {"7.", "7.0"},
                {"1.5E3", "1500.0"}, {"2e-2", "0.02"}, {" 42 ", "42.0"}, {"1E+2", "100.0"}}) {
            RawCell cell = decode(c[0]);
            assertEquals(CellKind.NUMBER, cell.kind(), c[0]);
            assertEquals(Optional.of(Double.valueOf(c[1])), cell.number(), c[0]);
        }
    }

    @Test
    void whatOnlyJavaReadsAsANumberStaysText() {
        for (String s : new String[] {"0x1p3", "0X10P0", "12d", "12f", "1e5D", "Infinity", "-Infinity", "NaN", "1e400",
                "1_000", "١٢"}) {
            RawCell cell = decode(s);
            assertEquals(CellKind.TEXT, cell.kind(), s);
            assertEquals(s, cell.text(), s);
            assertEquals(Optional.empty(), cell.number(), s);
        }
    }
}
