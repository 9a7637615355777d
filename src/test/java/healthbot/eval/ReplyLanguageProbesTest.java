package healthbot.eval;

import healthbot.TestBots;
import healthbot.content.Intent;
import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;
import healthbot.nlu.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language of the reply and the social intents (issue 20 items 3 and 5), on
 * {@code intents/tests/reply-language-probes.jsonl}: Nynorsk with Bokmål-looking words and dialects,
 * Bokmål with words easily taken for Nynorsk, Russian and Ukrainian in Latin letters, and greetings,
 * thanks and goodbyes in every language, each the first message of a new chat. Written apart from
 * the examples and the residents' data in two batches, each scored before the fixes it led to
 * (docs/languages.md has the figures); this test holds the level reached.
 */
class ReplyLanguageProbesTest {

    private static final Path FILE = Path.of("intents/tests/reply-language-probes.jsonl");

    record Probe(String text, Set<String> intents, Set<String> languages, String label, String group, int batch, String where) {}

    private static List<Probe> probes;
    private static Map<String, int[]> tally;
    private static List<String> wrong;
    private static int bokmalAnsweredInNynorsk;
    private static int nynorskAnsweredInBokmal;

    @BeforeAll
    static void answerEveryProbe() {
        probes = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(FILE, "{\"text\": \"...\", \"intent\": \"thanks\", \"lang\": \"nn\", \"kind\": \"social_nn\", \"batch\": 1}")) {
            String kind = line.node().path("kind").asText();
            String group = kind.startsWith("social") ? "social" : kind.startsWith("translit") ? "translit" : kind.startsWith("nb") ? "nb" : "nn_dialect";
            String label = line.node().path("lang").asText();
            probes.add(new Probe(line.node().path("text").asText(), Set.copyOf(List.of(line.node().path("intent").asText().split("\\|"))),
                    languages(label), label, group, line.node().path("batch").asInt(), line.where()));
        }
        Bot bot = TestBots.bot();
        tally = new TreeMap<>();
        wrong = new ArrayList<>();
        int n = 0;
        for (Probe p : probes) {
            String chat = "reply-language-" + n++;
            Reply r = bot.handle(chat, p.text());
            bot.forget(chat);
            boolean language = p.languages().contains(r.language());
            boolean ok = language && p.intents().contains(r.intent());
            for (String key : List.of("all", "batch:" + p.batch(), "group:" + p.group(), "language:" + p.group())) {
                int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                t[1]++;
                t[0] += (key.startsWith("language:") ? language : ok) ? 1 : 0;
            }
            bokmalAnsweredInNynorsk += p.label().equals("nb") && "nn".equals(r.language()) ? 1 : 0;
            nynorskAnsweredInBokmal += p.label().equals("nn") && "nb".equals(r.language()) ? 1 : 0;
            if (!ok) {
                wrong.add(p.where() + " " + r.intent() + "/" + r.language() + " expected " + p.intents() + "/" + p.languages());
            }
        }
    }

    private static Set<String> languages(String label) {
        Set<String> out = new HashSet<>();
        for (String l : label.split("\\|")) {
            out.addAll(l.equals("dialect") ? Set.of("nb", "nn") : Set.of(l));
        }
        return out;
    }

    private static String report() {
        StringBuilder s = new StringBuilder();
        tally.forEach((k, t) -> s.append(String.format(java.util.Locale.ROOT, "%-20s %d/%d%n", k, t[0], t[1])));
        s.append("Bokmål answered in Nynorsk ").append(bokmalAnsweredInNynorsk)
                .append(", Nynorsk answered in Bokmål ").append(nynorskAnsweredInBokmal).append('\n');
        wrong.forEach(w -> s.append(w).append('\n'));
        return s.toString();
    }

    private static int right(String key) {
        return tally.get(key)[0];
    }

    @Test
    void bothBatchesAreAnsweredRightAtTheLevelReached() {
        assertTrue(probes.size() >= 573, "size " + probes.size());
        assertTrue(right("all") >= 548, report()); // 551 of 573 when written
        assertTrue(right("batch:2") >= 162, report()); // 160 of 169 untuned, 165 after
    }

    @Test
    void bokmalWritersAreAlmostNeverAnsweredInNynorskNorNynorskWritersInBokmal() {
        assertTrue(bokmalAnsweredInNynorsk <= 1, report()); // 1: "får vi dekt reisa ... kjøre": two forms Nynorsk writes, one Bokmål
        assertTrue(nynorskAnsweredInBokmal <= 1, report()); // 0 when written
    }

    @Test
    void russianAndUkrainianInLatinLettersAreAnsweredInTheirLanguage() {
        assertTrue(right("language:translit") >= 54, report()); // 55 of 56: "dobry den" is Polish's "dobry" too
    }

    @Test
    void greetingsThanksAndGoodbyesInEveryLanguageGetTheSocialAnswerInIt() {
        assertTrue(right("group:social") >= 162, report()); // 164 of 165
    }

    @Test
    void noProbeIsAlsoATrainingExample() {
        Map<String, String> examples = new HashMap<>();
        for (Intent i : TestBots.content().intents()) {
            i.allExamples().forEach(e -> examples.put(TextNormalizer.normalize(e), i.name()));
        }
        assertEquals(List.of(), probes.stream().filter(p -> examples.containsKey(TextNormalizer.normalize(p.text())))
                .map(p -> p.where() + " is an example of " + examples.get(TextNormalizer.normalize(p.text()))).toList());
    }
}
