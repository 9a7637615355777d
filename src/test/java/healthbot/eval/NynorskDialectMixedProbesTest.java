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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents' own words in Nynorsk, dialect spellings (Trøndersk, Nord-Norsk, Vestlandsk, Bergensk,
 * Stavanger), Norwegian without æøå, and English–Norwegian switching mid-sentence, each the first
 * message of a new chat: the first reply must reach the expected intent and be written in the
 * expected language (Nynorsk writers get Nynorsk; a dialect gets Bokmål or Nynorsk; a mixed message
 * the language most of it is in). Written for issue 20 apart from the examples and the residents'
 * data, in two batches, each scored before the fixes it led to (docs/languages.md has the figures);
 * this test holds the level reached.
 */
class NynorskDialectMixedProbesTest {

    private static final Path FILE = Path.of("intents/tests/nynorsk-dialect-probes.jsonl");
    private static final Map<String, Set<String>> LANGUAGE_SETS = Map.of("dialect", Set.of("nb", "nn"));

    /** One probe: {@code intent} and {@code lang} may name alternatives, "a|b". */
    record Probe(String text, Set<String> intents, Set<String> languages, String kind, int batch, String where) {}

    private static List<Probe> probes;
    private static List<String> wrong;
    private static Map<String, int[]> perKind;

    @BeforeAll
    static void answerEveryProbe() {
        probes = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(FILE, "{\"text\": \"...\", \"intent\": \"gp_register\", \"lang\": \"nn\", \"kind\": \"nynorsk\", \"batch\": 1}")) {
            probes.add(new Probe(line.node().path("text").asText(), Set.of(line.node().path("intent").asText().split("\\|")),
                    languages(line.node().path("lang").asText()), line.node().path("kind").asText(),
                    line.node().path("batch").asInt(), line.where()));
        }
        Bot bot = TestBots.bot();
        wrong = new ArrayList<>();
        perKind = new TreeMap<>();
        int n = 0;
        for (Probe p : probes) {
            String chat = "probe-" + n++;
            Reply r = bot.handle(chat, p.text());
            bot.forget(chat);
            boolean ok = p.intents().contains(r.intent()) && p.languages().contains(r.language());
            for (String key : List.of("all", "kind:" + p.kind(), "batch:" + p.batch())) {
                int[] tally = perKind.computeIfAbsent(key, k -> new int[2]);
                tally[0] += ok ? 1 : 0;
                tally[1]++;
            }
            if (!ok) {
                wrong.add(p.where() + " " + r.intent() + "/" + r.language() + " expected " + p.intents() + "/" + p.languages());
            }
        }
    }

    private static Set<String> languages(String label) {
        Set<String> out = new java.util.HashSet<>();
        for (String l : label.split("\\|")) {
            out.addAll(LANGUAGE_SETS.getOrDefault(l, Set.of(l)));
        }
        return out;
    }

    private static String report() {
        StringBuilder s = new StringBuilder();
        perKind.forEach((k, t) -> s.append(String.format(java.util.Locale.ROOT, "%-16s %d/%d%n", k, t[0], t[1])));
        wrong.forEach(w -> s.append(w).append('\n'));
        return s.toString();
    }

    @Test
    void theProbesOfBothBatchesAreAnsweredRightAtTheLevelReached() {
        assertTrue(probes.size() >= 163, "size " + probes.size());
        int[] all = perKind.get("all");
        assertTrue(all[0] >= 149, report()); // 151 of 163 on its branch, 149 once the stories and newcomers examples were merged
        int[] second = perKind.get("batch:2");
        assertTrue(second[0] >= 40, report()); // 42 of 44 untuned, 41 on its branch, 40 after the merge
    }

    @Test
    void everyKindOfWritingIsAnsweredRightAtLeast80Percent() {
        perKind.forEach((k, t) -> assertTrue(t[0] >= 0.80 * t[1], k + "\n" + report()));
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

    @Test
    void everyExpectedIntentExists() {
        Set<String> names = new java.util.HashSet<>(TestBots.content().intents().stream().map(Intent::name).toList());
        assertEquals(List.of(), probes.stream().flatMap(p -> p.intents().stream()).filter(i -> !names.contains(i)).toList());
    }
}
