package healthbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.json}, {@code report.html} (self-contained: inline CSS and SVG, no network)
 * and {@code confusion.svg} into a directory, and renders the console summary.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** @return the HTML report's path */
    public static Path write(EvalReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve("report.json").toFile(), report);
            String svg = HeatMap.svg(report.labels(), report.matrix());
            Files.writeString(dir.resolve("confusion.svg"), svg, StandardCharsets.UTF_8);
            Path html = dir.resolve("report.html");
            Files.writeString(html, html(report, svg), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The plain-text summary printed by {@code eval}. */
    public static String summary(EvalReport r) {
        StringBuilder s = new StringBuilder();
        Metrics m = r.metrics();
        s.append(r.mode()).append(" — trained on ").append(r.trainedOn()).append("; scored ").append(r.scored()).append('\n');
        s.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %8s%n", "intent", "precision", "recall", "F1", "support"));
        for (Metrics.IntentScore i : m.perIntent()) {
            if (i.support() == 0 && i.predicted() == 0) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %8d%n", i.intent(), i.precision(), i.recall(), i.f1(), i.support()));
        }
        s.append(String.format(Locale.ROOT, "%naccuracy %.3f   macro-F1 %.3f   macro-precision %.3f   macro-recall %.3f   (%d messages, threshold %.2f)%n",
                m.accuracy(), m.macroF1(), m.macroPrecision(), m.macroRecall(), m.messages(), r.threshold()));
        s.append(String.format(Locale.ROOT, "in-scope accuracy %.3f (%d messages)", m.inScopeAccuracy(), m.inScopeMessages()));
        if (m.oosRecall() != null) {
            s.append(String.format(Locale.ROOT, "   out-of-scope precision %.3f recall %.3f", m.oosPrecision(), m.oosRecall()));
        }
        s.append('\n');
        if (!r.confusedPairs().isEmpty()) {
            s.append("\nmost confused (expected -> decided: count, examples)\n");
            for (EvalReport.ConfusedPair p : r.confusedPairs()) {
                s.append(String.format(Locale.ROOT, "  %s -> %s: %d", p.expected(), p.decided(), p.count()));
                if (!p.examples().isEmpty()) {
                    s.append("  e.g. ").append(String.join(" | ", p.examples().stream().map(e -> '"' + e + '"').toList()));
                }
                s.append('\n');
            }
        }
        s.append("\nthreshold trade-off\n");
        s.append(String.format(Locale.ROOT, "  %9s %9s %9s %17s %17s %11s %14s%n", "threshold", "accuracy", "macro-F1",
                "in-scope accuracy", "in-scope answered", "OOS recall", "OOS precision"));
        for (ThresholdRow t : r.thresholds()) {
            s.append(String.format(Locale.ROOT, "  %9.2f %9.3f %9.3f %17.3f %17.3f %11s %14s%s%n", t.threshold(), t.accuracy(),
                    t.macroF1(), t.inScopeAccuracy(), t.inScopeAnswered(), fmt(t.oosRecall()), fmt(t.oosPrecision()),
                    marker(r, t)));
        }
        s.append(String.format(Locale.ROOT, "%ntook %.1f s (training %.2f s per model), peak heap ≤ %d MB%n",
                r.seconds(), r.trainSeconds(), r.peakHeapMb()));
        return s.toString();
    }

    private static String marker(EvalReport r, ThresholdRow t) {
        String m = "";
        if (Math.abs(t.threshold() - r.threshold()) < 1e-9) {
            m += "  <- in use";
        }
        if (Math.abs(t.threshold() - r.suggestedThreshold()) < 1e-9) {
            m += "  <- suggested";
        }
        return m;
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    static String html(EvalReport r, String svg) {
        Metrics m = r.metrics();
        StringBuilder h = new StringBuilder(svg.length() + 64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>healthbot NLU evaluation</title>\n")
                .append("<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222;max-width:1400px}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:3px 8px;font-size:14px}")
                .append("th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}")
                .append(".low{background:#fde0dd}.big{font-size:1.4em;font-weight:bold}.box{display:inline-block;margin-right:2em}")
                .append("tr.use{font-weight:bold}.map{overflow:auto}</style></head><body>\n");
        h.append("<h1>NLU evaluation</h1>\n<p>").append(Html.escape(r.mode())).append(" — trained on ")
                .append(Html.escape(r.trainedOn())).append("; scored ").append(Html.escape(r.scored())).append(".</p>\n");
        h.append("<div>");
        box(h, "accuracy", m.accuracy());
        box(h, "macro-F1", m.macroF1());
        box(h, "in-scope accuracy", m.inScopeAccuracy());
        if (m.oosRecall() != null) {
            box(h, "out-of-scope recall", m.oosRecall());
            box(h, "out-of-scope precision", m.oosPrecision());
        }
        h.append("</div>\n");
        h.append(String.format(Locale.ROOT, "<p>%d messages, %d intents, confidence threshold %.2f (suggested by the trade-off table: %.2f). "
                        + "Took %.1f s, training %.2f s per model, peak heap ≤ %d MB.</p>\n",
                m.messages(), r.intents(), r.threshold(), r.suggestedThreshold(), r.seconds(), r.trainSeconds(), r.peakHeapMb()));

        h.append("<h2>Confusion matrix</h2>\n<p>Rows: expected intent; columns: decided intent. Shade: share of the row "
                + "(blue right, red wrong). Hover a cell for its count.</p>\n<div class=\"map\">\n").append(svg).append("</div>\n");

        h.append("<h2>Most confused pairs</h2>\n<table><tr><th>expected</th><th>decided</th><th>count</th><th>examples</th></tr>\n");
        for (EvalReport.ConfusedPair p : r.confusedPairs()) {
            h.append("<tr><td>").append(Html.escape(p.expected())).append("</td><td>").append(Html.escape(p.decided()))
                    .append("</td><td class=n>").append(p.count()).append("</td><td>")
                    .append(Html.escape(String.join(" | ", p.examples()))).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Threshold trade-off</h2>\n<p>Below the threshold a message gets the fallback answer. In-scope answered: "
                + "in-scope messages not sent to the fallback.</p>\n<table><tr><th>threshold</th><th>accuracy</th><th>macro-F1</th>"
                + "<th>in-scope accuracy</th><th>in-scope answered</th><th>out-of-scope recall</th><th>out-of-scope precision</th><th></th></tr>\n");
        for (ThresholdRow t : r.thresholds()) {
            boolean inUse = Math.abs(t.threshold() - r.threshold()) < 1e-9;
            h.append(inUse ? "<tr class=use>" : "<tr>");
            h.append(String.format(Locale.ROOT, "<td class=n>%.2f</td><td class=n>%.3f</td><td class=n>%.3f</td><td class=n>%.3f</td>"
                            + "<td class=n>%.3f</td><td class=n>%s</td><td class=n>%s</td><td>%s</td></tr>\n",
                    t.threshold(), t.accuracy(), t.macroF1(), t.inScopeAccuracy(), t.inScopeAnswered(), fmt(t.oosRecall()),
                    fmt(t.oosPrecision()), Html.escape(marker(r, t).replace("<- ", "").trim())));
        }
        h.append("</table>\n");

        h.append("<h2>Per intent</h2>\n<table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th><th>decided</th></tr>\n");
        for (Metrics.IntentScore i : m.perIntent()) {
            if (i.support() == 0 && i.predicted() == 0) {
                continue;
            }
            h.append(i.f1() < 0.9 ? "<tr class=low>" : "<tr>");
            h.append(String.format(Locale.ROOT, "<td>%s</td><td class=n>%.3f</td><td class=n>%.3f</td><td class=n>%.3f</td>"
                    + "<td class=n>%d</td><td class=n>%d</td></tr>\n", Html.escape(i.intent()), i.precision(), i.recall(), i.f1(),
                    i.support(), i.predicted()));
        }
        h.append("</table>\n");

        List<EvalReport.Miss> misses = r.misclassified();
        h.append("<h2>Misclassified messages (").append(misses.size()).append(")</h2>\n")
                .append("<table><tr><th>message</th><th>expected</th><th>decided</th><th>confidence</th><th>from</th></tr>\n");
        for (EvalReport.Miss x : misses) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=n>%.2f</td><td>%s</td></tr>\n",
                    Html.escape(x.text()), Html.escape(x.expected()), Html.escape(x.decided()), x.confidence(), Html.escape(x.where())));
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static void box(StringBuilder h, String name, Double value) {
        h.append("<div class=box>").append(name).append("<br><span class=big>")
                .append(value == null ? "-" : String.format(Locale.ROOT, "%.3f", value)).append("</span></div>");
    }
}
