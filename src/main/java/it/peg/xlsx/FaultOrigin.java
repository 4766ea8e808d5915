package it.peg.xlsx;

import java.util.List;

/**
 * Whose fault an exception thrown while reading a workbook with POI's usermodel is: the file's (said to the user as a
 * file to mend) or peg's (a bug: exit 4, its stack trace with -v, never "your file is unreadable").
 */
public final class FaultOrigin {
    private FaultOrigin() {
    }

    /**
     * Whether {@code e}, thrown while peg read a workbook with POI, is a fault of peg's, not of the file's. What the file
     * gets wrong comes out of the parsers (XMLBeans, the zip, POI's package) or as a {@link BrokenWorkbookException}:
     * such a problem among the causes ({@link #FILE_PROBLEMS}) is the file's. An exception with no stack trace (the
     * JVM leaves it out of an exception thrown often, a NullPointerException of peg's included) is peg's: nothing says
     * it is the file's. Otherwise the first frame outside the JDK decides: peg's is peg's, POI's is the file's. POI
     * refusing an argument peg's code passed cannot be told apart this way: POI parses a file's values lazily, inside
     * the getter peg calls, so a file's bad value ({@code fillId="-1"}, a merged range {@code "-1"}) is also POI's
     * argument check under a peg frame; peg's calls are right by their own tests instead.
     */
    public static boolean isPegs(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            for (Class<? extends Throwable> problem : FILE_PROBLEMS) {
                if (problem.isInstance(cause)) {
                    return false;
                }
            }
        }
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length == 0) {
            return true;
        }
        for (StackTraceElement frame : frames) {
            String c = frame.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith("it.peg.");
        }
        return false; // no frame of peg's nor of a library's: nothing says it is peg's
    }

    /** What the parsers throw for a file they cannot read: always the file's, wherever it was thrown from. */
    private static final List<Class<? extends Throwable>> FILE_PROBLEMS = List.of(
            BrokenWorkbookException.class, java.io.IOException.class,
            org.apache.xmlbeans.XmlException.class, org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException.class,
            javax.xml.stream.XMLStreamException.class, org.xml.sax.SAXException.class,
            org.apache.poi.ooxml.POIXMLException.class, org.apache.poi.openxml4j.exceptions.OpenXML4JException.class,
            org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException.class);
}
