package healthbot.staff;

import healthbot.store.UsageCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The series the studio's Usage tab draws beyond plain sums ({@link UsageTable#perDay},
 * {@link UsageTable#perIntent}): the fallback rate per day, helpfulness per intent and the top
 * intents per language. Every figure obeys the same rule as the table: nothing computed from a
 * count below {@value UsageTable#SHOWN_FROM} leaves the machine exactly. A rate is shown only when
 * both of its counts would be shown; otherwise it is {@code <5} ("too few to say").
 */
public final class UsageCharts {

    private final List<UsageCount> counts;

    public UsageCharts(List<UsageCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /** Yes and no presses of one intent's answers, each already suppressed. */
    public record Helpfulness(String yes, String no) {}

    /**
     * Per day, fallbacks over fallbacks plus answers, as a percentage with one decimal ({@code "12.5"}),
     * or {@code <5} when that day's fallbacks or answers are below five.
     */
    public Map<LocalDate, String> fallbackRatePerDay() {
        Map<LocalDate, long[]> sums = new TreeMap<>(); // [fallbacks, answers]
        for (UsageCount c : counts) {
            String m = c.key().measure();
            if (m.equals("fallback") || m.equals("answer")) {
                sums.computeIfAbsent(c.key().day(), d -> new long[2])[m.equals("fallback") ? 0 : 1] += c.count();
            }
        }
        Map<LocalDate, String> out = new TreeMap<>();
        sums.forEach((day, s) -> out.put(day, s[0] < UsageTable.SHOWN_FROM || s[1] < UsageTable.SHOWN_FROM
                ? UsageTable.FEW : String.format(Locale.ROOT, "%.1f", 100.0 * s[0] / (s[0] + s[1]))));
        return out;
    }

    /** Per intent whose answers were rated, the "was this helpful?" yes and no presses (suppressed). */
    public Map<String, Helpfulness> helpfulnessPerIntent() {
        Map<String, long[]> sums = new TreeMap<>(); // [yes, no]
        for (UsageCount c : counts) {
            String m = c.key().measure();
            if (m.equals(UsageCounter.HELPFUL_YES) || m.equals(UsageCounter.HELPFUL_NO)) {
                sums.computeIfAbsent(c.key().intent(), i -> new long[2])[m.equals(UsageCounter.HELPFUL_YES) ? 0 : 1] += c.count();
            }
        }
        Map<String, Helpfulness> out = new TreeMap<>();
        sums.forEach((intent, s) -> out.put(intent, new Helpfulness(UsageTable.shown(s[0]), UsageTable.shown(s[1]))));
        return out;
    }

    /**
     * Per language, its {@code n} most answered intents with their answers (suppressed), most first.
     * Intents below five are ordered by name among themselves, so the order tells nothing the
     * numbers may not.
     */
    public Map<String, Map<String, String>> topIntentsPerLanguage(int n) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        for (UsageCount c : counts) {
            if (c.key().measure().equals("answer")) {
                sums.computeIfAbsent(c.key().language(), l -> new TreeMap<>()).merge(c.key().intent(), c.count(), Long::sum);
            }
        }
        Map<String, Map<String, String>> out = new TreeMap<>();
        sums.forEach((language, perIntent) -> {
            List<Map.Entry<String, Long>> ranked = new ArrayList<>(perIntent.entrySet());
            ranked.sort(Comparator.<Map.Entry<String, Long>>comparingLong(e -> Math.max(e.getValue(), UsageTable.SHOWN_FROM - 1L))
                    .reversed().thenComparing(Map.Entry::getKey));
            Map<String, String> top = new LinkedHashMap<>();
            ranked.stream().limit(n).forEach(e -> top.put(e.getKey(), UsageTable.shown(e.getValue())));
            out.put(language, top);
        });
        return out;
    }
}
