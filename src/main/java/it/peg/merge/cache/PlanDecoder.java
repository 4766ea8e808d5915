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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads what {@link PlanCodec#encode} wrote (the layout is described there): the tables first, then each record by
 * a method of its own, called once per record, that calls the record's constructor (which validates it, as ever).
 * A method rather than the body of its loop: the JIT compiles a method after a few hundred calls, but a loop's body
 * only after tens of thousands of turns, more than a plan of 2,000 services has records of one kind, so a loop that
 * does the work itself runs interpreted to its end (issue 21).
 */
final class PlanDecoder {
    private static final Aggregation[] AGGREGATIONS = Aggregation.values();
    private static final Polarity[] POLARITIES = Polarity.values();
    private static final MissingValues[] MISSING_VALUES = MissingValues.values();
    private static final Comparison[] COMPARISONS = Comparison.values();

    private final byte[] b;
    private final CodecIn in;
    private String[] codes;
    private String[] texts;
    private BigDecimal[] numbers;
    private LocalDate[] dates;
    private TargetSpec[] targets;
    /** The present {@code Optional} of each value of a table, made when first asked: one per value, not per place. */
    private Optional<String>[] someTexts;
    private Optional<BigDecimal>[] someNumbers;
    private Optional<LocalDate>[] someDates;

    private PlanDecoder(byte[] b, int offset, int end) {
        this.b = b;
        this.in = new CodecIn(b, offset, end);
    }

    /** The plan held in {@code data[offset, offset + length)}, which must hold nothing else. */
    static Plan decode(byte[] data, int offset, int length) throws IOException {
        try {
            return new PlanDecoder(data, offset, offset + length).plan();
        } catch (RuntimeException e) {
            // a constructor refusing what was read (a forged entry), or an index out of its table
            throw new IOException("cannot decode the plan: " + e, e);
        }
    }

    private int below(int limit) throws IOException {
        return in.readBelow(limit, "reference");
    }

    /** A number of values to read: each takes a byte at least, so no more than the bytes left. */
    private int count() throws IOException {
        return in.readBelow(in.remaining() + 1L, "count");
    }

    @SuppressWarnings("unchecked")
    private Plan plan() throws IOException {
        codes = texts(true);
        texts = texts(false);
        String[] numberTexts = texts(false);
        numbers = new BigDecimal[numberTexts.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = new BigDecimal(numberTexts[i]);
        }
        dates = new LocalDate[count()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = tableDate();
        }
        someTexts = new Optional[texts.length];
        someNumbers = new Optional[numbers.length];
        someDates = new Optional[dates.length];
        targets = new TargetSpec[count()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = tableTarget();
        }
        Settings settings = settings();
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
            years[i] = in.readInt();
        }
        DataRow[] rows = new DataRow[count()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = dataRow();
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes after the plan");
        }
        // the arrays as lists: the plan's constructor makes its own immutable copy of each
        return new Plan(settings, Arrays.asList(services), Arrays.asList(objectives), Arrays.asList(indicators),
                Arrays.asList(phases), Arrays.asList(years), Arrays.asList(rows));
    }

    /** A table of texts; {@code shared} (the codes): each short one interned. */
    private String[] texts(boolean shared) throws IOException {
        String[] out = new String[count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tableText(shared);
        }
        return out;
    }

    private String tableText(boolean shared) throws IOException {
        int length = in.byteCount();
        int at = in.skip(length);
        String s = length == 0 ? "" : new String(b, at, length, StandardCharsets.UTF_8);
        // a code: one copy shared with every decoded assessment (their service, objective and indicator codes), as the
        // records' codec interns them (SharedValues.TEXTS). Not the plan's other texts, most of them unique to it
        // (descriptions, names): interning all 53,000 texts of a plan of 2,000 services was a third of decoding it,
        // and the table already makes each of them once
        return shared && s.length() <= SharedValues.MAX_SHARED_LENGTH ? s.intern() : s;
    }

    private LocalDate tableDate() throws IOException {
        long day = in.readLong();
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            throw new IOException("bad date in the plan: " + day);
        }
        return SharedValues.day(day);
    }

    private TargetSpec tableTarget() throws IOException {
        String text = text();
        Optional<String> interpretation = optText();
        Target target = switch (below(PlanCodec.QUALITATIVE + 1)) {
            case PlanCodec.NUMERIC -> new NumericTarget(number(), COMPARISONS[below(COMPARISONS.length)],
                    in.readBoolean(), optNumber());
            case PlanCodec.RATIO -> new RatioTarget(number(), number());
            case PlanCodec.DEADLINE -> new DeadlineTarget(date());
            case PlanCodec.YES_NO -> new YesNoTarget(in.readBoolean());
            default -> new QualitativeTarget(text());
        };
        return new TargetSpec(text, target, interpretation);
    }

    private String code() throws IOException {
        return codes[below(codes.length)];
    }

    private String text() throws IOException {
        return texts[below(texts.length)];
    }

    private BigDecimal number() throws IOException {
        return numbers[below(numbers.length)];
    }

    private LocalDate date() throws IOException {
        return dates[below(dates.length)];
    }

    private TargetSpec target() throws IOException {
        return targets[below(targets.length)];
    }

    private Optional<String> optText() throws IOException {
        return some(texts, someTexts);
    }

    private Optional<BigDecimal> optNumber() throws IOException {
        return some(numbers, someNumbers);
    }

    private Optional<LocalDate> optDate() throws IOException {
        return some(dates, someDates);
    }

    /** A reference to an optional value of {@code table}: 0 for none, else its index plus one. */
    private <V> Optional<V> some(V[] table, Optional<V>[] made) throws IOException {
        int ref = below(table.length + 1);
        if (ref == 0) {
            return Optional.empty();
        }
        Optional<V> o = made[ref - 1];
        if (o == null) {
            o = Optional.of(table[ref - 1]);
            made[ref - 1] = o;
        }
        return o;
    }

    private Settings settings() throws IOException {
        String ente = text();
        int year = in.readInt();
        Verifica[] verifiche = new Verifica[count()];
        for (int i = 0; i < verifiche.length; i++) {
            verifiche[i] = new Verifica(date(), optDate(), in.readBoolean());
        }
        BigDecimal minimumThreshold = number();
        BigDecimal cap = number();
        int tolerance = in.readInt();
        Band[] bands = new Band[count()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = new Band(number(), text());
        }
        return new Settings(ente, year, Arrays.asList(verifiche), minimumThreshold, cap, tolerance,
                Arrays.asList(bands), optText(), MISSING_VALUES[below(MISSING_VALUES.length)], optText());
    }

    private Service service() throws IOException {
        return new Service(code(), text(), text(), text(), text(), text(), text(), text(), text(), text(), text(),
                text(), in.readInt());
    }

    private Objective objective() throws IOException {
        return new Objective(code(), code(), text(), text(), text(), text(), text(), optNumber(), optDate(), text(),
                optDate(), text(), in.readBoolean(), text(), text(), optNumber(), optNumber(), text(), text(),
                AGGREGATIONS[below(AGGREGATIONS.length)], in.readInt());
    }

    private Indicator indicator() throws IOException {
        return new Indicator(code(), code(), text(), text(), text(), target(), optNumber(), text(), optNumber(),
                optNumber(), POLARITIES[below(POLARITIES.length)], in.readBoolean(), intermediateTargets(),
                intermediateWeights(), in.readInt());
    }

    private Phase phase() throws IOException {
        return new Phase(code(), code(), text(), months(), text(), in.readInt());
    }

    private DataRow dataRow() throws IOException {
        return new DataRow(code(), code(), text(), dataValues(), in.readInt());
    }

    private SortedMap<LocalDate, TargetSpec> intermediateTargets() throws IOException {
        int n = count();
        // most indicators have none: the empty map their constructor makes, and no method reference made for them
        return n == 0 ? Collections.emptySortedMap() : byDate(n, this::target, "targets");
    }

    private SortedMap<LocalDate, BigDecimal> intermediateWeights() throws IOException {
        int n = count();
        return n == 0 ? Collections.emptySortedMap() : byDate(n, this::number, "weights");
    }

    /** One of the values an indicator has per intermediate verifica. */
    private interface Value<V> {
        V read() throws IOException;
    }

    private <V> SortedMap<LocalDate, V> byDate(int n, Value<V> value, String what) throws IOException {
        SortedMap<LocalDate, V> map = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(date(), value.read());
        }
        if (map.size() != n) {
            throw new IOException("repeated date among an indicator's " + what);
        }
        return map;
    }

    private List<Integer> months() throws IOException {
        Integer[] months = new Integer[below(13)];
        for (int i = 0; i < months.length; i++) {
            months[i] = in.readInt(); // Integer.valueOf's own cache: no new object; one out of range, the constructor refuses
        }
        return Arrays.asList(months);
    }

    private SortedMap<Integer, BigDecimal> dataValues() throws IOException {
        int n = count();
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readInt(), number());
        }
        if (map.size() != n) {
            throw new IOException("repeated year among a data row's values");
        }
        return map;
    }
}
