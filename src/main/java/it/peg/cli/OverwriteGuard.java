package it.peg.cli;

import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code generate} never replaces a workbook that holds values an office reported: an existing file in the output
 * folder is read back, and it may be replaced only when every input cell it has (values, causes, phases, notes,
 * data) holds what the new workbook would hold, i.e. when nothing typed into it would be lost: a blank scheda, or
 * one regenerated with the same carried values. A file that cannot be read as a scheda is not replaced either:
 * what it holds is unknown.
 */
final class OverwriteGuard {
    /** The defined names of input cells ({@link it.peg.domain.InputNames}). */
    private static final List<String> INPUT_PREFIXES = List.of("IN_", "CAUSA_", "FASE_", "RAGGIUNGIBILE_", "NOTE_",
            "DATO_");

    private final ReturnedWorkbookReader reader;

    OverwriteGuard(ReturnedWorkbookReader reader) {
        this.reader = reader;
    }

    /** Why {@code target} must not be replaced by {@code replacement}; empty when it may be. */
    Optional<String> refusal(Path target, byte[] replacement) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            return Optional.empty(); // nothing there, or a link, which the atomic rename replaces without following
        }
        ReadResult existing = reader.read(target);
        if (existing.workbook().isEmpty()) {
            return Optional.of("non si riesce a leggerla come scheda, quindi non si può escludere che contenga dati");
        }
        Path temp = Files.createTempFile("peg-nuova-", ".xlsx");
        try {
            Files.write(temp, replacement);
            Map<String, RawCell> fresh = reader.read(temp).workbook().<Map<String, RawCell>>map(RawWorkbook::cells).orElse(Map.of());
            List<String> filled = new ArrayList<>();
            for (Map.Entry<String, RawCell> e : existing.workbook().get().cells().entrySet()) {
                if (isInput(e.getKey()) && !e.getValue().isBlank()
                        && !same(e.getValue(), Optional.ofNullable(fresh.get(e.getKey())))) {
                    filled.add(e.getKey());
                }
            }
            if (filled.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("contiene valori inseriti dall'ufficio (" + filled.size()
                    + (filled.size() == 1 ? " cella: " : " celle, per esempio ") + filled.get(0) + ")");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isInput(String name) {
        return INPUT_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static boolean same(RawCell a, Optional<RawCell> b) {
        return b.isPresent() && a.kind() == b.get().kind() && a.text().equals(b.get().text())
                && a.number().equals(b.get().number());
    }
}
