package it.peg.xlsx;

import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArgbColoursTest {
    @Test
    void anOpaqueColourHasFourBytesAlphaFirst() {
        assertEquals("FF1F4E79", java.util.HexFormat.of().withUpperCase().formatHex(
                ArgbColours.opaque("1F4E79").getCTColor().getRgb()));
        assertThrows(IllegalArgumentException.class, () -> ArgbColours.opaque("FF1F4E79"));
        assertThrows(IllegalArgumentException.class, () -> ArgbColours.opaque("1F4E7"));
    }

    @Test
    void sixDigitColoursAreMadeOpaqueArgbAndEightDigitOnesAreLeftAlone() throws XmlException {
        CTStylesheet styles = StyleSheetDocument.Factory.parse("""
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <fonts count="2"><font><color rgb="9c0006"/></font><font><color rgb="80FF0000"/></font></fonts>
                <fills count="1"><fill><patternFill patternType="solid"><fgColor rgb="C6EFCE"/><bgColor indexed="64"/>\
                </patternFill></fill></fills>
                <dxfs count="1"><dxf><font><color theme="1"/></font></dxf></dxfs>
                </styleSheet>""").getStyleSheet();
        assertEquals(2, ArgbColours.normalise(styles));
        String xml = styles.xmlText();
        assertEquals(true, xml.contains("rgb=\"FF9C0006\""), xml);
        assertEquals(true, xml.contains("rgb=\"FFC6EFCE\""), xml);
        assertEquals(true, xml.contains("rgb=\"80FF0000\""), xml);
        assertEquals(0, ArgbColours.normalise(styles));
    }
}
