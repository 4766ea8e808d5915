package it.peg.xlsx;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import java.util.Optional;

/** Excel's number formats: the built-in ones by id, and which formats show a number as a date. */
public final class ExcelNumberFormats {
    private ExcelNumberFormats() {
    }

    /** The code of a built-in format ({@code 14} is {@code m/d/yy}); empty when the id is not built in. */
    public static Optional<String> builtin(int id) {
        return Optional.ofNullable(BuiltinFormats.getBuiltinFormat(id));
    }

    /**
     * The format shows a number as a date (a built-in date id, or a code with day, month or year parts outside
     * quoted text), as Excel and POI tell one; false for a code POI cannot parse.
     */
    public static boolean isDateFormat(int id, String code) {
        try {
            return DateUtil.isADateFormat(id, code);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
