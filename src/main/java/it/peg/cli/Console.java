package it.peg.cli;

import java.io.PrintStream;

/**
 * What a command prints for people: results on stdout, progress on stderr only when stderr is a
 * terminal (so cron mails stay quiet), problems on stderr.
 */
public final class Console {
    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final PrintStream out;
    private final PrintStream err;
    private final Verbosity verbosity;
    private final boolean interactive;

    public Console(PrintStream out, PrintStream err, Verbosity verbosity, boolean interactive) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.interactive = interactive;
    }

    public static Console system(Verbosity verbosity) {
        return new Console(System.out, System.err, verbosity, System.console() != null);
    }

    /** A result line, printed unless -q. */
    public void info(String line) {
        if (verbosity != Verbosity.QUIET) {
            out.println(line);
        }
    }

    /** Always printed: the essential result (tables, findings). */
    public void result(String line) {
        out.println(line);
    }

    /** Result lines already made, each with its line end, printed at once (a report of a thousand lines). */
    public void print(String lines) {
        out.print(lines);
        out.flush();
    }

    /** Extra detail, printed with -v. */
    public void detail(String line) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println(line);
        }
    }

    /** A problem for the user, always on stderr. */
    public void problem(String line) {
        err.println(line);
    }

    /** Progress "label n/total", on a terminal only, overwritten in place. */
    public void progress(String label, int done, int total) {
        if (interactive && verbosity != Verbosity.QUIET) {
            err.print("\r" + label + " " + done + "/" + total + (done == total ? "\n" : ""));
            err.flush();
        }
    }

    public PrintStream out() {
        return out;
    }

    public Verbosity verbosity() {
        return verbosity;
    }
}
