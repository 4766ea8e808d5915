package it.peg.readback;

import it.peg.xlsx.OleContainer;

import java.nio.file.Path;

/** Tells what a file is from its first bytes, before anything is parsed. */
final class FileSniffer {
    enum Kind { ZIP, OLE2, TEXT, OTHER }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSniffer() {
    }

    /** The bytes a file is told by: at most this many of its first. */
    static final int HEAD_BYTES = 4096;

    /** What a file is, from its first {@code length} bytes (all of them, or {@link #HEAD_BYTES} at least). */
    static Kind sniff(byte[] head, int length) {
        int n = Math.min(length, HEAD_BYTES);
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return Kind.ZIP;
        }
        if (startsWith(head, n, OLE2)) {
            return Kind.OLE2;
        }
        return looksLikeText(head, n) ? Kind.TEXT : Kind.OTHER;
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** No NUL and few control characters: CSV, HTML, XML, plain text (UTF-16 has a BOM). */
    private static boolean looksLikeText(byte[] head, int n) {
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            byte b = head[i];
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control * 20 < n + 1;
    }

    /** An OLE2 container: an encrypted OOXML package, an old .xls, or another Office document. */
    static ReadProblem inspectOle2(Path file) {
        return switch (OleContainer.content(file)) {
            case ENCRYPTED_PACKAGE -> ReadProblem.FILE_PROTETTO_PASSWORD;
            case EXCEL_97_WORKBOOK -> ReadProblem.FORMATO_XLS;
            case OTHER_DOCUMENT -> ReadProblem.FORMATO_NON_EXCEL;
            // a damaged OLE2 file is most likely a damaged .xls: saving it as .xlsx is still the fix
            case DAMAGED -> ReadProblem.FORMATO_XLS;
        };
    }
}
