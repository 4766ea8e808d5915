package it.peg.scoring;

import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.RatioTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every branch of {@link Achievements}' texts, made when read since issue 21 (an indicator's {@link Explanation}), is the
 * text the eager code wrote: {@code achievement-texts.txt} was printed by this class's {@code all()} compiled against
 * the release of main before the change (d387a61), one line per case (the fraction, a tab, the text).
 */
class AchievementTextsTest {
    static List<String> all() {
        List<String> out = new ArrayList<>();
        String[] values = {"-50", "-5", "0", "3", "7.5", "10", "12", "250", "1234.5678"};
        String[] targets = {"-5", "0", "10", "100"};
        for (String t : targets) {
            for (boolean percent : new boolean[] {false, true}) {
                for (Comparison c : new Comparison[] {Comparison.AT_LEAST, Comparison.UNSPECIFIED}) {
                    NumericTarget target = new NumericTarget(new BigDecimal(t), c, percent, Optional.empty());
                    for (Polarity p : Polarity.values()) {
                        for (String v : values) {
                            out.add(line(Achievements.numeric(new BigDecimal(v), target, p)));
                        }
                    }
                }
            }
        }
        for (String[] r : new String[][] {{"5", "10"}, {"-5", "10"}, {"0", "10"}, {"10", "10"}}) {
            for (boolean percent : new boolean[] {false, true}) {
                NumericTarget range = NumericTarget.range(new BigDecimal(r[0]), new BigDecimal(r[1]), percent);
                for (String v : values) {
                    out.add(line(Achievements.numeric(new BigDecimal(v), range, Polarity.INCREASING)));
                }
            }
        }
        String[][] ratios = {{"3", "4"}, {"0", "4"}, {"-1", "4"}, {"1", "-4"}};
        String[][] reported = {{"1", "2"}, {"3", "4"}, {"7", "4"}, {"-3", "4"}, {"0", "5"}, {"1", "-8"}};
        for (String[] tr : ratios) {
            RatioTarget target = new RatioTarget(new BigDecimal(tr[0]), new BigDecimal(tr[1]));
            for (Polarity p : Polarity.values()) {
                for (String[] rr : reported) {
                    out.add(line(Achievements.ratio(new BigDecimal(rr[0]), new BigDecimal(rr[1]), target, p)));
                }
            }
        }
        LocalDate deadline = LocalDate.of(2024, 6, 30);
        for (int late : new int[] {-3, 0, 1, 5, 29, 30, 31, 200}) {
            for (int tolerance : new int[] {0, 1, 30}) {
                out.add(line(Achievements.deadline(deadline.plusDays(late), deadline, tolerance)));
            }
        }
        out.add(line(Achievements.deadlineMissed(deadline, LocalDate.of(2024, 12, 31))));
        for (boolean yes : new boolean[] {true, false}) {
            for (boolean expected : new boolean[] {true, false}) {
                out.add(line(Achievements.yesNo(yes, expected)));
            }
        }
        for (String f : new String[] {"0", "0.25", "0.333333", "1"}) {
            out.add(line(Achievements.qualitative(new BigDecimal(f))));
        }
        return out;
    }

    private static String line(Achievements.Raw raw) {
        return raw.value().toPlainString() + "\t" + raw.text();
    }

    @org.junit.jupiter.api.Test
    void everyBranchWritesTheTextItWroteWhenMadeAtOnce() throws java.io.IOException {
        List<String> expected;
        try (java.io.InputStream in = AchievementTextsTest.class.getResourceAsStream("achievement-texts.txt")) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        org.junit.jupiter.api.Assertions.assertEquals(441, expected.size());
        org.junit.jupiter.api.Assertions.assertEquals(expected, all());
    }
}
