package it.peg.generate;

import it.peg.domain.Service;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookFileNamesTest {
    private static Service service(String code, String name) {
        return new Service(code, "", "", "", name, "", "", "", "", "", "", 0);
    }

    @Test
    void codeDashName() {
        assertEquals("ZN08 - Servizio Sociale Professionale.xlsx", WorkbookFileNames.of(service("ZN08", "Servizio Sociale Professionale")));
    }

    @Test
    void stripsCharactersForbiddenOnSomeFileSystem() {
        assertEquals("A B - Tributi IMU TASI e altro.xlsx",
                WorkbookFileNames.of(service("A/B", "Tributi: IMU* \"TASI\" <e> altro?|")));
        assertEquals("S1 - Uffici a b.xlsx", WorkbookFileNames.of(service("S1", "Uffici\ta\u0000\nb\\")));
    }

    @Test
    void noTrailingDotsOrSpaces() {
        assertEquals("S1 - Servizi vari.xlsx", WorkbookFileNames.of(service("S1", "Servizi vari... ")));
    }

    @Test
    void avoidsWindowsReservedNames() {
        assertEquals("_AUX.xlsx", WorkbookFileNames.of(service("AUX", "")));
        assertEquals("_con.xlsx", WorkbookFileNames.of(service("con", " ")));
        assertEquals("_COM1.txt - x.xlsx", WorkbookFileNames.of(service("COM1.txt", "x")));
        assertEquals("CONSULTA - Servizi.xlsx", WorkbookFileNames.of(service("CONSULTA", "Servizi")));
    }

    @Test
    void boundsTheLengthWithoutSplittingCharacters() {
        String name = WorkbookFileNames.of(service("S1", "Attività è ".repeat(40)));
        assertTrue(name.endsWith(".xlsx"));
        String base = name.substring(0, name.length() - 5);
        assertTrue(base.getBytes(StandardCharsets.UTF_8).length <= WorkbookFileNames.MAX_BASE_BYTES, name);
        assertTrue(!base.endsWith(" ") && !base.endsWith("."), name);
        assertEquals(-1, base.indexOf('\uFFFD'));
    }

    @Test
    void neverEmpty() {
        assertEquals("scheda.xlsx", WorkbookFileNames.of(service("???", "...")));
    }
}
