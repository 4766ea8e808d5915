package it.peg.summary;

/**
 * Text and attribute values escaped as POI's xmlbeans writer escapes them in the parts it wrote before the summary
 * was written as text ({@code &} and {@code <} always, {@code "} in attributes), so that the same result keeps its
 * bytes. Characters XML 1.0 forbids become {@code ?}, as in {@link SheetRows}.
 */
final class XmlText {
    private XmlText() {
    }

    static String text(String s) {
        return escape(s, false);
    }

    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> forbidden(s, i) ? "?" : null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(ch);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean forbidden(String s, int i) {
        char ch = s.charAt(i);
        if (ch < 0x20) {
            return ch != '\t' && ch != '\n' && ch != '\r';
        }
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(ch)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return ch == '\uFFFE' || ch == '\uFFFF';
    }
}
