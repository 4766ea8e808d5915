package it.peg.xlsx;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import java.util.Map;
import java.util.Optional;

/** Excel's number formats: the built-in ones by id, and which formats show a number as a date. */
public final class ExcelNumberFormats {
    /**
     * Whether a format code is a date's, as POI's {@code DateUtil.isADateFormat} tells it for an id that is not a
     * built-in date: the built-in codes and the ones peg's schede, Excel and LibreOffice write. Looked up first
     * because the first call to {@code DateUtil} initialises it (calendars, a date-time formatter: some 20 ms of CPU
     * on the first file a consolidate reads, docs/performance.md "h28-cons"). ExcelNumberFormatsTest checks every
     * entry against POI.
     */
    static final Map<String, Boolean> KNOWN = Map.ofEntries(
            Map.entry("General", false), Map.entry("GENERAL", false), Map.entry("0", false), Map.entry("0.00", false),
            Map.entry("#,##0", false), Map.entry("#,##0.00", false), Map.entry("0%", false), Map.entry("0.00%", false),
            Map.entry("0.0%", false), Map.entry("0.0", false), Map.entry("#,##0.##", false),
            Map.entry("#,##0.0", false),
            Map.entry("€ #,##0.00", false), Map.entry("@", false), Map.entry("0.00E+00", false),
            Map.entry("# ?/?", false), Map.entry("# ??/??", false), Map.entry("##0.0E+0", false),
            Map.entry("dd/mm/yyyy", true), Map.entry("dd/mm/yyyy hh:mm", true), Map.entry("DD/MM/YYYY", true),
            Map.entry("dd/mm/yy", true), Map.entry("m/d/yy", true), Map.entry("d-mmm-yy", true),
            Map.entry("d-mmm", true), Map.entry("mmm-yy", true), Map.entry("h:mm AM/PM", true),
            Map.entry("h:mm:ss AM/PM", true), Map.entry("h:mm", true), Map.entry("h:mm:ss", true),
            Map.entry("m/d/yy h:mm", true), Map.entry("mm:ss", true), Map.entry("[h]:mm:ss", true),
            Map.entry("mm:ss.0", true));

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
        if (isBuiltinDate(id)) {
            return true;
        }
        Boolean known = code == null ? null : KNOWN.get(code);
        if (known != null) {
            return known;
        }
        try {
            return DateUtil.isADateFormat(id, code);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A date format shows a calendar day (a day, month or year part), not only a time of day or an elapsed time
     * ({@code h:mm}, {@code [h]:mm:ss}, {@code mm:ss}): quoted or escaped text and bracketed parts ({@code [$-410]},
     * {@code [Red]}) left out, an elapsed {@code [h]}, {@code [mm]} or {@code [ss]} taken as a time, and a {@code m}
     * counted as a month only where no hour or second is shown.
     */
    static boolean showsADay(String code) {
        String parts = code.replaceAll("\"[^\"]*\"|\\\\.", "").replaceAll("(?i)\\[(h+|m+|s+)]", "h")
                .replaceAll("\\[[^\\]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return parts.indexOf('d') >= 0 || parts.indexOf('y') >= 0
                || parts.indexOf('m') >= 0 && parts.indexOf('h') < 0 && parts.indexOf('s') < 0;
    }

    /** The built-in ids of dates and times (14-22, 45-47), as {@code DateUtil.isInternalDateFormat}. */
    static boolean isBuiltinDate(int id) {
        return (id >= 0x0e && id <= 0x16) || (id >= 0x2d && id <= 0x2f);
    }
}
