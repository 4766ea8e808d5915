package it.peg.readback;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The relationships of one OPC part, with targets resolved to part names. */
final class Relationships {
    record Rel(String id, String type, String target) {
    }

    private final Map<String, Rel> byId;

    private Relationships(Map<String, Rel> byId) {
        this.byId = byId;
    }

    /** The relationships part of {@code sourcePart} ("" for the package); none when it is missing. */
    static Relationships read(BoundedZip zip, String sourcePart, Deadline deadline) throws ReadFailure {
        int slash = sourcePart.lastIndexOf('/');
        String dir = slash < 0 ? "" : sourcePart.substring(0, slash + 1);
        String name = slash < 0 ? sourcePart : sourcePart.substring(slash + 1);
        String relsPart = dir + "_rels/" + name + ".rels";
        return MEMO.get(zip, relsPart, xml -> parse(xml, dir, deadline));
    }

    private static final PartMemo<Relationships> MEMO = new PartMemo<>();

    private static Relationships parse(Optional<XmlStream> xml, String dir, Deadline deadline) throws ReadFailure {
        Map<String, Rel> map = new LinkedHashMap<>();
        if (xml.isEmpty()) {
            return new Relationships(map);
        }
        try (XmlStream x = xml.get()) {
            while (x.nextStart()) {
                deadline.check();
                if (!"Relationship".equals(x.local())) {
                    continue;
                }
                String id = x.attr("Id");
                String type = x.attr("Type");
                String target = x.attr("Target");
                if (id == null || type == null || target == null || "External".equalsIgnoreCase(x.attr("TargetMode"))) {
                    continue;
                }
                map.putIfAbsent(id, new Rel(id, type, resolve(dir, target)));
                if (map.size() > x.caps().maxPackageItems()) {
                    throw ReadFailure.limit("più di " + ReadFailure.count(x.caps().maxPackageItems())
                            + " relazioni in " + x.part(), x.part() + ": too many relationships");
                }
            }
        }
        return new Relationships(map);
    }

    /** A target relative to the source part's folder, or absolute from the package root. */
    static String resolve(String dir, String target) {
        String t = target.replace('\\', '/');
        if (t.contains("%")) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ignored) {
                // not percent-encoded after all: keep it as written
            }
        }
        String path = t.startsWith("/") ? t.substring(1) : dir + t;
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    Optional<Rel> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Relationships whose type ends with {@code /suffix} (transitional and strict namespaces alike). */
    List<Rel> ofType(String suffix) {
        List<Rel> out = new ArrayList<>();
        for (Rel r : byId.values()) {
            if (r.type().endsWith("/" + suffix)) {
                out.add(r);
            }
        }
        return out;
    }

    Optional<Rel> firstOfType(String suffix) {
        List<Rel> l = ofType(suffix);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }
}
