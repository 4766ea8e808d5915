package it.peg.readback;

import it.peg.xlsx.ExcelNumberFormats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The number format of each cell style ({@code cellXfs} of {@code styles.xml}) and whether it is a date. */
final class NumberFormats {
    record Format(String code, boolean date) {
    }

    private static final Format GENERAL = new Format("General", false);

    private final List<Format> byStyle;

    private NumberFormats(List<Format> byStyle) {
        this.byStyle = byStyle;
    }

    static NumberFormats none() {
        return new NumberFormats(List.of());
    }

    private static final PartMemo<NumberFormats> MEMO = new PartMemo<>();

    static NumberFormats read(BoundedZip zip, String part, Deadline deadline) throws ReadFailure {
        return MEMO.get(zip, part, xml -> parse(xml, deadline));
    }

    private static NumberFormats parse(Optional<XmlStream> xml, Deadline deadline) throws ReadFailure {
        if (xml.isEmpty()) {
            return none();
        }
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfFormatIds = new ArrayList<>();
        try (XmlStream x = xml.get()) {
            boolean inCellXfs = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    if ("cellXfs".equals(x.local())) {
                        // numFmts and cellXfs come first in the schema's order: the rest (cell styles,
                        // dxfs of conditional formats, colours) is not needed, and was 15% of a read
                        break;
                    }
                    continue;
                }
                if (ev != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                deadline.check();
                switch (x.local()) {
                    case "numFmt" -> {
                        Integer id = intOrNull(x.attr("numFmtId"));
                        String code = x.attr("formatCode");
                        if (id != null && code != null) {
                            custom.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = intOrNull(x.attr("numFmtId"));
                            xfFormatIds.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<Format> formats = new ArrayList<>(xfFormatIds.size());
        Map<Integer, Format> memo = new HashMap<>();
        for (int id : xfFormatIds) {
            formats.add(memo.computeIfAbsent(id, k -> format(k, custom.get(k))));
        }
        return new NumberFormats(formats);
    }

    private static Format format(int id, String customCode) {
        String code = customCode != null ? customCode : ExcelNumberFormats.builtin(id).orElse(null);
        if (code == null || code.isBlank()) {
            code = "General";
        }
        return new Format(code, ExcelNumberFormats.isDateFormat(id, code));
    }

    private static Integer intOrNull(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The format of a cell style index; General when the index is missing or out of range. */
    Format of(int styleIndex) {
        return styleIndex >= 0 && styleIndex < byStyle.size() ? byStyle.get(styleIndex) : GENERAL;
    }
}
