package healthbot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The triage figures of one file, aggregates only (no message text, so the report is safe to print
 * on the residents' set): a confusion table of expected against answered outcome, and per language,
 * per kind and per symptom group the red cases and how many were under-triaged (not answered with
 * 113 first), the other cases and how many were over-triaged (answered with 113), and how many went
 * where they should.
 *
 * @param file       the file scored
 * @param kind       the only kind of case scored, or "" for all
 * @param now        the bot's fixed clock (Oslo time)
 * @param cases      how many cases
 * @param confusion  expected outcome label to answered outcome label to count (rows with cases only)
 * @param byLanguage one row per language, then "en+no" (English and Norwegian: en, nb, nn, dialect, mixed) and "all"
 * @param byKind     one row per kind, when the file has kinds
 * @param byGroup    one row per symptom group, when the file names groups
 */
public record TriageReport(String file, String kind, String now, int cases, Map<String, Map<String, Integer>> confusion,
                           List<Row> byLanguage, List<Row> byKind, List<Row> byGroup) {

    /** The languages of the "en+no" row: English and Norwegian (Bokmål, Nynorsk, dialect, English–Norwegian mixed). */
    public static final Set<String> EN_NO = Set.of("en", "nb", "nn", "dialect", "mixed");
    private static final List<String> LANGUAGE_ORDER = List.of("en", "nb", "nn", "dialect", "mixed");

    /**
     * The figures of a set of cases.
     *
     * @param key        the language, kind or group
     * @param cases      cases
     * @param red        red cases
     * @param under      red cases not answered with 113 first
     * @param underRate  under / red (0 without red cases)
     * @param nonRed     the other cases
     * @param over       other cases answered with 113
     * @param overRate   over / nonRed
     * @param right      cases sent where they should be
     * @param rightRate  right / cases
     */
    public record Row(String key, int cases, int red, int under, double underRate, int nonRed, int over, double overRate,
                      int right, double rightRate) {

        static Row of(String key, List<TriageScorer.Result> results) {
            int red = (int) results.stream().filter(r -> r.testCase().red()).count();
            int under = (int) results.stream().filter(TriageScorer.Result::underTriage).count();
            int over = (int) results.stream().filter(TriageScorer.Result::overTriage).count();
            int right = (int) results.stream().filter(TriageScorer.Result::right).count();
            int nonRed = results.size() - red;
            return new Row(key, results.size(), red, under, rate(under, red), nonRed, over, rate(over, nonRed), right,
                    rate(right, results.size()));
        }
    }

    public TriageReport {
        confusion = Map.copyOf(confusion);
        byLanguage = List.copyOf(byLanguage);
        byKind = List.copyOf(byKind);
        byGroup = List.copyOf(byGroup);
    }

    /** The report of the scored cases of {@code file}. */
    public static TriageReport of(String file, String kind, String now, List<TriageScorer.Result> results) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (TriageOutcome expected : TriageOutcome.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (TriageOutcome answered : TriageOutcome.values()) {
                row.put(answered.label(), (int) results.stream()
                        .filter(r -> r.testCase().expected() == expected && r.answered() == answered).count());
            }
            if (row.values().stream().anyMatch(n -> n > 0)) {
                confusion.put(expected.label(), row);
            }
        }
        List<Row> byLanguage = rows(results, r -> r.testCase().lang(), languageOrder());
        List<TriageScorer.Result> enNo = results.stream().filter(r -> EN_NO.contains(r.testCase().lang())).toList();
        if (!enNo.isEmpty() && enNo.size() < results.size()) {
            byLanguage.add(Row.of("en+no", enNo));
        }
        byLanguage.add(Row.of("all", results));
        List<Row> byKind = rows(results, r -> r.testCase().kind(), Comparator.naturalOrder());
        List<Row> byGroup = rows(results, r -> r.testCase().group(), Comparator.naturalOrder());
        return new TriageReport(file, kind, now, results.size(), confusion, byLanguage, byKind, byGroup);
    }

    private static Comparator<String> languageOrder() {
        return Comparator.<String>comparingInt(l -> LANGUAGE_ORDER.contains(l) ? LANGUAGE_ORDER.indexOf(l) : LANGUAGE_ORDER.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** One row per non-empty key, in {@code order}; none when no case has a key. */
    private static List<Row> rows(List<TriageScorer.Result> results, Function<TriageScorer.Result, String> key,
                                  Comparator<String> order) {
        Map<String, List<TriageScorer.Result>> by = new LinkedHashMap<>();
        results.stream().filter(r -> !key.apply(r).isEmpty())
                .forEach(r -> by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<Row> rows = new ArrayList<>();
        by.keySet().stream().sorted(order).forEach(k -> rows.add(Row.of(k, by.get(k))));
        return rows;
    }

    /** The row of this language (or "en+no", "all"), if any. */
    public java.util.Optional<Row> language(String key) {
        return byLanguage.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The console lines. */
    public String lines() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%ntriage: %s%s (%d cases; first reply of a fresh chat at %s, Oslo time)%n", file,
                kind.isEmpty() ? "" : ", kind " + kind, cases, now));
        s.append(String.format(Locale.ROOT, "  %-20s", "expected \\ answered"));
        for (TriageOutcome o : TriageOutcome.values()) {
            s.append(String.format(Locale.ROOT, "%9s", o.label()));
        }
        s.append('\n');
        confusion.entrySet().stream().sorted(Comparator.comparingInt(e -> TriageOutcome.ofLabel(e.getKey()).ordinal()))
                .forEach(e -> {
                    s.append(String.format(Locale.ROOT, "  %-20s", e.getKey()));
                    e.getValue().values().forEach(n -> s.append(String.format(Locale.ROOT, "%9d", n)));
                    s.append('\n');
                });
        s.append("  under-triage: a red case (expected 113) not answered with 113 in the first line; "
                + "over-triage: any other case answered with 113\n");
        table(s, "language", byLanguage);
        table(s, "kind", byKind);
        table(s, "group", byGroup);
        return s.toString();
    }

    /**
     * The over-triage of everyday messages (all of them non-red): their share answered with the
     * emergency answer, which is what {@link OutOfDomain} counts as "answered as an emergency".
     */
    public static String everydayLines(List<OutOfDomain.Result> everyday) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nover-triage on everyday messages (none is red; "
                + "answered with 113):%n"));
        for (OutOfDomain.Result r : everyday) {
            s.append(String.format(Locale.ROOT, "  %-50s %5d of %6d = %.2f %%%n", r.file(), r.emergency(), r.messages(),
                    100 * r.emergencyShare()));
        }
        return s.toString();
    }

    private static void table(StringBuilder s, String what, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        s.append(String.format(Locale.ROOT, "  %-14s %6s %5s %16s %8s %16s %20s%n", what, "cases", "red", "under-triage",
                "non-red", "over-triage", "right number"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "  %-14s %6d %5d %16s %8d %16s %20s%n", r.key(), r.cases(), r.red(),
                    count(r.under(), r.underRate(), r.red()), r.nonRed(), count(r.over(), r.overRate(), r.nonRed()),
                    r.right() + "/" + r.cases() + " " + percent(r.rightRate())));
        }
    }

    private static String count(int n, double rate, int of) {
        return of == 0 ? "-" : n + " " + percent(rate);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "(%.1f %%)", 100 * rate);
    }

    private static double rate(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
