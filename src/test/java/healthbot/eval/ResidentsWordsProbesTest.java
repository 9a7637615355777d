package healthbot.eval;

import healthbot.TestBots;
import healthbot.content.Intent;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.nlu.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents' own words, fifth round (issue 20): {@code intents/tests/residents-words-probes-5.jsonl}, messages
 * written as residents write (stories with the question first, last or in the middle, two topics, no
 * question, about someone else, typos, no diacritics; English, Bokmål, Nynorsk, dialect and mixed), each the
 * first message of a new chat. Right = the expected intent (an emergency with 113 on the first line), in an
 * expected language; a Nynorsk writer's reply must also read as Nynorsk to the residents' scorer (two of its
 * Nynorsk words). Batch 1 was scored on the unchanged bot before the fixes it led to, batch 2 written after
 * them (docs/stories.md, "Fifth round"); this test holds the levels reached.
 */
class ResidentsWordsProbesTest {

    private static final Path FILE = Path.of("intents/tests/residents-words-probes-5.jsonl");
    /** The words by which {@code residents_score.py --reply-lang} tells a Nynorsk reply; two are needed. */
    private static final Pattern NYNORSK = Pattern.compile("\\b(ikkje|eg|kva|korleis|frå|vere|berre|dei|ein|eit|noko|heime|kvar|kven|dykk"
            + "|treng|får du ikkje|sjukeheim|tenesta|kommunen si|sjukehus|ringje|dykkar|pasientar)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Right when written (docs/stories.md, "Fifth round"): batch 1 215 of 221 (200 untuned), batch 2 94 of 103 (86 on main, 93 at its first scoring), Nynorsk writers 73 of 75. */
    private static final int BATCH_1 = 215;
    private static final int BATCH_2 = 94;
    private static final int NYNORSK_RIGHT = 73;

    record Probe(String text, Set<String> intents, Set<String> languages, String label, int batch, String where) {}

    private static List<Probe> probes;
    private static Map<String, int[]> tally;
    private static List<String> wrong;

    @BeforeAll
    static void answerEveryProbe() {
        probes = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(FILE, "{\"text\": \"...\", \"intent\": \"gp_fee\", \"lang\": \"nn\", \"shape\": \"last\", \"batch\": 1}")) {
            String label = line.node().path("lang").asText();
            probes.add(new Probe(line.node().path("text").asText(), Set.of(line.node().path("intent").asText().split("\\|")),
                    languages(label), label, line.node().path("batch").asInt(), line.where()));
        }
        Bot bot = TestBots.bot();
        tally = new TreeMap<>();
        wrong = new ArrayList<>();
        int n = 0;
        for (Probe p : probes) {
            String chat = "residents-words-" + n++;
            Reply r = bot.handle(chat, p.text());
            bot.forget(chat);
            StringBuilder text = new StringBuilder();
            for (OutMessage m : r.messages()) {
                text.append(m.text()).append('\n').append(m.sourceLine() == null ? "" : m.sourceLine()).append('\n');
            }
            boolean language = p.languages().contains(r.language()) && (!p.label().equals("nn") || readsAsNynorsk(text.toString()));
            boolean intent = p.intents().contains(r.intent())
                    && (!r.intent().equals("emergency") || text.toString().strip().lines().findFirst().orElse("").matches(".*\\b113\\b.*"));
            boolean ok = language && intent;
            String first = p.label().split("\\|")[0];
            for (String key : List.of("all", "batch:" + p.batch(), "lang:" + first, "batch:" + p.batch() + " lang:" + first)) {
                int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                t[1]++;
                t[0] += ok ? 1 : 0;
            }
            if (!ok) {
                wrong.add(p.where() + " " + r.intent() + "/" + r.language() + " expected " + p.intents() + "/" + p.languages());
            }
        }
    }

    private static boolean readsAsNynorsk(String text) {
        Matcher m = NYNORSK.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
        }
        return found >= 2;
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
        tally.forEach((k, t) -> s.append(String.format(Locale.ROOT, "%-20s %d/%d%n", k, t[0], t[1])));
        wrong.forEach(w -> s.append(w).append('\n'));
        return s.toString();
    }

    private static int right(String key) {
        return tally.get(key)[0];
    }

    @Test
    void bothBatchesAreAnsweredRightInTheWritersLanguageAtTheLevelReached() {
        assertTrue(probes.size() >= 324, "size " + probes.size());
        assertTrue(right("batch:1") >= BATCH_1, report());
        assertTrue(right("batch:2") >= BATCH_2, report());
    }

    @Test
    void nynorskWritersGetAReplyThatReadsAsNynorsk() {
        assertTrue(right("lang:nn") >= NYNORSK_RIGHT, report());
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
