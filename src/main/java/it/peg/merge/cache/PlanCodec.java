package it.peg.merge.cache;

import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan written and read by hand, for its cache entry: the plan is decoded on every night's and every consolidate's
 * main thread before anything else can start, in a new JVM, so decoding it must be cheap as cold code (issue 21).
 * {@link RecordCodec} goes through every value's type, a reader lambda per component and each record's canonical
 * constructor by reflection: code that runs interpreted for most of a plan of 2,000 services. Here each record is
 * read by a method of its own that calls its constructor (which validates it, as ever).
 *
 * <p>The layout: five tables, each value once, then the plan by references into them: its codes and its other
 * texts (UTF-8; the codes interned, as the assessments' are), its numbers (their text, which keeps the scale), its
 * dates (epoch days), its targets (a {@link TargetSpec} equal to an earlier one is the same object, as equal texts
 * are). Then the settings, services, objectives, indicators, phases, the Dati years and rows. Whole numbers are variable-length (signed ones zigzag-mapped); a reference to an optional
 * value is 0 for none, else its index plus one. Every count and reference is checked as it is read: a torn or forged
 * payload is an {@link IOException}, never another plan.
 *
 * <p>{@link #LAYOUT} names the layout and ends with the schema digest of {@link Plan} ({@link RecordCodec#schemaOf},
 * pinned by {@code PlanCodecTest}): a record of the plan that changes shape fails that test until this class and the
 * digest are changed with it, and an entry of the earlier layout is then a miss. Read by {@link PlanDecoder}.
 */
final class PlanCodec {
    /** Part of the entry's format mark. */
    static final String LAYOUT = "plan-layout/2+c1ea761d7f32970f";

    /** A target's kind, written before its values. */
    static final int NUMERIC = 0;
    static final int RATIO = 1;
    static final int DEADLINE = 2;
    static final int YES_NO = 3;
    static final int QUALITATIVE = 4;

    private PlanCodec() {
    }

    static byte[] encode(Plan plan) {
        Writer w = new Writer();
        List<TargetSpec> targets = new ArrayList<>();
        Map<TargetSpec, Integer> targetIndex = new HashMap<>();
        for (Indicator x : plan.indicators()) {
            w.collect(targetIndex, targets, x.target());
            x.intermediateTargets().values().forEach(t -> w.collect(targetIndex, targets, t));
        }
        CodecOut body = w.body;
        body.writeSize(targets.size());
        for (TargetSpec t : targets) {
            w.text(t.text());
            w.optText(t.interpretation());
            Target target = t.target();
            if (target instanceof NumericTarget n) {
                body.writeSize(NUMERIC);
                w.number(n.value());
                body.writeSize(n.comparison().ordinal());
                body.writeBoolean(n.percent());
                w.optNumber(n.upper());
            } else if (target instanceof RatioTarget r) {
                body.writeSize(RATIO);
                w.number(r.numerator());
                w.number(r.denominator());
            } else if (target instanceof DeadlineTarget d) {
                body.writeSize(DEADLINE);
                w.date(d.date());
            } else if (target instanceof YesNoTarget y) {
                body.writeSize(YES_NO);
                body.writeBoolean(y.expected());
            } else {
                body.writeSize(QUALITATIVE);
                w.text(((QualitativeTarget) target).text());
            }
        }

        Settings s = plan.settings();
        w.text(s.ente());
        body.writeSigned(s.year());
        body.writeSize(s.verifiche().size());
        for (Verifica v : s.verifiche()) {
            w.date(v.date());
            w.optDate(v.due());
            body.writeBoolean(v.isFinal());
        }
        w.number(s.minimumThreshold());
        w.number(s.cap());
        body.writeSigned(s.deadlineToleranceDays());
        body.writeSize(s.bands().size());
        for (Band b : s.bands()) {
            w.number(b.from());
            w.text(b.esito());
        }
        w.optText(s.logo());
        body.writeSize(s.missingValues().ordinal());
        w.optText(s.template());

        body.writeSize(plan.services().size());
        for (Service x : plan.services()) {
            w.code(x.code());
            w.text(x.direction());
            w.text(x.director());
            w.text(x.sector());
            w.text(x.sectorResponsible());
            w.text(x.name());
            w.text(x.manager());
            w.text(x.responsible());
            w.text(x.politicalReferent());
            w.text(x.classification());
            w.text(x.staff());
            w.text(x.functions());
            body.writeSigned(x.row());
        }
        body.writeSize(plan.objectives().size());
        for (Objective x : plan.objectives()) {
            w.code(x.code());
            w.code(x.serviceCode());
            w.text(x.title());
            w.text(x.description());
            w.text(x.type());
            w.text(x.linkedTo());
            w.text(x.missionProgram());
            w.optNumber(x.weight());
            w.optDate(x.start());
            w.text(x.startText());
            w.optDate(x.end());
            w.text(x.endText());
            body.writeBoolean(x.multiYear());
            w.text(x.humanResources());
            w.text(x.financialResources());
            w.optNumber(x.revenue());
            w.optNumber(x.expense());
            w.text(x.otherServices());
            w.text(x.responsible());
            body.writeSize(x.aggregation().ordinal());
            body.writeSigned(x.row());
        }
        body.writeSize(plan.indicators().size());
        for (Indicator x : plan.indicators()) {
            w.code(x.code());
            w.code(x.objectiveCode());
            w.text(x.description());
            w.text(x.type());
            w.text(x.dimension());
            body.writeSize(targetIndex.get(x.target()));
            w.optNumber(x.weight());
            w.text(x.unit());
            w.optNumber(x.min());
            w.optNumber(x.max());
            body.writeSize(x.polarity().ordinal());
            body.writeBoolean(x.cumulative());
            body.writeSize(x.intermediateTargets().size());
            x.intermediateTargets().forEach((date, target) -> {
                w.date(date);
                body.writeSize(targetIndex.get(target));
            });
            body.writeSize(x.intermediateWeights().size());
            x.intermediateWeights().forEach((date, weight) -> {
                w.date(date);
                w.number(weight);
            });
            body.writeSigned(x.row());
        }
        body.writeSize(plan.phases().size());
        for (Phase x : plan.phases()) {
            w.code(x.objectiveCode());
            w.code(x.phase());
            w.text(x.description());
            body.writeSize(x.months().size());
            x.months().forEach(body::writeSigned);
            w.text(x.monthsText());
            body.writeSigned(x.row());
        }
        body.writeSize(plan.dataYears().size());
        plan.dataYears().forEach(body::writeSigned);
        body.writeSize(plan.dataRows().size());
        for (DataRow x : plan.dataRows()) {
            w.code(x.code());
            w.code(x.serviceCode());
            w.text(x.description());
            body.writeSize(x.values().size());
            x.values().forEach((year, value) -> {
                body.writeSigned(year);
                w.number(value);
            });
            body.writeSigned(x.row());
        }
        return w.toByteArray();
    }

    /** The tables, filled as the body refers to their values, written before it. */
    private static final class Writer {
        final CodecOut body = new CodecOut();
        final Map<String, Integer> codes = new HashMap<>();
        final Map<String, Integer> texts = new HashMap<>();
        final Map<String, Integer> numbers = new HashMap<>();
        final Map<Long, Integer> dates = new HashMap<>();

        void collect(Map<TargetSpec, Integer> index, List<TargetSpec> targets, TargetSpec t) {
            if (index.putIfAbsent(t, targets.size()) == null) {
                targets.add(t);
            }
        }

        private static <K> int indexOf(Map<K, Integer> table, K value) {
            Integer i = table.putIfAbsent(value, table.size());
            return i == null ? table.size() - 1 : i;
        }

        void code(String s) {
            body.writeSize(indexOf(codes, s));
        }

        void text(String s) {
            body.writeSize(indexOf(texts, s));
        }

        void optText(Optional<String> s) {
            body.writeSize(s.isPresent() ? indexOf(texts, s.get()) + 1L : 0);
        }

        void number(BigDecimal v) {
            body.writeSize(indexOf(numbers, v.toString()));
        }

        void optNumber(Optional<BigDecimal> v) {
            body.writeSize(v.isPresent() ? indexOf(numbers, v.get().toString()) + 1L : 0);
        }

        void date(LocalDate d) {
            body.writeSize(indexOf(dates, d.toEpochDay()));
        }

        void optDate(Optional<LocalDate> d) {
            body.writeSize(d.isPresent() ? indexOf(dates, d.get().toEpochDay()) + 1L : 0);
        }

        byte[] toByteArray() {
            CodecOut out = new CodecOut();
            writeTexts(out, codes);
            writeTexts(out, texts);
            writeTexts(out, numbers);
            long[] days = new long[dates.size()];
            dates.forEach((day, i) -> days[i] = day);
            out.writeSize(days.length);
            for (long day : days) {
                out.writeSigned(day);
            }
            byte[] b = body.toByteArray();
            byte[] head = out.toByteArray();
            byte[] all = Arrays.copyOf(head, head.length + b.length);
            System.arraycopy(b, 0, all, head.length, b.length);
            return all;
        }

        private static void writeTexts(CodecOut out, Map<String, Integer> table) {
            String[] inOrder = new String[table.size()];
            table.forEach((s, i) -> inOrder[i] = s);
            out.writeSize(inOrder.length);
            for (String s : inOrder) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The plan held in {@code data[offset, offset + length)}, which must hold nothing else ({@link PlanDecoder}). */
    static Plan decode(byte[] data, int offset, int length) throws IOException {
        return PlanDecoder.decode(data, offset, length);
    }
}
