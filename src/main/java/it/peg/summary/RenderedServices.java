package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.io.SegmentIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which services a night must fully score so that its outputs, copying from last night's, come out as a full render
 * would write them: the services of every run of rows (and every Scheda per la valutazione) that the writers will
 * render because the earlier index lacks the run's key, in every keyed sheet of the summary, the CSV and the Schede.
 * The other services' runs are copied unmade, so a result holding only these services' scoring ({@link
 * ConsolidationResult#partialTo}) gives the same bytes.
 *
 * <p>Worked out from the parts of the result that every night has whole before it scores: the plan, the registry (the
 * services' files and statuses), the scored verifica, the Nucleo's overrides and the years of the data trends (what
 * the runs' input keys, {@link ServiceInputKeys} and {@link IndicatorRows#keyOf}, are made of); it asks no service's
 * scoring, so {@code result} may itself hold none. Where a sheet keys its runs by what they print ({@link RowKeys}:
 * Anomalie and Registro always, Servizi, Obiettivi, Fasi, Dati and the Schede when the result has no input keys, Dati
 * when two Dati rows share a code), making the key makes the rows: the services those rows read are all counted
 * (Anomalie's, Registro's and Servizi's rows read no service's full scoring: findings, files, deliveries and the
 * services' scores, which a result holds whole).
 *
 * <p>The earlier files are checked as far as their writers check them before the first copy (the summary's parts in
 * its zip directory, the CSV's and the Schede's lengths). What a writer finds only as it copies (a segment whose bytes
 * fail their CRC, the Schede's whole CRC) makes it render more than this counted: a writer given a result lacking a
 * service it then needs stops with {@link it.peg.scoring.NotScoredException} rather than write a wrong row, and a
 * night meeting it renders again from the full scoring.
 */
public final class RenderedServices {
    /**
     * The outputs the last night left and their indexes, as {@code OutputStep} hands them to the writers: each file is
     * checked as its writer checks it before copying (a summary's part whose entry is not the one indexed, a CSV or a
     * Schede file of another length, is as good as no index: every run of it is rendered).
     *
     * @param summaryFile the summary to copy from
     * @param summary     its row sheets' indexes, one per worksheet part (none: every run is rendered)
     * @param csv         the CSV and its runs
     * @param forms       the Schede per la valutazione and their sheets
     */
    public record Earlier(Optional<Path> summaryFile, List<SegmentIndex> summary, Optional<SegmentIndex.Earlier> csv,
                          Optional<SegmentIndex.Earlier> forms) {
        public Earlier {
            Objects.requireNonNull(summaryFile, "summaryFile");
            summary = List.copyOf(summary);
            Objects.requireNonNull(csv, "csv");
            Objects.requireNonNull(forms, "forms");
        }

        /** No earlier output: every run is rendered. */
        public static Earlier none() {
            return new Earlier(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        }

        /** The summary's indexes whose parts its file holds as indexed (none without the file). */
        List<SegmentIndex> summaryUsable() {
            if (summaryFile.isEmpty()) {
                return List.of();
            }
            try (it.peg.xlsx.EarlierPackage from = it.peg.xlsx.EarlierPackage.at(summaryFile.get())) {
                return summary.stream().filter(from::holds).toList();
            } catch (java.io.IOException e) {
                return List.of(); // the writer's copy fails the same way: it renders everything
            }
        }

        /** The index of {@code earlier}, when its file is there with the indexed length (as the writers check). */
        static Optional<SegmentIndex> ofLength(Optional<SegmentIndex.Earlier> earlier) {
            return earlier.filter(e -> {
                try {
                    return Files.isRegularFile(e.file()) && Files.size(e.file()) == e.index().length();
                } catch (java.io.IOException x) {
                    return false;
                }
            }).map(SegmentIndex.Earlier::index);
        }
    }

    private RenderedServices() {
    }

    /** The services whose rows the three writers render from {@code result} copying from {@code earlier}, plan order. */
    public static Set<String> of(ConsolidationResult result, Earlier earlier) {
        Set<String> rendered = new java.util.HashSet<>();
        SummaryWorkbookWriter.servicesRendered(result, earlier.summaryUsable(), rendered::add);
        java.util.function.Predicate<String> csvHolds = Earlier.ofLength(earlier.csv()).map(SegmentIndex::byKey)
                .<java.util.function.Predicate<String>>map(m -> m::containsKey).orElse(key -> false);
        IndicatorRows.servicesRendered(result, csvHolds, rendered::add);
        ValutazioneWorkbookWriter.servicesRendered(result, Earlier.ofLength(earlier.forms()), rendered::add);
        Set<String> inPlanOrder = new LinkedHashSet<>();
        result.plan().services().forEach(s -> {
            if (rendered.contains(s.code())) {
                inPlanOrder.add(s.code());
            }
        });
        // a code of no service of the plan (an objective's unknown service: the plan reader refuses such a plan)
        rendered.stream().filter(c -> !inPlanOrder.contains(c)).sorted().forEach(inPlanOrder::add);
        return java.util.Collections.unmodifiableSet(inPlanOrder);
    }
}
