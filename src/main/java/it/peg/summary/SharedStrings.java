package it.peg.summary;

import java.util.LinkedHashMap;
import java.util.Map;

/** A workbook's shared strings as POI keeps them: numbered in order of first use, every use counted. */
final class SharedStrings {
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private int uses;

    int index(String text) {
        uses++;
        return strings.computeIfAbsent(text, k -> strings.size());
    }

    /** The {@code xl/sharedStrings.xml} part. */
    String xml() {
        StringBuilder s = new StringBuilder(SheetLayout.XML_DECL).append("<sst count=\"").append(uses)
                .append("\" uniqueCount=\"").append(strings.size()).append("\" xmlns=\"").append(SheetLayout.MAIN_NS)
                .append('"');
        if (strings.isEmpty()) {
            return s.append("/>").toString();
        }
        s.append('>');
        for (String t : strings.keySet()) {
            boolean preserve = Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1));
            s.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>").append(XmlText.text(t))
                    .append("</t></si>");
        }
        return s.append("</sst>").toString();
    }
}
