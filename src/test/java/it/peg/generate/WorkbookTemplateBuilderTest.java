package it.peg.generate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkbookTemplateBuilderTest {
    private static final Path COMMITTED = Path.of("workbook-templates", WorkbookTemplate.FILE_NAME);

    @Test
    void committedTemplateIsWhatTheBuilderProduces() throws Exception {
        byte[] built = WorkbookTemplateBuilder.build();
        if (Boolean.getBoolean("peg.rebuildTemplates")) {
            Files.write(COMMITTED, built);
        }
        assertArrayEquals(built, Files.readAllBytes(COMMITTED),
                "workbook-templates/scheda.xlsx is stale: rerun with -Dpeg.rebuildTemplates=true");
    }

    @Test
    void committedTemplateDefinesEveryStyleAndLabel() {
        WorkbookTemplate t = WorkbookTemplate.load(COMMITTED);
        for (Label l : Label.values()) {
            assertEquals(l.defaultText(), t.label(l));
        }
        for (StyleKey k : StyleKey.values()) {
            t.styleIndex(k);
        }
    }
}
