package it.peg.xlsx;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an OLE2 container (a file starting with {@code D0 CF 11 E0}) holds, from the names of its root entries: an
 * .xlsx encrypted with a password, an old Excel 97-2003 workbook, another Office document, or nothing readable.
 */
public final class OleContainer {
    /** What the container holds. */
    public enum Content { ENCRYPTED_PACKAGE, EXCEL_97_WORKBOOK, OTHER_DOCUMENT, DAMAGED }

    private OleContainer() {
    }

    /** Reads the container's root directory only; never throws for a damaged file ({@link Content#DAMAGED}). */
    public static Content content(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            boolean encrypted = false;
            boolean workbook = false;
            for (Entry e : root) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                encrypted |= n.equals("encryptioninfo") || n.equals("encryptedpackage");
                workbook |= n.equals("workbook") || n.equals("book");
            }
            if (encrypted) {
                return Content.ENCRYPTED_PACKAGE;
            }
            return workbook ? Content.EXCEL_97_WORKBOOK : Content.OTHER_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return Content.DAMAGED;
        }
    }
}
