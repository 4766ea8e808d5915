package it.peg.xlsx;

import com.microsoft.schemas.office.office.ShapelayoutDocument;
import com.microsoft.schemas.vml.ShapeDocument;
import com.microsoft.schemas.vml.ShapetypeDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CalcChainDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Validates every XML part of an xlsx package against the ECMA-376 schemas (transitional, as POI's
 * {@code poi-ooxml-full} compiles them for XMLBeans): each part is parsed with the document type its content type
 * names and validated, and every error is reported with the part and line. The parsed SpreadsheetML parts are kept
 * for {@link ExcelLimits}, which checks what Excel refuses and the schema does not say.
 *
 * <p>Parts no shipped schema covers are not schema-validated, and the report says so:
 * <ul>
 * <li>{@code [Content_Types].xml} and {@code docProps/core.xml}: their schemas are in ECMA-376 Part 2 (OPC), which
 * {@code poi-ooxml-full} does not compile (core properties also import Dublin Core). They are checked for being
 * well formed, the content types for naming every part of the package;</li>
 * <li>VML legacy drawings (comments' shapes): the {@code <xml>} wrapper element has no schema (VML predates
 * ECMA-376, Part 4 describes only its elements); each element inside it is validated against the VML, Office
 * and Excel VML schemas instead.</li>
 * </ul>
 * A content type this class does not know fails the check, so a new kind of part cannot go unvalidated.
 *
 * <p>One error of the schema itself is allowed, and counted in the report: {@code xml:space="preserve"} on a
 * SpreadsheetML text element {@code <t>}. The XSD types {@code <t>} as {@code ST_Xstring}, a simple type, so it
 * cannot carry the attribute; yet Excel writes it on every text with leading or trailing white space and drops that
 * white space without it, POI and LibreOffice write it likewise, and Microsoft's Open XML SDK (the validator the
 * issue names) declares it on that element ({@code Spreadsheet.Text.Space}). The same attribute anywhere else is an
 * error.
 */
