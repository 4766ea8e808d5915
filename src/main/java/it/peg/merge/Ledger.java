package it.peg.merge;

import it.peg.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The append-only ledger {@code work/ledger.tsv}: one line per event, written with a single append and fsync'd
 * before the run goes on, so that what it says happened has happened; the lines a step notes in a loop (the files
 * archived, the status changes, the outputs replaced) are appended together, after what they record is durable.
 *
 * <p>Line format (UTF-8, tab-separated): {@code <instant> TAB <run> TAB <EVENT> TAB key=value ... TAB #<crc32>}.
 * Tabs, newlines and backslashes inside values are escaped as {@code \t}, {@code \n}, {@code \\}. The CRC32
 * (hex, over the text before {@code TAB #}) lets a reader tell a complete line from one torn by a crash: a
 * torn or corrupt line is skipped and counted, never fatal. If the file does not end with a newline (the
 * last append was torn, by a crash or by a write of this run that failed partway), the next append starts with one,
 * so the torn bytes stay on a line of their own.
 * Nothing is ever rewritten or truncated.
 */
public final class Ledger {
    public static final String FILE_NAME = "ledger.tsv";

    private final Path file;
    private final String run;
    private final java.time.Clock clock;
    private boolean needsNewline;
    private Appender appender = Ledger::appendDurably;
    /** Appends made durable in this JVM (tests count a night's fsyncs). */
    static final java.util.concurrent.atomic.AtomicInteger FORCES = new java.util.concurrent.atomic.AtomicInteger();

    private Ledger(Path file, String run, java.time.Clock clock, boolean needsNewline) {
        this.file = file;
        this.run = run;
        this.clock = clock;
        this.needsNewline = needsNewline;
    }

    /**
     * Why the ledger cannot be used: something that is neither a regular file nor missing at its path (a FIFO, a
     * socket, a device, a folder). Opening a FIFO to read or append waits for a peer for ever, the run lock held: such
     * a ledger is refused, never opened. A link there is refused by its own rule (O_NOFOLLOW, and peg's command line).
     */
    public static java.util.Optional<String> refusal(Path workDir) {
        Path file = workDir.resolve(FILE_NAME);
        try {
            FileStamp.Kind kind = FileStamp.typed(file).kind();
            if (kind == FileStamp.Kind.FILE || kind == FileStamp.Kind.LINK) {
                return java.util.Optional.empty();
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return java.util.Optional.empty(); // the first night creates it
        } catch (IOException e) {
            // unreadable: said below as a file that is not a regular one
        }
        return java.util.Optional.of("Il registro " + file + " non è un file normale (una pipe, un dispositivo o una"
                + " cartella): peg non lo apre, perché leggerlo o scriverlo potrebbe bloccare la notte per sempre."
                + " Rimuoverlo (rm " + file + ") o ripristinare il registro da una copia di sicurezza e rilanciare.");
    }

    private static void requireUsable(Path workDir) throws IOException {
        java.util.Optional<String> refused = refusal(workDir);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
    }

    /** Opens the ledger for appending as {@code run}. */
    public static Ledger open(Path workDir, String run, java.time.Clock clock) throws IOException {
        requireUsable(workDir);
        Path file = workDir.resolve(FILE_NAME);
        return new Ledger(file, run, clock, endsTorn(file));
    }

    /** Whether the file has bytes after its last newline: an append torn by a crash or by a write that failed. */
    private static boolean endsTorn(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) != '\n';
        }
    }

    /** Appends one event and makes it durable. */
    public void append(LedgerEvent event, Map<String, String> fields) throws IOException {
        append(event.name(), fields);
    }

    /**
     * As {@link #append(LedgerEvent, Map)}, with the event's text: for tests that write a ledger as another build
     * would (events this one does not know).
     */
    void append(String event, Map<String, String> fields) throws IOException {
        write(format(new LedgerEntry(clock.instant(), run, event, fields)) + "\n");
    }

    /**
     * Two events in one append and one fsync: a night with nothing new writes its RUN_START and RUN_END together, as
     * nothing happens between them that another line would record (an fsync is milliseconds on a disk, a few percent
     * of such a night). A crash leaves both lines, neither, or a torn tail that readers skip as any torn line.
     */
    void appendTogether(LedgerEvent first, Map<String, String> firstFields, LedgerEvent second,
                        Map<String, String> secondFields) throws IOException {
        java.time.Instant now = clock.instant();
        write(format(new LedgerEntry(now, run, first.name(), firstFields)) + "\n"
                + format(new LedgerEntry(now, run, second.name(), secondFields)) + "\n");
    }

    /** One line of {@link #appendAll}: the event, its fields and the instant it records. */
    record Line(LedgerEvent event, Map<String, String> fields, java.time.Instant at) {
    }

    /**
     * Lines noted in a loop (a night's ARCHIVED, RESTORED and STATUS lines), appended with one write and one fsync
     * instead of one each (20 new files made 20 fsyncs of the ledger, and their 40 status changes 40 more). Each line
     * keeps its own instant. A crash leaves the lines before a torn one, which readers skip as any torn line: what
     * those lines would have said is done again by the next run (an archived copy without its line is recorded, a
     * status not noted is noted), as after a crash between two appends. Nothing is written for no lines.
     */
    void appendAll(List<Line> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(format(new LedgerEntry(l.at(), run, l.event().name(), l.fields()))).append('\n');
        }
        write(text.toString());
    }

    /** The ledger's clock: the instant a line appended now records. */
    java.time.Instant now() {
        return clock.instant();
    }

    /** Appends complete lines with one write and one fsync. */
    private void write(String lines) throws IOException {
        requireUsable(file.getParent()); // replaced by a FIFO since it was opened: never waited on
        byte[] bytes = ((needsNewline ? "\n" : "") + lines).getBytes(StandardCharsets.UTF_8);
        FORCES.incrementAndGet();
        boolean created = !Files.exists(file);
        try {
            appender.append(file, bytes);
        } catch (IOException | RuntimeException e) {
            // a write that failed partway (a full disk) leaves a torn tail: the run's next append, if it gets one in,
            // starts on a line of its own instead of being glued to it and lost with it
            try {
                needsNewline = needsNewline || endsTorn(file);
            } catch (IOException unread) {
                needsNewline = true; // an empty line costs a reader nothing; a glued one costs the line
                e.addSuppressed(unread);
            }
            throw e;
        }
        if (created) {
            AtomicFiles.fsyncDirectory(file.getParent());
        }
        needsNewline = false;
    }

    /** Writes bytes at the end of the file and makes them durable; a failure may leave part of them written. */
    @FunctionalInterface
    interface Appender {
        void append(Path file, byte[] bytes) throws IOException;
    }

    /** This ledger with its appends written by {@code other}: tests fail a write partway. */
    Ledger withAppender(Appender other) {
        this.appender = other;
        return this;
    }

    private static void appendDurably(Path file, byte[] bytes) throws IOException {
        // never through a symbolic link (O_NOFOLLOW): a link planted in the work folder fails the run instead of
        // appending to whatever it points at
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    public String run() {
        return run;
    }

    /** Result of reading the ledger: the good lines, and how many were torn or corrupt. */
    public record Contents(List<LedgerEntry> entries, int badLines) {
        public Contents {
            entries = List.copyOf(entries);
        }

        public List<LedgerEntry> of(String event) {
            return entries.stream().filter(e -> e.event().equals(event)).toList();
        }

        public List<LedgerEntry> of(LedgerEvent event) {
            return of(event.name());
        }
    }

    /** Reads every complete line; torn or corrupt lines are skipped and counted. */
    public static Contents read(Path workDir) throws IOException {
        return parse(bytes(workDir), 0);
    }

    /** The ledger's bytes as they are now (none when there is no ledger yet). */
    /**
     * The ledger to read from its start, refused as {@link #bytes} refuses; an empty stream when there is none. A quiet
     * night's check reads it in chunks ({@link QuietLedger#onlyQuietNightsSince}): at 2,000 services the ledger is ~1 MB.
     */
    static java.io.InputStream input(Path workDir) throws IOException {
        requireUsable(workDir);
        try {
            return Files.newInputStream(workDir.resolve(FILE_NAME));
        } catch (java.nio.file.NoSuchFileException e) {
            return java.io.InputStream.nullInputStream();
        }
    }

    static byte[] bytes(Path workDir) throws IOException {
        requireUsable(workDir);
        Path file = workDir.resolve(FILE_NAME);
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }

    /**
     * The lines of {@code data} from byte {@code from} (the start of a line) on: every complete one, the torn or
     * corrupt ones skipped and counted.
     */
    static Contents parse(byte[] data, int from) {
        List<LedgerEntry> entries = new ArrayList<>();
        int bad = 0;
        String text = new String(data, from, data.length - from, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            boolean complete = i < lines.length - 1; // the last piece has no newline after it
            LedgerEntry e = complete ? parse(line, names) : null;
            if (e == null) {
                bad++;
            } else {
                entries.add(e);
            }
        }
        return new Contents(entries, bad);
    }

    static String format(LedgerEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(IsoInstant.format(e.at())).append('\t').append(escape(e.run())).append('\t').append(escape(e.event()));
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            sb.append('\t').append(escape(f.getKey())).append('=').append(escape(f.getValue()));
        }
        return sb + "\t#" + crc(sb.toString());
    }

    /** The entry of a complete line, or null when the line is torn or corrupt. */
    static LedgerEntry parse(String line) {
        return parse(line, new java.util.HashMap<>());
    }

    /**
     * As {@link #parse(String)}; {@code names} holds one copy of each field name, run and event seen so far: they
     * repeat on every line (a ledger has tens of thousands of lines after a year of nights).
     */
    static LedgerEntry parse(String line, Map<String, String> names) {
        int hash = line.lastIndexOf("\t#");
        if (hash < 0 || !line.substring(hash + 2).equals(crc(line.substring(0, hash)))) {
            return null;
        }
        String[] parts = line.substring(0, hash).split("\t", -1);
        if (parts.length < 3) {
            return null;
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 3; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 0) {
                    return null;
                }
                fields.put(shared(names, unescape(parts[i].substring(0, eq))), unescape(parts[i].substring(eq + 1)));
            }
            return new LedgerEntry(IsoInstant.parse(parts[0]), shared(names, unescape(parts[1])),
                    shared(names, unescape(parts[2])), fields);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String shared(Map<String, String> names, String name) {
        String known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s; // most texts: nothing escaped
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A line's fields in the order given: {@code fields("name", name, "sha256", sha)}. */
    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
