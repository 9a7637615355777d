package healthbot.eval;

import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How often the bot answers a message in the language it is written in: each labelled message is
 * sent as the first message of a fresh chat through the real {@link Bot} (no Telegram
 * {@code language_code}, so the chat starts in the source language, as a new conversation does),
 * and the reply's language is compared with the label.
 *
 * <p>A label that is a language code of the content must be matched exactly. {@code dialect} (a
 * Norwegian dialect spelling) counts as right when the reply is in Bokmål or Nynorsk, the two
 * written standards a dialect writer may be answered in. Any other label ({@code mixed}: a message
 * in two languages, whose majority the label does not tell) is left out of the figures and counted
 * as excluded. Only counts are reported, never a message's text, so the measure can run on data
 * whose texts must not be read.
 */
public final class LanguageIdentification {

    /** The languages a reply may be in for a label that is not a language code. */
    static final Map<String, Set<String>> ACCEPTED = Map.of("dialect", Set.of("nb", "nn"));


    private LanguageIdentification() {
    }

    /** One message and the language it is written in ({@code where}: file:line). */
    public record Labelled(String text, String lang, String where) {}

    /** Of the messages with one label: how many were scored, how many answered in an accepted language. */
    public record Tally(int scored, int right) {

        Tally plus(boolean ok) {
            return new Tally(scored + 1, right + (ok ? 1 : 0));
        }
    }

    /**
     * The figures of one run.
     *
     * @param file      what was scored
     * @param scored    messages with a label that can be scored
     * @param right     of those, answered in an accepted language
     * @param perLabel  label to its tally
     * @param confusion label to (language of the reply to count)
     * @param excluded  labels left out, to how many messages had them
     */
    public record Result(String file, int scored, int right, Map<String, Tally> perLabel,
                         Map<String, Map<String, Integer>> confusion, Map<String, Integer> excluded) {

        public double accuracy() {
            return scored == 0 ? 0 : (double) right / scored;
        }
    }

    /**
     * Reads JSON lines, each an object with the strings {@code text} and {@code lang} (other fields
     * are ignored); blank lines and lines starting with {@code //} are skipped.
     *
     * @throws EvalDataException naming the file and line of a bad line
     */
    public static List<Labelled> read(Path file) {
        List<Labelled> out = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(file, "{\"text\": \"hei\", \"lang\": \"nb\"}")) {
            JsonNode text = line.node().get("text");
            JsonNode lang = line.node().get("lang");
            if (text == null || !text.isTextual() || text.asText().isBlank()
                    || lang == null || !lang.isTextual() || lang.asText().isBlank()) {
                throw new EvalDataException(line.at() + ": needs a non-empty string \"text\" and \"lang\", "
                        + "e.g. {\"text\": \"kva kostar tannlegen?\", \"lang\": \"nn\"}.");
            }
            out.add(new Labelled(text.asText(), lang.asText().strip(), line.where()));
        }
        if (out.isEmpty()) {
            throw new EvalDataException(file + ": no messages in it. Write one {\"text\": ..., \"lang\": ...} per line.");
        }
        return out;
    }

    /** Sends each message to {@code bot} in a chat of its own and compares the reply's language with the label. */
    public static Result measure(Bot bot, String file, List<Labelled> messages) {
        Set<String> codes = Set.copyOf(bot.content().languages().codes());
        Map<String, Tally> perLabel = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, Integer> excluded = new TreeMap<>();
        int scored = 0;
        int right = 0;
        int n = 0;
        for (Labelled m : messages) {
            Set<String> accepted = codes.contains(m.lang()) ? Set.of(m.lang()) : ACCEPTED.get(m.lang());
            if (accepted == null) {
                excluded.merge(m.lang(), 1, Integer::sum);
                continue;
            }
            String chat = "language-id-" + n++;
            Reply reply = bot.handle(chat, m.text());
            bot.forget(chat);
            String answered = reply.language();
            boolean ok = accepted.contains(answered);
            scored++;
            right += ok ? 1 : 0;
            perLabel.put(m.lang(), perLabel.getOrDefault(m.lang(), new Tally(0, 0)).plus(ok));
            confusion.computeIfAbsent(m.lang(), l -> new TreeMap<>()).merge(answered, 1, Integer::sum);
        }
        return new Result(file, scored, right, perLabel, confusion, excluded);
    }

    /** The console lines: accuracy overall and per label, then the confusion table (counts only). */
    public static String lines(Result r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "language identification: %s%n", r.file()));
        s.append(String.format(Locale.ROOT, "  overall  %6.2f %% (%d of %d)%n", 100 * r.accuracy(), r.right(), r.scored()));
        r.perLabel().forEach((label, c) -> s.append(String.format(Locale.ROOT, "  %-8s %6.2f %% (%d of %d)%s%n", label,
                100.0 * c.right() / c.scored(), c.right(), c.scored(), ACCEPTED.containsKey(label) ? "  right: " + String.join(" or ", new TreeSet<>(ACCEPTED.get(label))) : "")));
        r.excluded().forEach((label, count) -> s.append(String.format(Locale.ROOT,
                "  excluded: %d labelled \"%s\" (the label does not say which language is right)%n", count, label)));
        Set<String> answered = new TreeSet<>();
        r.confusion().values().forEach(row -> answered.addAll(row.keySet()));
        s.append("  confusion (rows: label, columns: language of the reply)\n");
        s.append(String.format(Locale.ROOT, "  %-8s", ""));
        answered.forEach(a -> s.append(String.format(Locale.ROOT, "%5s", a)));
        s.append('\n');
        r.confusion().forEach((label, row) -> {
            s.append(String.format(Locale.ROOT, "  %-8s", label));
            answered.forEach(a -> s.append(String.format(Locale.ROOT, "%5s", row.containsKey(a) ? row.get(a).toString() : ".")));
            s.append('\n');
        });
        return s.toString();
    }
}