public final class OoxmlSchemaCheck {
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    /** XMLBeans' message for {@code xml:space} on SpreadsheetML's {@code <t>}: see the class comment. */
    static final String XML_SPACE_ON_TEXT = "Attribute not allowed (no wildcards allowed): "
            + "space@http://www.w3.org/XML/1998/namespace in element t@http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(InputStream in, XmlOptions options) throws XmlException, IOException;
    }

    private static final Map<String, Parser> PARSERS = Map.ofEntries(
            Map.entry(SML + "sheet.main+xml", WorkbookDocument.Factory::parse),
            Map.entry(SML + "template.main+xml", WorkbookDocument.Factory::parse),
            Map.entry(SML + "worksheet+xml", WorksheetDocument.Factory::parse),
            Map.entry(SML + "styles+xml", StyleSheetDocument.Factory::parse),
            Map.entry(SML + "sharedStrings+xml", SstDocument.Factory::parse),
            Map.entry(SML + "comments+xml", CommentsDocument.Factory::parse),
            Map.entry(SML + "table+xml", TableDocument.Factory::parse),
            Map.entry(SML + "calcChain+xml", CalcChainDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-officedocument.drawing+xml", WsDrDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                    ChartSpaceDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-officedocument.theme+xml", ThemeDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    PropertiesDocument.Factory::parse),
            Map.entry("application/vnd.openxmlformats-package.relationships+xml", RelationshipsDocument.Factory::parse));

    /** The elements a VML drawing holds, by namespace and local name. */
    private static final Map<String, Parser> VML_ELEMENTS = Map.of(
            "urn:schemas-microsoft-com:office:office shapelayout", ShapelayoutDocument.Factory::parse,
            "urn:schemas-microsoft-com:vml shapetype", ShapetypeDocument.Factory::parse,
            "urn:schemas-microsoft-com:vml shape", ShapeDocument.Factory::parse);

    /**
     * What one package gave.
     *
     * @param errors  every schema error, as {@code part:line: message}
     * @param skipped parts not schema-validated, each with the reason
     * @param parsed  the parsed, validated parts, by part name (e.g. {@code /xl/workbook.xml}), in package order
     * @param types   the content type of every part, by part name
     * @param allowed the allowed schema errors ({@link #XML_SPACE_ON_TEXT}), counted by part
     */
    public record Report(List<String> errors, List<String> skipped, Map<String, XmlObject> parsed,
                         Map<String, String> types, Map<String, Integer> allowed) {
        public Report {
            allowed = Map.copyOf(allowed);
            errors = List.copyOf(errors);
            skipped = List.copyOf(skipped);
            parsed = Collections.unmodifiableMap(new LinkedHashMap<>(parsed));
            types = Map.copyOf(types);
        }
    }

    private OoxmlSchemaCheck() {
    }

    /** Validates every part of {@code xlsx}. */
    public static Report check(Path xlsx) throws IOException {
        List<String> errors = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, XmlObject> parsed = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Integer> allowed = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry ct = zip.getEntry(CONTENT_TYPES);
            if (ct == null) {
                return new Report(List.of("the package has no " + CONTENT_TYPES), skipped, parsed, types, allowed);
            }
            ContentTypes contentTypes;
            try (InputStream in = zip.getInputStream(ct)) {
                contentTypes = ContentTypes.read(in);
            } catch (Exception e) {
                return new Report(List.of(CONTENT_TYPES + ": not well formed: " + e.getMessage()), skipped, parsed,
                        types, allowed);
            }
            skipped.add(CONTENT_TYPES + ": OPC (ECMA-376 Part 2) schema not in poi-ooxml-full; checked well formed "
                    + "and naming every part");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory() || entry.getName().equals(CONTENT_TYPES)) {
                    continue;
                }
                String part = "/" + entry.getName();
                String type = contentTypes.of(part);
                if (type == null) {
                    errors.add(part + ": no content type in " + CONTENT_TYPES);
                    continue;
                }
                types.put(part, type);
                try (InputStream in = zip.getInputStream(entry)) {
                    checkPart(part, type, in, errors, skipped, parsed, allowed);
                }
            }
            for (String part : contentTypes.overrides().keySet()) {
                if (!types.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(part))) {
                    errors.add(CONTENT_TYPES + ": override for " + part + ", which the package does not have");
                }
            }
        }
        return new Report(errors, skipped, parsed, types, allowed);
    }

    private static void checkPart(String part, String type, InputStream in, List<String> errors, List<String> skipped,
                                  Map<String, XmlObject> parsed, Map<String, Integer> allowed) throws IOException {
        Parser parser = PARSERS.get(type);
        if (parser != null) {
            XmlObject doc = validate(part, parser, in, errors, allowed);
            if (doc != null) {
                parsed.put(part, doc);
            }
        } else if (type.equals(CORE)) {
            wellFormed(part, in, errors);
            skipped.add(part + ": core properties, OPC (ECMA-376 Part 2) schema with Dublin Core not in "
                    + "poi-ooxml-full; checked well formed");
        } else if (type.equals(VML)) {
            vml(part, in, errors);
            skipped.add(part + ": VML legacy drawing, its <xml> wrapper has no schema; each element inside it "
                    + "validated against the VML schemas");
        } else if (!type.endsWith("xml")) {
            skipped.add(part + ": not XML (" + type + ")");
        } else {
            errors.add(part + ": content type " + type + " has no schema mapping in " + OoxmlSchemaCheck.class
                    .getSimpleName() + ": add its XMLBeans document type");
        }
    }

    private static XmlObject validate(String part, Parser parser, InputStream in, List<String> errors,
                                      Map<String, Integer> allowed) throws IOException {
        List<XmlError> found = new ArrayList<>();
        XmlOptions options = new XmlOptions().setLoadLineNumbers().setErrorListener(found);
        try {
            XmlObject doc = parser.parse(in, options);
            doc.validate(options);
            // XMLBeans reports some errors twice (a simple value checked as it is read and again as validated)
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (XmlError e : found) {
                if (!seen.add(e.getLine() + ":" + e.getColumn() + ":" + e.getMessage())) {
                    continue;
                }
                if (e.getMessage().equals(XML_SPACE_ON_TEXT)) {
                    allowed.merge(part, 1, Integer::sum);
                } else {
                    errors.add(part + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
                }
            }
            return doc;
        } catch (XmlException e) {
            errors.add(part + ": not parsed: " + e.getMessage());
            return null;
        }
    }

    private static void vml(String part, InputStream in, List<String> errors) {
        Document dom;
        try {
            dom = dom().parse(in);
        } catch (Exception e) {
            errors.add(part + ": not well formed: " + e.getMessage());
            return;
        }
        for (Node n = dom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                String key = element.getNamespaceURI() + " " + element.getLocalName();
                Parser parser = VML_ELEMENTS.get(key);
                if (parser == null) {
                    errors.add(part + ": VML element " + key + " has no schema mapping");
                    continue;
                }
                List<XmlError> found = new ArrayList<>();
                XmlOptions options = new XmlOptions().setErrorListener(found);
                try {
                    parser.parse(new java.io.ByteArrayInputStream(serialise(element)), options).validate(options);
                } catch (Exception e) {
                    errors.add(part + ": " + key + " not parsed: " + e.getMessage());
                }
                for (XmlError e : found) {
                    errors.add(part + ": <" + element.getTagName() + ">: " + e.getMessage());
                }
            }
        }
    }

    private static byte[] serialise(Element element) throws Exception {
        javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        t.transform(new javax.xml.transform.dom.DOMSource(element), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    private static void wellFormed(String part, InputStream in, List<String> errors) {
        try {
            dom().parse(in);
        } catch (Exception e) {
            errors.add(part + ": not well formed: " + e.getMessage());
        }
    }

    static DocumentBuilder dom() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder();
    }

    /** {@code [Content_Types].xml}: overrides by part name, defaults by extension. */
    private record ContentTypes(Map<String, String> overrides, Map<String, String> defaults) {
        static ContentTypes read(InputStream in) throws Exception {
            Document d = dom().parse(in);
            Map<String, String> overrides = new HashMap<>();
            Map<String, String> defaults = new HashMap<>();
            for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if (e.getLocalName().equals("Override")) {
                        overrides.put(e.getAttribute("PartName").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    } else if (e.getLocalName().equals("Default")) {
                        defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    }
                }
            }
            return new ContentTypes(overrides, defaults);
        }

        /** The part's content type, null when none is declared (OPC: part names compare case-insensitively). */
        String of(String part) {
            String o = overrides.get(part.toLowerCase(Locale.ROOT));
            if (o != null) {
                return o;
            }
            int dot = part.lastIndexOf('.');
            return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }
}
