package it.peg.merge;

import it.peg.consolidate.FileAssessment;
import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Severity;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Locked values checked against what merge already holds: the archive. A workbook generated with {@code --from}
 * locks the values of the closed verifiche; those values were delivered before, in an earlier file of the same
 * service that merge archived. For every usable file that locks verifiche, each indicator value of a locked
 * verifica is compared with the one of the latest earlier usable delivery of its service that reported it: a
 * difference (sheet unprotected, value and hidden record edited alike) is an ERRORE naming the cell, the value
 * delivered before (with its file and archive id) and the new one, and the value delivered before is the one kept.
 * Derived from the cached assessments on every full run: nothing more is read.
 */
final class EarlierDeliveries {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final FindingCode CODE = FindingCode.VALORE_BLOCCATO_MODIFICATO;

    private EarlierDeliveries() {
    }

    static List<FileAssessment> keepLockedValues(Plan plan, List<FileAssessment> files) {
        Map<String, List<FileAssessment>> byService = new HashMap<>();
        for (FileAssessment f : files) {
            f.submission().ifPresent(s -> byService.computeIfAbsent(s.serviceCode(), k -> new ArrayList<>()).add(f));
        }
        Map<FileAssessment, FileAssessment> replaced = new java.util.IdentityHashMap<>();
        for (List<FileAssessment> service : byService.values()) {
            service.sort(Comparator.comparing((FileAssessment f) -> f.file().received()).thenComparing(f -> f.file().name())
                    .thenComparing(FileAssessment::sha256));
            for (int i = 1; i < service.size(); i++) {
                FileAssessment later = service.get(i);
                if (!later.lockedVerifiche().isEmpty()) {
                    check(plan, later, service.subList(0, i)).ifPresent(a -> replaced.put(later, a));
                }
            }
        }
        if (replaced.isEmpty()) {
            return files;
        }
        return files.stream().map(f -> replaced.getOrDefault(f, f)).toList();
    }

    /** {@code later} with its changed locked values put back and reported; empty when none changed. */
    private static Optional<FileAssessment> check(Plan plan, FileAssessment later, List<FileAssessment> earlier) {
        Submission s = later.submission().orElseThrow();
        List<Finding> findings = new ArrayList<>(later.findings());
        List<IndicatorReport> reports = new ArrayList<>();
        boolean changed = false;
        for (IndicatorReport r : s.indicators()) {
            Optional<Verifica> v = plan.settings().verifiche().stream().filter(x -> x.date().equals(r.verifica())).findFirst();
            if (v.isEmpty() || !later.lockedVerifiche().contains(v.get().code())) {
                reports.add(r);
                continue;
            }
            Optional<Delivered> before = delivered(earlier, r);
            if (before.isEmpty() || before.get().report().value().equals(r.value())) {
                reports.add(r);
                continue;
            }
            IndicatorReport original = before.get().report();
            FileAssessment from = before.get().file();
            String was = display(original.value());
            String now = display(r.value());
            String sheet = r.source().contains("!") ? r.source().substring(0, r.source().indexOf('!')) : "";
            String cell = r.source().contains("!") ? r.source().substring(r.source().indexOf('!') + 1) : "";
            findings.add(new Finding(Severity.ERRORE, CODE, later.file().name(), sheet, cell, r.indicatorCode(), now, was,
                    "Il valore dell'indicatore " + r.indicatorCode() + " al " + r.verifica().format(DAY) + " (verifica già"
                            + " chiusa e bloccata) era " + quoted(was) + " nella consegna precedente '"
                            + from.file().name() + "' (archivio " + from.sha256().substring(0, 12) + "), ma ora è "
                            + quoted(now) + ": resta " + quoted(was) + ". Se il valore di allora era sbagliato, chiedere"
                            + " al controllo di gestione di correggerlo nella scheda consegnata per quella verifica."));
            reports.add(new IndicatorReport(r.indicatorCode(), r.verifica(), original.value(), r.cause(), r.source(),
                    original.rejected()));
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        Submission kept = new Submission(s.fileName(), s.serviceCode(), reports, s.objectives(), s.phases(), s.data());
        return Optional.of(new FileAssessment(later.file(), later.sha256(), later.size(), later.serviceCode(),
                Optional.of(kept), findings, later.lockedVerifiche()));
    }

    private record Delivered(FileAssessment file, IndicatorReport report) {
    }

    /** The report of the same indicator and verifica in the latest earlier delivery that gave a value. */
    private static Optional<Delivered> delivered(List<FileAssessment> earlier, IndicatorReport r) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FileAssessment e = earlier.get(i);
            Optional<IndicatorReport> same = e.submission()
                    .flatMap(s -> s.indicator(r.indicatorCode(), r.verifica()));
            if (same.isPresent() && same.get().value().isPresent()) {
                return Optional.of(new Delivered(e, same.get()));
            }
        }
        return Optional.empty();
    }

    private static String display(Optional<ReportedValue> value) {
        if (value.isEmpty()) {
            return "";
        }
        ReportedValue v = value.get();
        if (v instanceof NumberValue n) {
            return number(n.value());
        }
        if (v instanceof RatioValue r) {
            return number(r.numerator()) + "/" + number(r.denominator());
        }
        if (v instanceof DateValue d) {
            return d.date().format(DAY);
        }
        if (v instanceof YesNoValue y) {
            return y.yes() ? "SI" : "NO";
        }
        return number(((ProgressValue) v).fraction().movePointRight(2)) + "%";
    }

    private static String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getInstance(Locale.ITALY);
        f.setMaximumFractionDigits(10);
        return f.format(n);
    }

    private static String quoted(String s) {
        return s.isEmpty() ? "vuoto" : "'" + s + "'";
    }
}
