package healthbot.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.nlu.Nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures how the whole bot answers labelled messages and everyday ones, as the first message of
 * a fresh chat: the tool behind the figures of {@code docs/stories.md}. Not a test.
 *
 * <pre>
 * mvn -q -DskipTests package && mvn -q test-compile
 * java -cp target/test-classes:target/healthbot.jar healthbot.dialogue.StoryBench \
 *     labelled:intents/tests/stories-holdout.jsonl labelled:intents/tests/nlu-holdout.jsonl \
 *     everyday:../shared/data/everyday/clinc150-train.jsonl [-v]
 * </pre>
 * A labelled file's lines are {@code {"text", "intent"}} with optional {@code also} (a second
 * intent that counts as right too) and {@code lang}/{@code shape} (scores are also given per value).
 */
public final class StoryBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        Content content = ContentLoader.load(Path.of("intents"));
        Nlu nlu = Nlu.train(content);
        Bot bot = new Bot(content, nlu, OsloClock.fixedOrSystem("2026-11-21T12:00:00"), new NorwegianHolidays());
        Map<String, IntentKind> kinds = new HashMap<>();
        for (Intent i : content.intents()) {
            kinds.put(i.name(), i.kind());
        }
        for (String arg : args) {
            if (arg.startsWith("dump:")) {
                dump(bot, nlu, Path.of(arg.substring(5)));
            } else if (arg.startsWith("labelled:")) {
                labelled(bot, Path.of(arg.substring(9)), verbose);
            } else if (arg.startsWith("everyday:")) {
                everyday(bot, kinds, Path.of(arg.substring(9)), verbose);
            }
        }
    }

    private static void labelled(Bot bot, Path file, boolean verbose) throws Exception {
        int n = 0;
        int right = 0;
        int inScope = 0;
        int inScopeRight = 0;
        int oos = 0;
        int oosRight = 0;
        int clarify = 0;
        int clarifyHas = 0;
        Map<String, int[]> by = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String text = node.get("text").asText();
            String want = node.get("intent").asText();
            String also = node.has("also") ? node.get("also").asText() : null;
            String chat = "bench-" + n;
            Reply r = bot.handle(chat, text);
            bot.forget(chat);
            n++;
            boolean ok;
            if (want.equals("fallback")) {
                oos++;
                ok = r.kind() == ReplyKind.FALLBACK;
                oosRight += ok ? 1 : 0;
            } else {
                inScope++;
                ok = r.kind() != ReplyKind.FALLBACK && r.kind() != ReplyKind.CLARIFY
                        && (r.intent().equals(want) || r.intent().equals(also));
                inScopeRight += ok ? 1 : 0;
            }
            if (r.kind() == ReplyKind.CLARIFY) {
                clarify++;
                String label = bot.content().intent(want).map(i -> i.label().in(r.language())).orElse("?");
                clarifyHas += r.buttons().contains(label) ? 1 : 0;
            }
            right += ok ? 1 : 0;
            for (String key : new String[] {"lang:" + text(node, "lang"), "shape:" + text(node, "shape")}) {
                int[] c = by.computeIfAbsent(key, x -> new int[2]);
                c[0] += ok ? 1 : 0;
                c[1]++;
            }
            if (verbose && !ok) {
                System.out.printf(Locale.ROOT, "  MISS %-20s got %-20s %-8s %.2f | %s%n", want, r.intent(), r.kind(), r.confidence(),
                        text.length() > 110 ? text.substring(0, 110) : text);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d/%d = %.3f; in scope %.3f (%d), out of scope %.3f (%d); clarify %d (%d with the right topic)%n",
                file.getFileName(), right, n, (double) right / n, (double) inScopeRight / Math.max(1, inScope), inScope,
                (double) oosRight / Math.max(1, oos), oos, clarify, clarifyHas);
        StringBuilder s = new StringBuilder("   ");
        by.forEach((k, c) -> {
            if (!k.endsWith(":")) {
                s.append(String.format(Locale.ROOT, " %s %d/%d", k, c[0], c[1]));
            }
        });
        System.out.println(s);
    }

    /** One tab-separated line per message: label, reply, and what the reading saw. */
    private static void dump(Bot bot, Nlu nlu, Path file) throws Exception {
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String text = node.get("text").asText();
            String want = node.has("intent") ? node.get("intent").asText() : "?";
            String chat = "dump-" + n++;
            Reply r = bot.handle(chat, text);
            bot.forget(chat);
            healthbot.nlu.Analysis a = nlu.analyze(text);
            healthbot.nlu.Reading reading = a.reading();
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%d\t%s\t%.3f\t%s\t%.3f\t%s\t%s%n", file.getFileName(), want, r.intent(), r.kind(),
                    reading.sentences(), String.join("|", reading.evidence()), reading.whole().confidence(), reading.whole().intent(),
                    a.prediction().confidence(), a.prediction().intent(), text.replace('\t', ' '));
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : "";
    }

    private static void everyday(Bot bot, Map<String, IntentKind> kinds, Path file, boolean verbose) throws Exception {
        int n = 0;
        int emergency = 0;
        int topic = 0;
        int clarify = 0;
        List<String> shown = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            String text = JSON.readTree(line).get("text").asText();
            if (text.isBlank()) {
                continue;
            }
            String chat = "everyday-" + n++;
            Reply r = bot.handle(chat, text);
            bot.forget(chat);
            IntentKind kind = kinds.get(r.intent());
            if (kind == IntentKind.EMERGENCY) {
                emergency++;
                shown.add("EMERGENCY: " + text);
            } else if (kind == IntentKind.TOPIC) {
                topic++;
                clarify += r.kind() == ReplyKind.CLARIFY ? 1 : 0;
                shown.add(r.intent() + (r.kind() == ReplyKind.CLARIFY ? " (clarify)" : "") + ": " + text);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d messages, emergency %.2f %% (%d), health topic %.2f %% (%d, of which clarify %d)%n",
                file.getFileName(), n, 100.0 * emergency / n, emergency, 100.0 * topic / n, topic, clarify);
        if (verbose) {
            shown.stream().limit(40).forEach(x -> System.out.println("    " + x));
        }
    }
}
