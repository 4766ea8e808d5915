package it.peg.readback;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code [Content_Types].xml}: the content type of a part, by override or by extension. */
final class ContentTypes {
    private final Map<String, String> overrides;
    private final Map<String, String> defaults;

    private ContentTypes(Map<String, String> overrides, Map<String, String> defaults) {
        this.overrides = overrides;
        this.defaults = defaults;
    }

    private static final PartMemo<ContentTypes> MEMO = new PartMemo<>();

    static ContentTypes read(BoundedZip zip, Deadline deadline) throws ReadFailure {
        return MEMO.get(zip, "[Content_Types].xml", xml -> parse(xml, deadline));
    }

    private static ContentTypes parse(Optional<XmlStream> xml, Deadline deadline) throws ReadFailure {
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        if (xml.isPresent()) {
            try (XmlStream x = xml.get()) {
                while (x.nextStart()) {
                    deadline.check();
                    String ct = x.attr("ContentType");
                    if (ct == null) {
                        continue;
                    }
                    if ("Override".equals(x.local()) && x.attr("PartName") != null) {
                        overrides.put(Relationships.resolve("", x.attr("PartName")).toLowerCase(Locale.ROOT), ct);
                    } else if ("Default".equals(x.local()) && x.attr("Extension") != null) {
                        defaults.put(x.attr("Extension").toLowerCase(Locale.ROOT), ct);
                    }
                    if (overrides.size() + defaults.size() > x.caps().maxPackageItems()) {
                        throw ReadFailure.limit("più di " + ReadFailure.count(x.caps().maxPackageItems())
                                + " tipi di contenuto in " + x.part(), x.part() + ": too many content types");
                    }
                }
            }
        }
        return new ContentTypes(overrides, defaults);
    }

    /** The part's content type in lower case, "" when unknown. */
    String of(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        String ct = overrides.get(p);
        if (ct == null) {
            int dot = p.lastIndexOf('.');
            ct = dot < 0 ? null : defaults.get(p.substring(dot + 1));
        }
        return ct == null ? "" : ct.toLowerCase(Locale.ROOT);
    }
}
