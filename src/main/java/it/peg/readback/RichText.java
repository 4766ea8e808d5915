package it.peg.readback;

import javax.xml.stream.XMLStreamConstants;

/** Text of a shared-string item or inline string: plain {@code t}, or rich-text runs; phonetic runs left out. */
final class RichText {
    private RichText() {
    }

    /** Reads from the current start element ({@code si} or {@code is}) to its end. */
    static String read(XmlCursor x) throws ReadFailure {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String local = x.local();
                if (local.equals("t")) {
                    sb.append(x.text());
                    x.checkLength(sb.length(), x.caps().maxTextChars(), "un testo");
                } else if (local.equals("rPh")) {
                    x.text(); // phonetic guide (Japanese): not part of the value
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return decodeEscapes(sb.toString());
    }

    /** OOXML writes characters XML cannot hold as {@code _xHHHH_}; {@code _x005F_} escapes a literal underscore. */
    static String decodeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
