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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions about the bot's topics in the newcomers' languages ({@code intents/tests/newcomer-topic-probes.jsonl}:
 * Polish, Ukrainian, Russian, Arabic, Somali, Tigrinya and Lithuanian, written for it as newcomers write, none
 * from the residents' set and none trained on), each the first message of a new chat through the real bot. A
 * probe is right when the bot answers with the expected intent (the fallback, for an everyday request, without
 * an emergency number first) in the writer's language. The file keeps 20 probes per language and every topic,
 * and the share right stays at the level reached when it was written (docs/languages.md).
 */
class NewcomerTopicProbesTest {

    static final Path FILE = Path.of("intents/tests/newcomer-topic-probes.jsonl");
    static final List<String> LANGUAGES = List.of("pl", "uk", "ru", "ar", "so", "ti", "lt");
    /** 221 of 241 (91.7 %) when the file was written; the floors leave room for a flip or two from retraining. */
    static final double RIGHT_OVERALL = 0.90;
    /** The weakest language then was Polish, 29 of 36 (80.6 %). */
    static final double RIGHT_PER_LANGUAGE = 0.75;

    record Probe(String text, String intent, String lang, String where) {}

    record Answered(Probe probe, String intent, String language, boolean emergencyFirst) {
        boolean right() {
            boolean topic = probe.intent().equals("fallback") ? intent.equals("fallback") && !emergencyFirst
                    : intent.equals(probe.intent());
            return topic && probe.lang().equals(language);
        }

        @Override
        public String toString() {
            return probe.where() + " [" + probe.lang() + "] want " + probe.intent() + ", got " + intent + " in " + language
                    + ": " + probe.text();
        }
    }

    private static List<Probe> probes;
    private static List<Answered> answered;

    @BeforeAll
    static void answer() {
        probes = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(FILE, "{\"text\": \"...\", \"intent\": \"gp_register\", \"lang\": \"pl\"}")) {
            probes.add(new Probe(line.node().get("text").asText(), line.node().get("intent").asText(),
                    line.node().get("lang").asText(), line.where()));
        }
        Bot bot = TestBots.bot(TestBots.SATURDAY_NOON);
        answered = new ArrayList<>();
        int n = 0;
        for (Probe p : probes) {
            Reply r = bot.handle("newcomer-probe-" + n++, p.text());
            answered.add(new Answered(p, r.intent() == null ? "fallback" : r.intent(), r.language(), r.emergencyFirst()));
        }
    }

    @Test
    void atLeast90PercentAreAnsweredWithTheirTopicInTheWritersLanguage() {
        long right = answered.stream().filter(Answered::right).count();
        List<Answered> wrong = answered.stream().filter(a -> !a.right()).toList();
        assertTrue(right >= RIGHT_OVERALL * answered.size(),
                right + " of " + answered.size() + " right; wrong:\n" + wrong.stream().map(Answered::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everyNewcomersLanguageHasAtLeast75PercentRight() {
        Map<String, String> low = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            List<Answered> of = answered.stream().filter(a -> a.probe().lang().equals(lang)).toList();
            long right = of.stream().filter(Answered::right).count();
            if (right < RIGHT_PER_LANGUAGE * of.size()) {
                low.put(lang, right + " of " + of.size());
            }
        }
        assertEquals(Map.of(), low);
    }

    @Test
    void noQuestionAboutATopicIsReadAsARedSign() {
        List<String> red = probes.stream().filter(p -> !p.intent().equals("emergency"))
                .filter(p -> TestBots.nlu().analyze(p.text()).assessment().red())
                .map(p -> p.where() + " [" + p.lang() + "] " + p.text()).toList();
        assertEquals(List.of(), red, "a topic question graded red (a word one typo from an emergency word?)");
    }

    @Test
    void everyEmergencyIsAnswered113FirstInTheWritersLanguage() {
        List<String> missed = answered.stream().filter(a -> a.probe().intent().equals("emergency"))
                .filter(a -> !a.emergencyFirst() || !a.probe().lang().equals(a.language())).map(Answered::toString).toList();
        assertEquals(List.of(), missed);
    }

    @Test
    void theFileHas20ProbesPerLanguageAndEveryTopicOfTheContent() {
        List<String> short_ = new ArrayList<>();
        for (String lang : LANGUAGES) {
            long n = probes.stream().filter(p -> p.lang().equals(lang)).count();
            if (n < 20) {
                short_.add(lang + ": " + n);
            }
        }
        assertEquals(List.of(), short_, "too few probes in " + FILE);
        Set<String> intents = TestBots.content().intents().stream().map(Intent::name).collect(Collectors.toSet());
        Set<String> expected = probes.stream().map(Probe::intent).collect(Collectors.toSet());
        assertEquals(intents, expected, "every intent, and only intents, as expected answers");
    }

    @Test
    void noProbeIsATrainingExample() {
        Set<String> examples = new HashSet<>();
        TestBots.content().intents().forEach(i -> i.allExamples().forEach(e -> examples.add(TextNormalizer.normalize(e))));
        List<String> trained = probes.stream().filter(p -> examples.contains(TextNormalizer.normalize(p.text())))
                .map(p -> p.where() + " " + p.text()).toList();
        assertEquals(List.of(), trained);
    }
}
