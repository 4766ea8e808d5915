package it.peg.plan;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.PegFault;
import it.peg.xlsx.ExcelSheet;
import it.peg.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: an exception inside peg while reading a plan that opened is peg's fault: one ERRORE that says so (not
 * "unreadable"), logged with its stack trace at DEBUG (shown with -v).
 */
class PlanReaderFaultTest {
    @Test
    void aBugOfPegIsReportedAsPegsFaultWithItsStackTrace() {
        Logger log = (Logger) LoggerFactory.getLogger(PegFault.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        ch.qos.logback.classic.Level level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            ExcelWorkbook broken = new ExcelWorkbook() {
                @Override
                public List<String> sheetNames() {
                    throw new IllegalStateException("un difetto di peg");
                }

                @Override
                public ExcelSheet sheet(int index) {
                    throw new AssertionError();
                }

                @Override
                public boolean date1904() {
                    return false;
                }

                @Override
                public void close() {
                }
            };
            List<Finding> findings = PlanReader.forFile("piano.xlsx").readOpened(broken).findings();
            assertEquals(1, findings.size(), findings::toString);
            assertEquals(FindingCode.ERRORE_INTERNO_PEG.code(), findings.get(0).code());
            assertEquals("Errore interno di peg durante la lettura del piano di 'piano.xlsx': è un"
                    + " difetto del programma, non del file. Rilanciare il comando con -v per vedere i dettagli tecnici e"
                    + " segnalarli all'assistenza di peg allegando il file.", findings.get(0).message());
            ILoggingEvent withTrace = events.list.stream().filter(e -> e.getThrowableProxy() != null).findFirst()
                    .orElseThrow(() -> new AssertionError("no stack trace logged: " + events.list));
            assertEquals(ch.qos.logback.classic.Level.DEBUG, withTrace.getLevel());
            assertNotNull(withTrace.getThrowableProxy().getStackTraceElementProxyArray());
            assertTrue(withTrace.getThrowableProxy().getStackTraceElementProxyArray().length > 0);
        } finally {
            log.detachAppender(events);
            log.setLevel(level);
        }
    }
}
