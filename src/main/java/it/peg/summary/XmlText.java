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

    /** Each thread's chars of the text being looked at (the Schede's thread and the summary's escape side by side). */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[256]);

    /**
     * The text itself when nothing in it is escaped, which is most texts: their chars taken at once and looked at in
     * one pass (a {@code charAt} per char, twice, is a call and a bounds check each under C1). A surrogate, paired or
     * not, or anything escaped goes the char-by-char way, which gives what it always gave.
     */
    private static String escape(String s, boolean attribute) {
        int n = s.length();
        char[] cs = CHARS.get();
        if (cs.length < n) {
            cs = new char[Math.max(n, cs.length * 2)];
            CHARS.set(cs);
        }
        s.getChars(0, n, cs, 0);
        for (int i = 0; i < n; i++) {
            char ch = cs[i];
            if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r'
                    : ch == '&' || ch == '<' || ch == '"' && attribute || ch >= '\uD800' && ch <= '\uDFFF'
                    || ch == '\uFFFE' || ch == '\uFFFF') {
                return escapeFrom(s, attribute, i);
            }
        }
        return s;
    }

    /** As it always was, from {@code from} on (nothing before it is escaped). */
    private static String escapeFrom(String s, boolean attribute, int from) {
        StringBuilder b = null;
        for (int i = from; i < s.length(); i++) {
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
