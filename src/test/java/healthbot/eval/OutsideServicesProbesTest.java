package healthbot.eval;

import healthbot.TestBots;
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
 * Questions about services the bot does not cover, and in-domain questions that name them in passing
 * ({@code intents/tests/outside-services-probes.jsonl}, docs/stories.md "Outside services"), each the first
 * message of a new chat through the real bot. An outside probe is right when the bot gives the fallback
 * without an emergency number first; a control when it answers its topic. The share right stays at the
 * level reached: batch 1 (the outside lists were written against it) 319 of 331 outside and 102 of 106
 * controls; batch 2 (written after, untuned) 85 of 92 and 39 of 40. The floors leave room for a flip or two
 * from retraining.
 */
class OutsideServicesProbesTest {

    static final Path FILE = Path.of("intents/tests/outside-services-probes.jsonl");
    static final List<String> NEWCOMERS = List.of("pl", "uk", "ru", "ar", "so", "ti", "lt");

    record Probe(String text, String intent, String lang, String batch, String what, String where) {
        boolean outside() {
            return intent.equals("fallback");
        }
    }

    record Answered(Probe probe, String intent, boolean emergencyFirst) {
        boolean right() {
            return probe.outside() ? intent.equals("fallback") && !emergencyFirst : intent.equals(probe.intent());
        }

        @Override
        public String toString() {
            return probe.where() + " [" + probe.lang() + " " + probe.what() + "] want " + probe.intent() + ", got " + intent
                    + (emergencyFirst ? " (113 first)" : "") + ": " + probe.text();
        }
    }

    private static List<Probe> probes;
    private static List<Answered> answered;

    @BeforeAll
    static void answer() {
        probes = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(FILE,
                "{\"text\": \"...\", \"intent\": \"fallback\", \"lang\": \"en\", \"batch\": \"1\", \"what\": \"pharmacy\"}")) {
            probes.add(new Probe(line.node().get("text").asText(), line.node().get("intent").asText(),
                    line.node().get("lang").asText(), line.node().get("batch").asText(), line.node().get("what").asText(),
                    line.where()));
        }
        Bot bot = TestBots.bot(TestBots.SATURDAY_NOON);
        answered = new ArrayList<>();
        int n = 0;
        for (Probe p : probes) {
            Reply r = bot.handle("outside-probe-" + n++, p.text());
            answered.add(new Answered(p, r.intent() == null ? "fallback" : r.intent(), r.emergencyFirst()));
        }
    }

    private static void assertShare(String batch, boolean outside, double floor) {
        List<Answered> of = answered.stream().filter(a -> a.probe().batch().equals(batch) && a.probe().outside() == outside).toList();
        long right = of.stream().filter(Answered::right).count();
        assertTrue(right >= floor * of.size(), right + " of " + of.size() + " right; wrong:\n"
                + of.stream().filter(a -> !a.right()).map(Answered::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void firstBatchOutsideQuestionsGetTheFallback() {
        assertShare("1", true, 0.94); // 319/331 = 96.4 % (266/331 = 80.4 % before the outside lists)
    }

    @Test
    void firstBatchControlsKeepTheirTopic() {
        assertShare("1", false, 0.94); // 102/106 = 96.2 % (99/106 before)
    }

    @Test
    void secondBatchWrittenAfterTheFixesHoldsItsUntunedLevel() {
        assertShare("2", true, 0.89); // 85/92 = 92.4 % (78/92 on the bot before the outside lists)
        assertShare("2", false, 0.92); // 39/40 (38/40 before)
    }

    @Test
    void theFirstBatchHasTheLanguagesTheIssueAsksFor() {
        Map<String, Long> outside = probes.stream().filter(p -> p.batch().equals("1") && p.outside())
                .collect(Collectors.groupingBy(Probe::lang, Collectors.counting()));
        Map<String, String> short_ = new LinkedHashMap<>();
        Map<String, Integer> least = new LinkedHashMap<>(Map.of("en", 100, "nb", 80, "nn", 30));
        NEWCOMERS.forEach(l -> least.put(l, 10));
        least.forEach((lang, n) -> {
            if (outside.getOrDefault(lang, 0L) < n) {
                short_.put(lang, outside.getOrDefault(lang, 0L) + " < " + n);
            }
        });
        assertEquals(Map.of(), short_);
        assertTrue(probes.stream().filter(p -> p.batch().equals("1") && !p.outside()).count() >= 100, "100 controls");
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
