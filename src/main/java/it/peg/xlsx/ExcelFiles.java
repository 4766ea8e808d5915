package it.peg.xlsx;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens workbook files for reading as {@link ExcelWorkbook}s, read-only: how (streamed or whole, which POI class) is
 * decided here, so that a reader of plans or summaries speaks of sheets, rows and cells only. A workbook that does
 * not open is an exception that says whether a password is the reason; a {@link LinkageError} of POI is not caught.
 */
public final class ExcelFiles {
    private ExcelFiles() {
    }

    /**
     * Opens a workbook of any format POI reads: an .xlsx (OOXML) file streamed, one row at a time, without cell
     * objects ({@link StreamedWorkbook}), anything else (.xls) whole with POI's usermodel.
     */
    public static ExcelWorkbook open(Path file) throws WorkbookPasswordException, UnreadableWorkbookException {
        try {
            if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
                return StreamedWorkbook.open(file.toFile());
            }
            return whole(file.toFile());
        } catch (EncryptedDocumentException e) {
            throw new WorkbookPasswordException(e);
        } catch (Exception e) {
            throw new UnreadableWorkbookException(e);
        }
    }

    /**
     * Opens a workbook of any format POI reads whole, with its usermodel, also an .xlsx: the reference the streamed
     * reading of {@link #open} agrees with.
     */
    public static ExcelWorkbook openWhole(Path file) throws WorkbookPasswordException, UnreadableWorkbookException {
        try {
            return whole(file.toFile());
        } catch (EncryptedDocumentException e) {
            throw new WorkbookPasswordException(e);
        } catch (Exception e) {
            throw new UnreadableWorkbookException(e);
        }
    }

    private static ExcelWorkbook whole(File file) throws IOException {
        Workbook wb = WorkbookFactory.create(file, null, true);
        return new UsermodelWorkbook(wb, () -> {
            try {
                wb.close();
            } catch (IOException e) {
                // opened read-only: nothing to save, nothing lost
            }
        });
    }
}
