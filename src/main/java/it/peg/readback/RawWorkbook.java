package it.peg.readback;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A returned workbook as read: its metadata sheet and every defined name that points at a single
 * cell, with that cell's raw content. Produced by {@link ReturnedWorkbookReader}, consumed by
 * validation. Holds no POI object.
 *
 * @param fileName  the file's name
 * @param sha256    hex SHA-256 of the file's bytes
 * @param size      bytes
 * @param metadata  the very hidden metadata sheet's key/value rows (empty when the sheet is absent)
 * @param cells     defined name (upper case) to the cell it points at
 * @param date1904  the workbook uses the 1904 date system (date serials count from 1904-01-01)
 */
public record RawWorkbook(String fileName, String sha256, long size, SortedMap<String, String> metadata,
                          SortedMap<String, RawCell> cells, boolean date1904) {
    public RawWorkbook {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        metadata = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
        cells = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    public Optional<RawCell> cell(String definedName) {
        return Optional.ofNullable(cells.get(definedName));
    }

    /** The same workbook under another name (the name the office gave a file read from an archived copy). */
    public RawWorkbook named(String newName) {
        return newName.equals(fileName) ? this : new RawWorkbook(newName, sha256, size, metadata, cells, date1904);
    }

    public Map<String, RawCell> cellsView() {
        return cells;
    }
}
