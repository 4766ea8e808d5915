package it.peg.xlsx;

import javax.xml.stream.XMLInputFactory;

/** The one configuration of the StAX parser that reads workbook parts: no DTD, no external entities. */
public final class SecureXml {
    private SecureXml() {
    }

    /**
     * A Woodstox factory: on worksheet XML it tokenises about 1.7 times faster than the JDK's parser
     * (measured by {@code peg bench}: the floor row "con Woodstox"), and reading is mostly tokenising.
     * DTDs, external entities and entity replacement are off.
     */
    public static XMLInputFactory newInputFactory() {
        com.ctc.wstx.stax.WstxInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.configureForSpeed();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
