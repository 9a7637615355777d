package healthbot.staff;

import healthbot.store.UsageCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daily counters as they may leave the machine: every count below {@value #SHOWN_FROM} is
 * shown as {@code <5}, so that no day, language or intent small enough to point at a person
 * is ever printed, exported or drawn with its exact number. Totals are summed before they are
 * suppressed and suppressed in turn.
 */
public final class UsageTable {

    /** Counts from this value on are shown exactly. */
    public static final int SHOWN_FROM = 5;
    public static final String FEW = "<5";

    /** One counter as shown: its count already suppressed. */
    public record Row(LocalDate day, String channel, String language, String intent, String measure, String count) {}

    private final List<UsageCount> counts;

    public UsageTable(List<UsageCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /** {@code n} as it may be shown: the number, or {@code <5}. */
    public static String shown(long n) {
        return n < SHOWN_FROM ? FEW : Long.toString(n);
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (UsageCount c : counts) {
            var k = c.key();
            rows.add(new Row(k.day(), k.channel(), k.language(), k.intent(), k.measure(), shown(c.count())));
        }
        return rows;
    }

    /** Per measure, the total over every day, channel, language and intent (suppressed). */
    public Map<String, String> totals() {
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach(c -> sums.merge(c.key().measure(), c.count(), Long::sum));
        Map<String, String> out = new TreeMap<>();
        sums.forEach((m, n) -> out.put(m, shown(n)));
        return out;
    }

    /** Per day, the sum of one measure over channels, languages and intents (suppressed): a chart's series. */
    public Map<LocalDate, String> perDay(String measure) {
        Map<LocalDate, Long> sums = new TreeMap<>();
        counts.stream().filter(c -> c.key().measure().equals(measure))
                .forEach(c -> sums.merge(c.key().day(), c.count(), Long::sum));
        Map<LocalDate, String> out = new TreeMap<>();
        sums.forEach((d, n) -> out.put(d, shown(n)));
        return out;
    }

    /** Per intent, the sum of one measure over days, channels and languages (suppressed). */
    public Map<String, String> perIntent(String measure) {
        Map<String, Long> sums = new TreeMap<>();
        counts.stream().filter(c -> c.key().measure().equals(measure))
                .forEach(c -> sums.merge(c.key().intent(), c.count(), Long::sum));
        Map<String, String> out = new TreeMap<>();
        sums.forEach((i, n) -> out.put(i, shown(n)));
        return out;
    }

    /** The rows as CSV with a header line ({@code day,channel,language,intent,measure,count}). */
    public String csv() {
        StringBuilder out = new StringBuilder("day,channel,language,intent,measure,count\n");
        for (Row r : rows()) {
            out.append(String.join(",", r.day().toString(), csvField(r.channel()), csvField(r.language()),
                    csvField(r.intent()), csvField(r.measure()), r.count())).append('\n');
        }
        return out.toString();
    }

    /** The rows as an aligned text table, then the totals per measure, then the helpful presses per intent. */
    public String text() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"day", "channel", "language", "intent", "measure", "count"});
        for (Row r : rows()) {
            lines.add(new String[] {r.day().toString(), r.channel(), r.language(), r.intent(), r.measure(), r.count()});
        }
        int[] width = new int[6];
        for (String[] l : lines) {
            for (int i = 0; i < 6; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] l : lines) {
            for (int i = 0; i < 6; i++) {
                out.append(i == 5 ? String.format("%" + width[i] + "s", l[i]) : String.format("%-" + width[i] + "s  ", l[i]));
            }
            out.append('\n');
        }
        out.append("\ntotals (counts below ").append(SHOWN_FROM).append(" shown as ").append(FEW).append("):\n");
        totals().forEach((m, n) -> out.append("  ").append(m).append(": ").append(n).append('\n'));
        Map<String, UsageCharts.Helpfulness> helpful = new UsageCharts(counts).helpfulnessPerIntent();
        if (!helpful.isEmpty()) {
            out.append("\nwas this helpful? per intent (yes / no):\n");
            helpful.forEach((intent, h) -> out.append("  ").append(intent).append(": ").append(h.yes())
                    .append(" / ").append(h.no()).append('\n'));
        }
        return out.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
