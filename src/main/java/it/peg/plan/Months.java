package it.peg.plan;

import it.peg.italian.ItalianDates;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The months of a phase as the plan writes them: {@code GEN-MAR}, {@code GEN, GIU, DIC}, {@code gennaio-marzo}, {@code 1-3}. */
final class Months {
    private Months() {
    }

    /** Months 1..12 ascending; empty list for blank text; empty Optional when a part is not a month. */
    static Optional<List<Integer>> parse(String text) {
        TreeSet<Integer> months = new TreeSet<>();
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of(List.of());
        }
        for (String part : t.split("[,;/+]|\\s+e\\s+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] range = p.split("\\s*[-–]\\s*|\\s+a\\s+");
            if (range.length == 1) {
                String[] words = p.split("\\s+");
                for (String w : words) {
                    int m = month(w);
                    if (m == 0) {
                        return Optional.empty();
                    }
                    months.add(m);
                }
            } else if (range.length == 2) {
                int from = month(range[0]);
                int to = month(range[1]);
                if (from == 0 || to == 0 || to < from) {
                    return Optional.empty();
                }
                for (int m = from; m <= to; m++) {
                    months.add(m);
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(months));
    }

    private static int month(String word) {
        String w = word.strip().replace(".", "");
        if (w.matches("\\d{1,2}")) {
            int m = Integer.parseInt(w);
            return m >= 1 && m <= 12 ? m : 0;
        }
        return ItalianDates.month(w);
    }

    /** The canonical writing of a list of months, e.g. {@code GEN-MAR, GIU}. */
    static String format(List<Integer> months) {
        String[] names = {"GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"};
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && months.get(j + 1) == months.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(names[months.get(i) - 1]);
            if (j > i) {
                sb.append('-').append(names[months.get(j) - 1]);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
