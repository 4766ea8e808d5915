package it.peg.readback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What peg needs from {@code workbook.xml}: the date system, the sheets and the defined names. */
record WorkbookPart(boolean date1904, List<Sheet> sheets, List<DefinedName> names) {
    record Sheet(String name, String relId) {
    }

    /** A defined name; {@code local} when it is scoped to one sheet (localSheetId). */
    record DefinedName(String name, boolean local, String formula) {
    }

    WorkbookPart {
        sheets = List.copyOf(sheets);
        names = List.copyOf(names);
    }

    /** Parses the part; empty when its root is not a spreadsheet workbook. */
    static Optional<WorkbookPart> read(BoundedZip zip, String part, Deadline deadline) throws ReadFailure {
        return XmlCursor.parse(zip, part, x -> read(x, part, deadline)).flatMap(w -> w);
    }

    private static Optional<WorkbookPart> read(XmlCursor x, String part, Deadline deadline) throws ReadFailure {
        boolean date1904 = false;
        List<Sheet> sheets = new ArrayList<>();
        List<DefinedName> names = new ArrayList<>();
        {
            if (!x.nextStart() || !"workbook".equals(x.local())) {
                return Optional.empty();
            }
            while (x.nextStart()) {
                deadline.check();
                switch (x.local()) {
                    case "workbookPr" -> date1904 = isTrue(x.attr("date1904"));
                    case "sheet" -> {
                        if (sheets.size() >= x.caps().maxSheets()) {
                            throw ReadFailure.limit("più di " + ReadFailure.count(x.caps().maxSheets(), "foglio", "fogli"),
                                    part + ": more than " + x.caps().maxSheets() + " sheets");
                        }
                        String name = x.attr("name");
                        String id = x.qualifiedAttr("id");
                        if (name != null && id != null) {
                            sheets.add(new Sheet(name, id));
                        }
                    }
                    case "definedName" -> {
                        if (names.size() >= x.caps().maxDefinedNames()) {
                            throw ReadFailure.limit("più di " + ReadFailure.count(x.caps().maxDefinedNames())
                                    + " nomi definiti", part + ": more than " + x.caps().maxDefinedNames() + " names");
                        }
                        String name = x.attr("name");
                        if (name != null && name.length() > x.caps().maxNameChars()) {
                            throw ReadFailure.limit("un nome definito di oltre " + ReadFailure.count(x.caps().maxNameChars())
                                    + " caratteri", part + ": a name of " + name.length() + " characters");
                        }
                        boolean local = x.attr("localSheetId") != null;
                        String formula = x.formula();
                        if (name != null) {
                            names.add(new DefinedName(name, local, formula));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return Optional.of(new WorkbookPart(date1904, sheets, names));
    }

    private static boolean isTrue(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    /** The sheet with this name: exact match first, then case-insensitive as Excel compares them. */
    Optional<Sheet> sheet(String name) {
        // indexed loops: asked for each defined name of each file, and an iterator each time was 2% of the reading's
        // allocation (docs/performance.md, "h29-cons")
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equals(name)) {
                return Optional.of(sheets.get(i));
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equalsIgnoreCase(name)) {
                return Optional.of(sheets.get(i));
            }
        }
        return Optional.empty();
    }
}
