package it.peg.summary;

import it.peg.domain.IndicatorReport;
import it.peg.domain.Submission;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link IndicatorRows.ReportsByCode} finds what {@link Submission#indicator} finds, by a map (issue 21). */
class ReportsByCodeTest {
    @Test
    void theFirstReportOfAnIndicatorAtAVerificaAsTheScanGaveIt() {
        Random random = new Random(27);
        LocalDate[] dates = {LocalDate.of(2024, 4, 30), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 12, 31)};
        for (int n = 0; n < 200; n++) {
            List<IndicatorReport> reports = new ArrayList<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                // repeated codes and verifiche: the first one found counts
                reports.add(new IndicatorReport("I" + random.nextInt(8), dates[random.nextInt(3)], Optional.empty(),
                        "causa " + i, "Scheda!D" + i));
            }
            Submission s = new Submission("f.xlsx", "S1", reports, List.of(), List.of(), List.of());
            IndicatorRows.ReportsByCode byCode = new IndicatorRows.ReportsByCode(Optional.of(s));
            for (int q = 0; q < 30; q++) {
                String code = "I" + random.nextInt(10);
                LocalDate date = dates[random.nextInt(3)];
                Optional<IndicatorReport> expected = s.indicator(code, date);
                Optional<IndicatorReport> actual = byCode.of(code, date);
                assertEquals(expected.isPresent(), actual.isPresent());
                expected.ifPresent(e -> assertSame(e, actual.get()));
            }
        }
        assertEquals(Optional.empty(), new IndicatorRows.ReportsByCode(Optional.empty()).of("I1", dates[0]));
    }
}
