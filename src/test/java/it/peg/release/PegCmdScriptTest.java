package it.peg.release;

import org.junit.jupiter.api.Test;

import java.io.IOException;
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
 * A structural check of {@code bin/peg.cmd}, line by line, since no batch interpreter runs here (the manual check
 * on Windows is in docs/release.md). Besides the file's form (ASCII, CRLF, labels, exits), every line is
 * expanded as cmd.exe's first phase would, with hostile values (paths with spaces, accented letters, parentheses,
 * an ampersand, a drive root), and must then hold exactly the same unquoted special characters as before: a path
 * can never end a block, start a new command or redirect output.
 */
class PegCmdScriptTest {
    private static final Path SCRIPT = Path.of("bin", "peg.cmd");
    /** cmd.exe's special characters outside double quotes. */
    private static final String SPECIAL = "&|<>()^";
    private static final Pattern EXPANSION = Pattern.compile("%(~dp0|%~[fs]I|\\*|[A-Za-z_]+(:[^%]*)?%)");

    private static List<String> lines() throws IOException {
        String text = Files.readString(SCRIPT, StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
        assertEquals("", lines.remove(lines.size() - 1), "the last line must end with CRLF");
        return lines;
    }

    @Test
    void asciiOnlyWithCrlfEndingsAndNoBom() throws IOException {
        byte[] bytes = Files.readAllBytes(SCRIPT);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] > 0, "non-ASCII byte at " + i + ": cmd.exe reads the file in the OEM code page");
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i + ": goto and labels break");
            }
        }
        assertEquals("@echo off", lines().get(0));
    }

    @Test
    void localVariablesWithoutDelayedExpansionSoThatAnExclamationMarkInAPathStaysLiteral() throws IOException {
        List<String> code = code();
        assertEquals("setlocal EnableExtensions DisableDelayedExpansion", code.get(1));
        assertTrue(code.stream().noneMatch(l -> l.contains("!")), "no delayed expansion anywhere");
    }

    @Test
    void noParenthesisedBlocksOnlyOneLineIfAndGoto() throws IOException {
        for (String line : code()) {
            String outside = outsideQuotes(line);
            if (line.startsWith("for ")) {
                assertTrue(line.matches("for %%I in \\(\"[^\"]*\"\\) do set \"[A-Z_]+=%%~[fs]I\""), line);
                continue;
            }
            assertTrue(outside.indexOf('(') < 0 && outside.indexOf(')') < 0, "a block or a bare parenthesis: " + line);
        }
    }

    @Test
    void everyGotoHasItsLabelAndEveryLabelIsDefinedOnce() throws IOException {
        Set<String> labels = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        for (String line : code()) {
            if (line.startsWith(":")) {
                assertTrue(labels.add(line.substring(1)), "label defined twice: " + line);
            }
            Matcher m = Pattern.compile("goto :(\\w+)").matcher(line);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        assertEquals(labels, targets, "labels and goto targets");
    }

    @Test
    void variablesAreSetInTheQuotedFormAndSetBeforeTheyAreRead() throws IOException {
        Set<String> set = new TreeSet<>(Set.of("JAVA_HOME", "PEG_JAVA_OPTS", "ERRORLEVEL", "RANDOM"));
        for (String line : code()) {
            Matcher read = Pattern.compile("%([A-Z_]+)[:%]").matcher(line.replaceFirst("^set \"[A-Z_]+=", ""));
            while (read.find()) {
                assertTrue(set.contains(read.group(1)), read.group(1) + " read before it is set: " + line);
            }
            if (line.matches("(?i).*\\bset .*")) {
                Matcher m = Pattern.compile("\\bset \"([A-Z_]+)=[^\"]*(%[^%]*\"=%[^\"]*)?\"$").matcher(line);
                assertTrue(m.find(), "set must be: set \"NAME=value\" at the end of the line: " + line);
                set.add(m.group(1));
            }
        }
    }

    @Test
    void messagesGoToStandardErrorAndEveryExitKeepsACode() throws IOException {
        List<String> code = code();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i);
            if (line.startsWith("echo ")) {
                assertTrue(line.startsWith("echo peg: ") && line.endsWith(" 1>&2"), line);
                assertTrue(code.get(i + 1).matches("exit /b 2"), "a message is followed by exit /b 2: " + line);
            }
            if (line.startsWith("exit")) {
                assertTrue(line.equals("exit /b 2") || line.equals("exit /b %ERRORLEVEL%"), line);
            }
        }
        String last = code.get(code.size() - 1);
        String run = code.get(code.size() - 2);
        assertEquals("exit /b %ERRORLEVEL%", last, "peg's own exit code is passed on");
        assertEquals("\"%PEG_JAVA%\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %PEG_JAVA_OPTS% \"-Dpeg.home=%PEG_HOME%\" -cp"
                + " \"%PEG_CP%\" it.peg.cli.Main %*", run);
        // with the class data sharing archive when there is one: the same options, the archive before PEG_JAVA_OPTS
        int withArchive = code.indexOf(":nocds") - 2;
        assertEquals("\"%PEG_JAVA%\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \"-XX:SharedArchiveFile=%PEG_JSA%\""
                + " %PEG_JAVA_OPTS% \"-Dpeg.home=%PEG_HOME%\" -cp \"%PEG_CP%\" it.peg.cli.Main %*", code.get(withArchive));
        assertEquals("exit /b %ERRORLEVEL%", code.get(withArchive + 1));
    }

    /** The bash launcher gives the same JVM options as this one, and the same archive beside the jar. */
    @Test
    void bothLaunchersGiveTheSameJvmOptionsAndArchive() throws IOException {
        String bash = Files.readString(Path.of("bin", "peg"));
        assertTrue(bash.contains("jvm_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)"), "bin/peg's options");
        assertTrue(bash.contains("local list=\"$dir/peg.classlist\" jsa=\"$dir/peg.jsa\""), "bin/peg's archive");
        assertTrue(code().contains("set \"PEG_LIST=%PEG_LIB%\\peg.classlist\""));
        assertTrue(code().contains("set \"PEG_JSA=%PEG_LIB%\\peg.jsa\""));
    }

    @Test
    void theJarIsWhereTheReleaseZipPutsIt() throws IOException {
        String assembly = Files.readString(Path.of("src", "assembly", "release.xml"));
        assertTrue(assembly.contains("<outputDirectory>lib</outputDirectory>") && assembly.contains("peg-app.jar"));
        assertTrue(code().contains("set \"PEG_JAR=%PEG_HOME%\\lib\\peg-app.jar\""));
    }

    @Test
    void commentsHoldNoCharacterThatCmdCouldExpandOrRedirect() throws IOException {
        for (String line : lines()) {
            if (line.startsWith("rem")) {
                assertTrue(line.chars().noneMatch(c -> "%<>|&\"".indexOf(c) >= 0), line);
            }
        }
    }

    /**
     * Every line expanded with hostile values keeps its unquoted special characters, and its quotes balanced: the
     * values land inside quotes, or (options, arguments) are meant to be split by cmd.exe.
     */
    @Test
    void hostilePathsExpandInsideQuotesOnly() throws IOException {
        for (Map<String, String> values : hostileValues()) {
            for (String line : code()) {
                // cmd.exe expands %...% before it looks at quotes: compare with plain values, then hostile ones
                String plain = expand(line, plainValues());
                String expanded = expand(line, values);
                assertEquals(0, count(plain, '"') % 2, "odd quotes: " + plain);
                assertEquals(0, count(expanded, '"') % 2, "odd quotes once expanded: " + expanded);
                assertEquals(specials(plain), specials(expanded),
                        "a value adds unquoted special characters:\n  " + plain + "\n  " + expanded);
            }
        }
    }

    @Test
    void theDriveRootGetsADotSoThatItsBackslashDoesNotEscapeTheClosingQuote() throws IOException {
        assertTrue(code().contains("if \"%PEG_HOME:~-1%\"==\"\\\" set \"PEG_HOME=%PEG_HOME%.\""));
    }

    private static List<Map<String, String>> hostileValues() {
        List<Map<String, String>> all = new ArrayList<>();
        for (String home : List.of("C:\\Programmi (x86)\\Città di Forlì & Cesena\\peg 0.1.0",
                "\\\\server\\condivisa\\Unità organizzativa\\peg", "D:\\.")) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("~dp0", home + "\\bin\\");
            v.put("%~fI", home);
            v.put("PEG_HOME", home);
            v.put("PEG_HOME:~-1", home.substring(home.length() - 1));
            v.put("PEG_JAR", home + "\\lib\\peg-app.jar");
            v.put("PEG_LIB", home + "\\lib");
            v.put("%~sI", home + "\\lib\\peg-app.jar"); // the short name where 8.3 names are off: the long one
            v.put("PEG_CP", home + "\\lib\\peg-app.jar");
            v.put("PEG_LIST", home + "\\lib\\peg.classlist");
            v.put("PEG_JSA", home + "\\lib\\peg.jsa");
            v.put("PEG_TMP", home + "\\lib\\peg-1234567.jsa");
            v.put("RANDOM", "12345");
            v.put("JAVA_HOME", "C:\\Program Files (x86)\\Eclipse Adoptium\\jdk-17.0.9+9 & co");
            v.put("JAVA_HOME:\"=", "C:\\Program Files (x86)\\Eclipse Adoptium\\jdk-17.0.9+9 & co");
            v.put("PEG_JAVA_HOME", "C:\\Program Files (x86)\\Eclipse Adoptium\\jdk-17.0.9+9 & co");
            v.put("PEG_JAVA", "C:\\Program Files (x86)\\Eclipse Adoptium\\jdk-17.0.9+9 & co\\bin\\java.exe");
            v.put("PEG_JAVA_OPTS", "-Xmx512m -Dfile.encoding=UTF-8");
            v.put("*", "merge --plan \"C:\\Dati PEG\\piano (2025).xlsx\" --inbox \"\\\\server\\Attività & uffici\"");
            v.put("ERRORLEVEL", "1");
            all.add(v);
        }
        return all;
    }

    /** Every expansion the script has, with a value that holds no special character. */
    private static Map<String, String> plainValues() {
        Map<String, String> v = new LinkedHashMap<>();
        hostileValues().get(0).keySet().forEach(k -> v.put(k, "X"));
        return v;
    }

    /** The script without comments and blank lines. */
    private static List<String> code() throws IOException {
        return lines().stream().filter(l -> !l.isBlank() && !l.startsWith("rem")).toList();
    }

    private static String expand(String line, Map<String, String> values) {
        Matcher m = EXPANSION.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).endsWith("%") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
            String value = values.get(name);
            assertTrue(value != null, "no test value for %" + name + "% in: " + line);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The special characters outside double quotes, in order. */
    private static String specials(String line) {
        StringBuilder s = new StringBuilder();
        for (char c : outsideQuotes(line).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String outsideQuotes(String line) {
        StringBuilder s = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
