package it.peg.clock;

/**
 * A date's or a time's field written in a fixed number of ASCII digits, zeros in front, as {@code DateTimeFormatter}
 * writes {@code yyyy}, {@code MM}, {@code HH} or {@code SSS}: the merge's run id, its ledger's and lock's instants and
 * merge.log's times are written by hand (setting up {@code DateTimeFormatter} was a few ms of every night with nothing
 * new, issue 21), all with this one method.
 */
public final class Digits {
    private Digits() {
    }

    /** {@code value} (0 or more, fewer than {@code width} digits) appended in {@code width} digits, zeros in front. */
    public static StringBuilder padded(StringBuilder sb, int value, int width) {
        int div = 1;
        for (int i = 1; i < width; i++) {
            div *= 10;
        }
        for (; div > 0; div /= 10) {
            sb.append((char) ('0' + value / div % 10));
        }
        return sb;
    }
}
