package it.peg.cli;

import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guides and the operations docs name only commands and options that exist. In their code (fenced blocks and
 * `spans`), every {@code peg <word>} (also {@code bin/peg}, {@code peg.cmd}) must be a command, and every
 * {@code --option} after it on that line one of that command's options; code that starts with an {@code --option}
 * (`--at DATE`) must name an option of some command. Other tools' lines (systemctl, mvn, schtasks) are not checked. And {@code peg <command> --help} works for every command, as the guides say.
 */
class GuidesMatchCommandsTest {
    private static final List<Path> DOCS = List.of(Path.of("docs", "guida-controllo.md"),
            Path.of("docs", "guida-uffici.md"), Path.of("docs", "merge.md"), Path.of("docs", "release.md"),
            Path.of("README.md"), Path.of("workbook-templates", "README.md"));
    private static final Pattern INVOCATION = Pattern.compile("(?:^|(?<=[\\s/\\\\\"']))peg(?:\\.cmd)?[ \\t]+([a-z][\\w-]*)");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z-]*)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)^```");
    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    /** Words after {@code peg} that are not commands but the global options. */
    private static final Set<String> GLOBAL = Set.of("--version", "--help");

    private static Map<String, Options> commands() {
        Map<String, Options> all = new LinkedHashMap<>();
        for (Command c : Commands.all()) {
            all.put(c.name(), Main.withCommonOptions(c.options()));
        }
        return all;
    }

    /** The code of a markdown file: every line of its fenced blocks, and every inline span. */
    static List<String> code(String markdown) {
        List<String> code = new ArrayList<>();
        Matcher fence = FENCE.matcher(markdown);
        StringBuilder prose = new StringBuilder();
        int last = 0;
        while (fence.find()) {
            code.addAll(List.of(fence.group(1).split("\n")));
            prose.append(markdown, last, fence.start());
            last = fence.end();
        }
        prose.append(markdown.substring(last));
        Matcher span = SPAN.matcher(prose);
        while (span.find()) {
            code.add(span.group(1));
        }
        return code;
    }

    /** The problems of one line of code: unknown commands, options not of their command, options of none. */
    static List<String> problems(String line, Map<String, Options> commands) {
        List<String> problems = new ArrayList<>();
        Matcher m = INVOCATION.matcher(line);
        List<int[]> invocations = new ArrayList<>();
        while (m.find()) {
            invocations.add(new int[] {m.start(), m.end()});
            String command = m.group(1);
            if (!commands.containsKey(command)) {
                problems.add("unknown command 'peg " + command + "' in: " + line);
            }
        }
        Matcher o = OPTION.matcher(line);
        while (o.find()) {
            String option = o.group(1);
            String owner = null;
            for (int[] inv : invocations) {
                if (inv[0] < o.start()) {
                    Matcher c = INVOCATION.matcher(line.substring(inv[0], inv[1]));
                    owner = c.find() ? c.group(1) : null;
                }
            }
            if (owner != null && commands.containsKey(owner)) {
                if (!commands.get(owner).hasLongOption(option)) {
                    problems.add("'peg " + owner + "' has no option --" + option + ": " + line);
                }
            } else if (owner == null && line.strip().startsWith("--") && !GLOBAL.contains("--" + option)
                    && commands.values().stream().noneMatch(opts -> opts.hasLongOption(option))) {
                problems.add("no command has the option --" + option + ": " + line);
            }
        }
        return problems;
    }

    @Test
    void everyCommandAndOptionTheDocsNameExists() throws IOException {
        Map<String, Options> commands = commands();
        List<String> problems = new ArrayList<>();
        int invocations = 0;
        for (Path doc : DOCS) {
            for (String line : code(Files.readString(doc, StandardCharsets.UTF_8))) {
                problems.addAll(problems(line, commands).stream().map(p -> doc + ": " + p).toList());
                invocations += (int) INVOCATION.matcher(line).results().count();
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(invocations > 20, "the docs show the commands: " + invocations);
    }

    @Test
    void theControlloGuideWalksThroughEveryCommandOfTheCycle() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String line : code(Files.readString(Path.of("docs", "guida-controllo.md"), StandardCharsets.UTF_8))) {
            INVOCATION.matcher(line).results().forEach(r -> named.add(r.group(1)));
        }
        Set<String> cycle = new TreeSet<>(commands().keySet());
        cycle.remove("bench"); // a developer's tool
        assertEquals(cycle, named);
    }

    @Test
    void theCheckCatchesWhatItMust() {
        Map<String, Options> commands = commands();
        assertEquals(List.of(), problems("peg consolidate --plan p.xlsx --in a --at 30/06/2025 --out r.xlsx", commands));
        assertEquals(List.of(), problems("C:\\peg\\bin\\peg.cmd merge -q --plan p --inbox i --work w", commands));
        assertEquals(List.of("unknown command 'peg consolida' in: peg consolida --plan p"),
                problems("peg consolida --plan p", commands));
        assertEquals(List.of("'peg check' has no option --out: peg check --plan p --out x"),
                problems("peg check --plan p --out x", commands));
        assertEquals(List.of("no command has the option --plannn: --plannn"), problems("--plannn", commands));
        assertEquals(List.of(), problems("/opt/peg/bin/peg --version", commands));
    }

    @Test
    void everyCommandPrintsItsHelpEvenWithoutItsRequiredOptions() {
        for (Command c : Commands.all()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            int exit = new Main(Commands.all()).run(new String[] {c.name(), "--help"},
                    new Console(ps, ps, Console.Verbosity.NORMAL, false));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, c.name() + ": " + printed);
            assertTrue(printed.startsWith("Uso: peg " + c.name()), printed);
        }
    }
}
