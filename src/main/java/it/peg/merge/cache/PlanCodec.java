package it.peg.merge.cache;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.Comparison;
import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.MissingValues;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plan written and read by hand, for its cache entry: the plan is decoded on every night's and every consolidate's
 * main thread before anything else can start, in a new JVM, so decoding it must be cheap as cold code (issue 21).
 * {@link RecordCodec} goes through every value's type, a reader lambda per component and each record's canonical
 * constructor by reflection: code that runs interpreted for most of a plan of 2,000 services. Here each record is
 * read by a loop of its own that calls its constructor (which validates it, as ever).
 *
 * <p>The layout: five tables, each value once, then the plan by references into them: its codes and its other
 * texts (UTF-8; the codes interned, as the assessments' are), its numbers (their text, which keeps the scale), its
 * dates (epoch days), its targets (a {@link TargetSpec} equal to an earlier one is the same object, as equal texts
 * are). Then the settings, services, objectives, indicators, phases,
 * the Dati years and rows. Whole numbers are variable-length (signed ones zigzag-mapped); a reference to an optional
 * value is 0 for none, else its index plus one. Every count and reference is checked as it is read: a torn or forged
 * payload is an {@link IOException}, never another plan.
 *
 * <p>{@link #LAYOUT} names the layout and ends with the schema digest of {@link Plan} ({@link RecordCodec#schemaOf},
 * pinned by {@code PlanCodecTest}): a record of the plan that changes shape fails that test until this class and the
 * digest are changed with it, and an entry of the earlier layout is then a miss.
 */
final class PlanCodec {
    /** Part of the entry's format mark. */
    static final String LAYOUT = "plan-layout/2+c1ea761d7f32970f";

    private static final Aggregation[] AGGREGATIONS = Aggregation.values();
    private static final Polarity[] POLARITIES = Polarity.values();
    private static final MissingValues[] MISSING_VALUES = MissingValues.values();
    private static final Comparison[] COMPARISONS = Comparison.values();
    private static final int NUMERIC = 0;
    private static final int RATIO = 1;
    private static final int DEADLINE = 2;
    private static final int YES_NO = 3;
    private static final int QUALITATIVE = 4;

    private PlanCodec() {
    }

    // ---------------------------------------------------------------- writing

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

    // ---------------------------------------------------------------- reading

    /** The plan held in {@code data[offset, offset + length)}, which must hold nothing else. */
    static Plan decode(byte[] data, int offset, int length) throws IOException {
        try {
            return new Reader(data, offset, offset + length).plan();
        } catch (RuntimeException e) {
            // a constructor refusing what was read (a forged entry), or an index out of its table
            throw new IOException("cannot decode the plan: " + e, e);
        }
    }

    private static final class Reader {
        private final byte[] b;
        private final int end;
        private int pos;
        private String[] codes;
        private String[] texts;
        private Optional<String>[] someTexts;
        private BigDecimal[] numbers;
        private Optional<BigDecimal>[] someNumbers;
        private LocalDate[] dates;
        private Optional<LocalDate>[] someDates;
        private TargetSpec[] targets;

        Reader(byte[] b, int offset, int end) {
            this.b = b;
            this.pos = offset;
            this.end = end;
        }

        /** A variable-length whole number below {@code limit}, in its shortest form. */
        private int below(int limit) throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (pos >= end) {
                    throw new java.io.EOFException("truncated plan");
                }
                byte x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    if (shift > 0 && x == 0 || shift == 28 && x > 7 || v < 0 || v >= limit) {
                        throw new IOException("bad number in the plan: " + v + " for fewer than " + limit);
                    }
                    return v;
                }
            }
            throw new IOException("overlong number in the plan");
        }

        /** A number of values to read: each takes a byte at least, so no more than the bytes left. */
        private int count() throws IOException {
            return below(end - pos + 1);
        }

        private long signedLong() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new java.io.EOFException("truncated plan");
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    if (shift == 63 ? x > 1 : shift > 0 && x == 0) {
                        throw new IOException("overlong number in the plan");
                    }
                    return (v >>> 1) ^ -(v & 1);
                }
            }
            throw new IOException("overlong number in the plan");
        }

        private int signed() throws IOException {
            long v = signedLong();
            if (v != (int) v) {
                throw new IOException("bad int in the plan: " + v);
            }
            return (int) v;
        }

        private boolean bool() throws IOException {
            if (pos >= end) {
                throw new java.io.EOFException("truncated plan");
            }
            byte x = b[pos++];
            if (x != 0 && x != 1) {
                throw new IOException("bad boolean in the plan");
            }
            return x == 1;
        }

        /** A table of texts; {@code shared} (the codes): each short one interned. */
        private String[] texts(boolean shared) throws IOException {
            String[] out = new String[count()];
            for (int i = 0; i < out.length; i++) {
                out[i] = tableText(shared);
            }
            return out;
        }

        /**
         * One text of a table. Each value is read by a method of its own, called once per value, rather than in the
         * body of its loop: the JIT compiles a method after a few hundred calls, but a loop's body only after tens of
         * thousands of turns, more than a plan of 2,000 services has values of one kind; a loop that does the work
         * itself runs interpreted to its end (issue 21).
         */
        private String tableText(boolean shared) throws IOException {
            int length = below(end - pos + 1);
            String s = length == 0 ? "" : new String(b, pos, length, StandardCharsets.UTF_8);
            pos += length;
            // a code: one copy shared with every decoded assessment (their service, objective and indicator codes),
            // as the records' codec interns them (SharedValues.TEXTS). Not the plan's other texts, most of them
            // unique to it (descriptions, names): interning all 53,000 texts of a plan of 2,000 services was a third
            // of decoding it, and the table above already makes each of them once
            return shared && s.length() <= SharedValues.MAX_SHARED_LENGTH ? s.intern() : s;
        }

        private String code() throws IOException {
            return codes[below(codes.length)];
        }

        private String text() throws IOException {
            return texts[below(texts.length)];
        }

        @SuppressWarnings("unchecked")
        private Optional<String> optText() throws IOException {
            int ref = below(texts.length + 1);
            if (ref == 0) {
                return Optional.empty();
            }
            if (someTexts == null) {
                someTexts = new Optional[texts.length];
            }
            Optional<String> o = someTexts[ref - 1];
            if (o == null) {
                o = Optional.of(texts[ref - 1]);
                someTexts[ref - 1] = o;
            }
            return o;
        }

        private BigDecimal number() throws IOException {
            return numbers[below(numbers.length)];
        }

        private Optional<BigDecimal> optNumber() throws IOException {
            int ref = below(numbers.length + 1);
            if (ref == 0) {
                return Optional.empty();
            }
            Optional<BigDecimal> o = someNumbers[ref - 1];
            if (o == null) {
                o = Optional.of(numbers[ref - 1]);
                someNumbers[ref - 1] = o;
            }
            return o;
        }

        private LocalDate date() throws IOException {
            return dates[below(dates.length)];
        }

        private Optional<LocalDate> optDate() throws IOException {
            int ref = below(dates.length + 1);
            if (ref == 0) {
                return Optional.empty();
            }
            Optional<LocalDate> o = someDates[ref - 1];
            if (o == null) {
                o = Optional.of(dates[ref - 1]);
                someDates[ref - 1] = o;
            }
            return o;
        }

        private TargetSpec target() throws IOException {
            return targets[below(targets.length)];
        }

        @SuppressWarnings("unchecked")
        Plan plan() throws IOException {
            codes = texts(true);
            texts = texts(false);
            String[] numberTexts = texts(false);
            numbers = new BigDecimal[numberTexts.length];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = new BigDecimal(numberTexts[i]);
            }
            someNumbers = new Optional[numbers.length];
            dates = new LocalDate[count()];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = tableDate();
            }
            someDates = new Optional[dates.length];
            targets = new TargetSpec[count()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = tableTarget();
            }
            Settings settings = settings();
            // each record by a call of its own (see tableText)
            Service[] services = new Service[count()];
            for (int i = 0; i < services.length; i++) {
                services[i] = service();
            }
            Objective[] objectives = new Objective[count()];
            for (int i = 0; i < objectives.length; i++) {
                objectives[i] = objective();
            }
            Indicator[] indicators = new Indicator[count()];
            for (int i = 0; i < indicators.length; i++) {
                indicators[i] = indicator();
            }
            Phase[] phases = new Phase[count()];
            for (int i = 0; i < phases.length; i++) {
                phases[i] = phase();
            }
            Integer[] years = new Integer[count()];
            for (int i = 0; i < years.length; i++) {
                years[i] = signed();
            }
            DataRow[] rows = new DataRow[count()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = dataRow();
            }
            if (pos != end) {
                throw new IOException("trailing bytes after the plan");
            }
            // the arrays as lists: the plan's constructor makes its own immutable copy of each
            return new Plan(settings, Arrays.asList(services), Arrays.asList(objectives), Arrays.asList(indicators),
                    Arrays.asList(phases), Arrays.asList(years), Arrays.asList(rows));
        }

        private LocalDate tableDate() throws IOException {
            long day = signedLong();
            if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                throw new IOException("bad date in the plan: " + day);
            }
            return SharedValues.day(day);
        }

        private TargetSpec tableTarget() throws IOException {
            String text = text();
            Optional<String> interpretation = optText();
            Target target = switch (below(QUALITATIVE + 1)) {
                case NUMERIC -> new NumericTarget(number(), COMPARISONS[below(COMPARISONS.length)], bool(), optNumber());
                case RATIO -> new RatioTarget(number(), number());
                case DEADLINE -> new DeadlineTarget(date());
                case YES_NO -> new YesNoTarget(bool());
                default -> new QualitativeTarget(text());
            };
            return new TargetSpec(text, target, interpretation);
        }

        private Service service() throws IOException {
            return new Service(code(), text(), text(), text(), text(), text(), text(), text(), text(), text(), text(),
                    text(), signed());
        }

        private Objective objective() throws IOException {
            return new Objective(code(), code(), text(), text(), text(), text(), text(), optNumber(), optDate(), text(),
                    optDate(), text(), bool(), text(), text(), optNumber(), optNumber(), text(), text(),
                    AGGREGATIONS[below(AGGREGATIONS.length)], signed());
        }

        private Indicator indicator() throws IOException {
            return new Indicator(code(), code(), text(), text(), text(), target(), optNumber(), text(), optNumber(),
                    optNumber(), POLARITIES[below(POLARITIES.length)], bool(), intermediateTargets(),
                    intermediateWeights(), signed());
        }

        private Phase phase() throws IOException {
            return new Phase(code(), code(), text(), months(), text(), signed());
        }

        private DataRow dataRow() throws IOException {
            return new DataRow(code(), code(), text(), dataValues(), signed());
        }

        private Settings settings() throws IOException {
            String ente = text();
            int year = signed();
            Verifica[] verifiche = new Verifica[count()];
            for (int i = 0; i < verifiche.length; i++) {
                verifiche[i] = new Verifica(date(), optDate(), bool());
            }
            BigDecimal minimumThreshold = number();
            BigDecimal cap = number();
            int tolerance = signed();
            Band[] bands = new Band[count()];
            for (int i = 0; i < bands.length; i++) {
                bands[i] = new Band(number(), text());
            }
            return new Settings(ente, year, Arrays.asList(verifiche), minimumThreshold, cap, tolerance,
                    Arrays.asList(bands), optText(), MISSING_VALUES[below(MISSING_VALUES.length)], optText());
        }

        private SortedMap<LocalDate, TargetSpec> intermediateTargets() throws IOException {
            int n = count();
            if (n == 0) {
                return Collections.emptySortedMap();
            }
            SortedMap<LocalDate, TargetSpec> map = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(date(), target());
            }
            if (map.size() != n) {
                throw new IOException("repeated date among an indicator's targets");
            }
            return map;
        }

        private SortedMap<LocalDate, BigDecimal> intermediateWeights() throws IOException {
            int n = count();
            if (n == 0) {
                return Collections.emptySortedMap();
            }
            SortedMap<LocalDate, BigDecimal> map = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(date(), number());
            }
            if (map.size() != n) {
                throw new IOException("repeated date among an indicator's weights");
            }
            return map;
        }

        private List<Integer> months() throws IOException {
            Integer[] months = new Integer[below(13)];
            for (int i = 0; i < months.length; i++) {
                months[i] = signed(); // Integer.valueOf's own cache: no new object; one out of range, the constructor refuses
            }
            return Arrays.asList(months);
        }

        private SortedMap<Integer, BigDecimal> dataValues() throws IOException {
            int n = count();
            SortedMap<Integer, BigDecimal> map = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(signed(), number());
            }
            if (map.size() != n) {
                throw new IOException("repeated year among a data row's values");
            }
            return map;
        }
    }
}
