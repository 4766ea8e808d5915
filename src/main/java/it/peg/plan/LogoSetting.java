package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Logo} setting of Impostazioni: the path of a PNG file, relative to the plan's folder (or absolute).
 * A file that is missing, too large or not a PNG is an AVVISO: the schede and the summary are still made, without
 * the emblem, so that a moved image never stops a nightly merge.
 */
final class LogoSetting {
    /** Every PNG file starts with these eight bytes. */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** An emblem is a few tens of KB; every scheda carries a copy. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The setting's outcome: the logo to use, and the finding when it cannot be used. */
    record Result(Optional<Path> logo, List<Finding> findings) {
    }

    private LogoSetting() {
    }

    /**
     * @param text       the value written beside {@code Logo}
     * @param planFolder the folder of the plan file, against which a relative path is resolved
     */
    static Result check(String text, Path planFolder, String file, String sheet, String cell) {
        String value = text.strip();
        if (value.isEmpty()) {
            return new Result(Optional.empty(), List.of());
        }
        Path logo;
        try {
            logo = planFolder.resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return warn(file, sheet, cell, value, FindingCode.LOGO_NON_TROVATO, "Il percorso del logo '" + value
                    + "' non è valido. Scrivere accanto a 'Logo' il nome del file PNG dello stemma, per esempio"
                    + " stemma.png se sta nella cartella del piano. Le schede e i riepiloghi si producono senza logo.");
        }
        if (!Files.isRegularFile(logo)) {
            return warn(file, sheet, cell, value, FindingCode.LOGO_NON_TROVATO, "Il file del logo '" + logo + "' non esiste."
                    + " Copiare lo stemma in formato PNG in quella posizione, oppure correggere il percorso accanto a"
                    + " 'Logo' (un percorso relativo parte dalla cartella del piano). Le schede e i riepiloghi si"
                    + " producono senza logo.");
        }
        try {
            long size = Files.size(logo);
            if (size > MAX_BYTES) {
                return warn(file, sheet, cell, value, FindingCode.LOGO_TROPPO_GRANDE, "Il logo '" + logo + "' pesa "
                        + (size / 1024) + " KB: il massimo è " + (MAX_BYTES / 1024) + " KB, perché ogni scheda ne"
                        + " porta una copia. Salvare lo stemma in PNG a una risoluzione minore (per esempio 300 pixel"
                        + " di altezza). Le schede e i riepiloghi si producono senza logo.");
            }
            byte[] head = new byte[PNG_SIGNATURE.length];
            int read;
            try (InputStream in = Files.newInputStream(logo)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !Arrays.equals(head, PNG_SIGNATURE)) {
                return warn(file, sheet, cell, value, FindingCode.LOGO_NON_PNG, "Il logo '" + logo + "' non è un'immagine"
                        + " PNG. Aprire lo stemma in un programma di grafica (anche Paint) e salvarlo come PNG, poi"
                        + " indicare accanto a 'Logo' il nuovo file. Le schede e i riepiloghi si producono senza logo.");
            }
        } catch (IOException e) {
            return warn(file, sheet, cell, value, FindingCode.LOGO_NON_TROVATO, "Il file del logo '" + logo + "' non si può"
                    + " leggere: controllare i permessi del file. Le schede e i"
                    + " riepiloghi si producono senza logo.");
        }
        return new Result(Optional.of(logo), List.of());
    }

    private static Result warn(String file, String sheet, String cell, String value, FindingCode code, String message) {
        return new Result(Optional.empty(),
                List.of(new Finding(Severity.AVVISO, code, file, sheet, cell, "", value, "un file PNG", message)));
    }
}
