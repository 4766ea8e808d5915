package it.peg.readback;

import it.peg.xlsx.OleContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what a file is from its first bytes, before anything is parsed. */
final class FileSniffer {
    enum Kind { ZIP, OLE2, TEXT, OTHER }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSniffer() {
    }

    static Kind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return Kind.ZIP;
        }
        if (startsWith(head, OLE2)) {
            return Kind.OLE2;
        }
        return looksLikeText(head) ? Kind.TEXT : Kind.OTHER;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
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
    private static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control * 20 < head.length + 1;
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
