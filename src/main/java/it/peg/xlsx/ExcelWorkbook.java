package it.peg.xlsx;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * A workbook opened for reading ({@link ExcelFiles}): sheet names in workbook order and each sheet's rows, in Excel's
 * terms, with nothing of POI. Closing releases the file.
 */
public interface ExcelWorkbook extends Closeable {
    List<String> sheetNames();

    /** The sheet at a position of {@link #sheetNames()}. */
    ExcelSheet sheet(int index);

    /** The first sheet named {@code name}, case aside as in Excel; empty when there is none. */
    default Optional<ExcelSheet> sheet(String name) {
        List<String> names = sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return Optional.of(sheet(i));
            }
        }
        return Optional.empty();
    }

    /** Dates are counted from 1904 (old Mac workbooks). */
    boolean date1904();

    /** Closes without throwing: the workbook was opened read-only, nothing is lost. */
    @Override
    void close();
}
