package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.fuzz.MessageGenerator;
import healthbot.rules.Rules;
import healthbot.rules.Slot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the whole engine over any sequence of messages drawn from generators: random
 * Unicode (surrogates, direction and zero-width characters), very long texts, the bot's own
 * vocabulary in both languages, numbers in every format, yes/no/refusals, commands, emergencies,
 * and button labels of the last reply or an old one ("#button1", "#stale" below). Failures shrink
 * to a minimal message sequence; the ones found are pinned in {@link EngineRegressionTest}.
 */
class EnginePropertiesTest {

    private static final String CHAT = "p";
    private static final MessageGenerator VOCABULARY = new MessageGenerator(TestBots.content());

    private static Bot freshBot() {
        return new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON), new NorwegianHolidays());
    }

    @Provide
    Arbitrary<List<String>> conversations() {
        return message().list().ofMinSize(1).ofMaxSize(14);
    }

    /** Where a conversation starts: fresh, or inside any flow (as if its topic's button had been pressed). */
    @Provide
    Arbitrary<String> starts() {
        List<String> starts = new ArrayList<>(List.of("fresh"));
        TestBots.content().intents().stream().filter(i -> i.hasFlow()).forEach(i -> starts.add(i.name()));
        return Arbitraries.of(starts);
    }

    @Provide
    Arbitrary<String> emergencies() {
        return Arbitraries.of(VOCABULARY.emergencies());
    }

    private static Arbitrary<String> message() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("\u200b\u200f\u202e\u2066\ufeff\u0000\n\r\t ab1")
                        .ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(6000)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(VOCABULARY.words()).list().ofMinSize(1).ofMaxSize(8)
                        .map(words -> String.join(" ", words))),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(VOCABULARY.examples())),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(MessageGenerator.NUMBERS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(MessageGenerator.YES_NO)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(MessageGenerator.COMMANDS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(VOCABULARY.emergencies())),
                net.jqwik.api.Tuple.of(5, Arbitraries.of("#button0", "#button1", "#button2", "#stale")));
    }

    /** Plays a conversation, checking after every message what must always hold. */
    private static final class Player {
        final Bot bot = freshBot();
        final List<String> seenLabels = new ArrayList<>(List.of("Yes", "Østfold", "Continue"));
        Reply last;

        void start(String intent) {
            if (!intent.equals("fresh")) {
                last = bot.startIntent(CHAT, intent);
            }
        }

        Reply send(String message) {
            String text = resolve(message);
            Optional<String> flowBefore = bot.flowInProgress(CHAT);
            Reply r = bot.handle(CHAT, text);
            assertNotNull(r);
            assertFalse(r.messages().isEmpty(), "no reply to " + text);
            String first = r.messages().get(0).text();
            assertFalse(first.isBlank(), "a blank reply to " + text);
            for (String key : List.of("turn_failed", "turn_failed_question")) {
                assertFalse(first.contains(bot.content().settings().ui(key).en())
                        || first.contains(bot.content().settings().ui(key).no()), "internal error on " + text);
            }
            Optional<String> flowAfter = bot.flowInProgress(CHAT);
            if (flowBefore.isPresent() && flowAfter.isEmpty()) {
                assertTrue(endedInTheOpen(r, text), "flow " + flowBefore.get() + " silently lost after \"" + text + "\"");
            }
            if (r.awaiting() != null) {
                assertTrue(flowAfter.isPresent(), "awaiting " + r.awaiting() + " outside a flow");
                assertTrue(slotsOf(bot.content(), flowAfter.get()).contains(r.awaiting()),
                        "awaiting " + r.awaiting() + " is not a slot of " + flowAfter.get());
            }
            r.messages().forEach(m -> seenLabels.addAll(m.buttons()));
            last = r;
            return r;
        }

        private String resolve(String message) {
            if (message.equals("#stale")) {
                return seenLabels.get(Math.abs(seenLabels.size() * 7 / 3) % seenLabels.size());
            }
            if (message.startsWith("#button")) {
                List<String> labels = labels(last);
                int i = message.charAt(7) - '0';
                return labels.isEmpty() ? "hello" : labels.get(i % labels.size());
            }
            return message;
        }

        private boolean endedInTheOpen(Reply r, String text) {
            if (r.outcome() != null || text.strip().startsWith("/start") || text.strip().startsWith("/reset")) {
                return true;
            }
            String all = String.join("\n", r.messages().stream().map(OutMessage::text).toList());
            return List.of("flow_stopped", "not_understood", "reset_done").stream()
                    .anyMatch(key -> all.contains(bot.uiText(CHAT, key)));
        }
    }

    static List<String> labels(Reply r) {
        List<String> labels = new ArrayList<>();
        if (r != null) {
            r.messages().forEach(m -> labels.addAll(m.buttons()));
        }
        return labels;
    }

    static List<String> slotsOf(Content content, String flow) {
        return Rules.byName(content.flow(flow).rule()).orElseThrow().slots().stream().map(Slot::name).toList();
    }

    @Property(tries = 250)
    void everyMessageIsAnsweredNoFlowIsSilentlyLostAndAwaitingIsASlotOfTheActiveFlow(
            @ForAll("starts") String start, @ForAll("conversations") List<String> messages) {
        Player player = new Player();
        player.start(start);
        messages.forEach(player::send);
    }

    @Property(tries = 150)
    void anEmergencyGets113InTheFirstLineOfTheFirstReplyInAnyState(@ForAll("starts") String start,
                                                                    @ForAll("conversations") List<String> before,
                                                                    @ForAll("emergencies") String emergency) {
        Player player = new Player();
        player.start(start);
        before.forEach(player::send);
        Reply r = player.send(emergency);
        String firstLine = r.messages().get(0).text().lines().findFirst().orElse("");
        assertTrue(firstLine.contains("113"), "after " + before + ": " + firstLine);
    }

    @Property(tries = 150)
    void sendingAButtonsLabelWorksAsPressingIt(@ForAll("conversations") List<String> before, @ForAll int pick) {
        Player typed = new Player();
        Player pressed = new Player();
        for (String m : before) {
            typed.send(m);
            pressed.send(m);
        }
        List<String> labels = labels(typed.last);
        if (labels.isEmpty()) {
            return;
        }
        int index = Math.floorMod(pick, labels.size());
        Reply byLabel = typed.bot.handle(CHAT, labels.get(index));
        Reply byPress = pressed.bot.press(CHAT, pressed.last.offerId(), index).orElseThrow();
        assertEquals(byLabel.messages(), byPress.messages());
        assertEquals(byLabel.intent(), byPress.intent());
        assertEquals(byLabel.awaiting(), byPress.awaiting());
        assertEquals(byLabel.outcome(), byPress.outcome());
    }
}
