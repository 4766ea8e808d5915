package it.peg.generate;

import it.peg.domain.Service;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The file name of a service workbook, {@code <code> - <name>.xlsx}, made safe for Windows, macOS and
 * Linux file systems and for zip/e-mail attachments.
 */
public final class WorkbookFileNames {
    /** Longest base name in UTF-8 bytes: well under the 255-byte limit of common file systems. */
    static final int MAX_BASE_BYTES = 150;
    private static final String EXTENSION = ".xlsx";
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private WorkbookFileNames() {
    }

    public static String of(Service service) {
        String raw = service.name().isBlank() ? service.code() : service.code() + " - " + service.name();
        return safe(raw) + EXTENSION;
    }

    /** A base name without forbidden characters, trailing dots/spaces or reserved device names. */
    static String safe(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || "/\\:*?\"<>|".indexOf(cp) >= 0) {
                sb.append(' ');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString().replaceAll(" {2,}", " ").strip();
        s = truncate(s, MAX_BASE_BYTES);
        // no trailing dot/space (Windows drops them), no leading dot (hidden) or dash (read as an option)
        s = s.replaceAll("[-. ]+$", "").replaceAll("^[-. ]+", "");
        if (s.isEmpty()) {
            return "scheda";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s;
    }

    private static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
