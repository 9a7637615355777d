package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;

import healthbot.fuzz.MessageGenerator;
import healthbot.rules.Rules;
import healthbot.rules.Slot;
import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static healthbot.testsupport.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the whole engine over any sequence of messages drawn from generators: random
 * Unicode (surrogates, direction and zero-width characters), very long texts, the bot's own
 * vocabulary in both languages, numbers in every format, yes/no/refusals, commands, emergencies,
 * and button labels of the last reply or an old one ("#button1", "#stale" below). Each property runs
 * from a fixed seed on {@link Property}; a failure shrinks to a minimal message sequence and names
 * its seed. A failure found becomes a named regression test or a dialogue script in
 * {@code intents/tests/}.
 */
class EnginePropertiesTest {

    private static final String CHAT = "p";
    private static final MessageGenerator VOCABULARY = new MessageGenerator(TestBots.content());

    private static Bot freshBot() {
        return new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON), new NorwegianHolidays());
    }

    /** Where a conversation starts: fresh, or inside any flow (as if its topic's button had been pressed). */
    private static final Gen<String> STARTS = Gen.oneOf(starts());
    private static final Gen<String> EMERGENCIES = Gen.oneOf(VOCABULARY.emergencies());
    private static final Gen<List<String>> CONVERSATIONS = message().list(1, 14);

    /** A conversation from a start. */
    record Conversation(String start, List<String> messages) {}

    /** A conversation from a start, then an emergency. */
    record ThenEmergency(String start, List<String> before, String emergency) {}

    /** A conversation, then the button at {@code pick} (modulo the number of buttons) of its last reply. */
    record ThenButton(List<String> before, int pick) {}

    private static List<String> starts() {
        List<String> starts = new ArrayList<>(List.of("fresh"));
        TestBots.content().intents().stream().filter(i -> i.hasFlow()).forEach(i -> starts.add(i.name()));
        return starts;
    }

    private static Gen<String> message() {
        return Gen.frequency(
                weighted(2, Gen.strings(Gen.anyChar(), 0, 40)),
                weighted(1, Gen.strings(Gen.charsOf("\u200b\u200f\u202e\u2066\ufeff\u0000\n\r\t ab1"), 0, 20)),
                weighted(1, Gen.strings(Gen.anyChar(), 1000, 6000)),
                weighted(3, Gen.oneOf(VOCABULARY.words()).list(1, 8).map(words -> String.join(" ", words))),
                weighted(5, Gen.oneOf(VOCABULARY.examples())),
                weighted(4, Gen.oneOf(MessageGenerator.NUMBERS)),
                weighted(3, Gen.oneOf(MessageGenerator.YES_NO)),
                weighted(1, Gen.oneOf(MessageGenerator.COMMANDS)),
                weighted(1, EMERGENCIES),
                weighted(5, Gen.oneOf("#button0", "#button1", "#button2", "#stale")));
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
            assertNotEquals(ReplyKind.ERROR, r.kind(), "internal error on " + text);
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

    @Test
    void everyMessageIsAnsweredNoFlowIsSilentlyLostAndAwaitingIsASlotOfTheActiveFlow() {
        Property.forAll(Gen.zip(STARTS, CONVERSATIONS, Conversation::new)).tries(250).check(c -> {
            Player player = new Player();
            player.start(c.start());
            c.messages().forEach(player::send);
        });
    }

    @Test
    void anEmergencyGets113InTheFirstLineOfTheFirstReplyInAnyState() {
        Property.forAll(Gen.zip(STARTS, CONVERSATIONS, EMERGENCIES, ThenEmergency::new)).tries(150).check(c -> {
            Player player = new Player();
            player.start(c.start());
            c.before().forEach(player::send);
            Reply r = player.send(c.emergency());
            String firstLine = r.messages().get(0).text().lines().findFirst().orElse("");
            assertTrue(firstLine.contains("113"), "after " + c.before() + ": " + firstLine);
        });
    }

    @Test
    void sendingAButtonsLabelWorksAsPressingIt() {
        Property.forAll(Gen.zip(CONVERSATIONS, Gen.anyInteger(), ThenButton::new)).tries(150).check(c -> {
            Player typed = new Player();
            Player pressed = new Player();
            for (String m : c.before()) {
                typed.send(m);
                pressed.send(m);
            }
            List<String> labels = labels(typed.last);
            if (labels.isEmpty()) {
                return;
            }
            int index = Math.floorMod(c.pick(), labels.size());
            Reply byLabel = typed.bot.handle(CHAT, labels.get(index));
            Reply byPress = pressed.bot.press(CHAT, pressed.last.offerId(), index).orElseThrow();
            assertEquals(byLabel.messages(), byPress.messages());
            assertEquals(byLabel.intent(), byPress.intent());
            assertEquals(byLabel.awaiting(), byPress.awaiting());
            assertEquals(byLabel.outcome(), byPress.outcome());
        });
    }
}
