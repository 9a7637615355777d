package healthbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import healthbot.bench.MessageMix.Conversation;
import healthbot.bench.MessageMix.Kind;
import healthbot.bench.MessageMix.Step;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MessageMixTest {

    private final List<Conversation> mix = MessageMix.conversations();

    @Test
    void mixCoversEveryKindOfMessageAndBothLanguages() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        mix.forEach(c -> c.steps().forEach(s -> kinds.add(s.kind())));
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        assertTrue(mix.stream().anyMatch(Conversation::norwegian));
        assertTrue(mix.stream().anyMatch(c -> !c.norwegian()));
    }

    @Test
    void dentalEligibilityIsPlayedAsBirthYearThenRegion() {
        assertTrue(mix.stream().anyMatch(c -> c.steps().size() >= 3
                && "dental_free".equals(c.steps().get(0).intent())
                && "birth_year".equals(c.steps().get(0).awaiting())
                && "region".equals(c.steps().get(1).awaiting())
                && c.steps().get(2).awaiting() == null));
    }

    @Test
    void emergencyStepsExpectTheEmergencyIntentAndEndTheFlowTheyInterrupt() {
        for (Conversation c : mix) {
            for (int i = 0; i < c.steps().size(); i++) {
                Step s = c.steps().get(i);
                if (s.kind() == Kind.EMERGENCY || s.kind() == Kind.EMERGENCY_MID_FLOW) {
                    assertEquals("emergency", s.intent(), c.name());
                    assertEquals(null, s.awaiting(), c.name());
                }
                if (s.kind() == Kind.EMERGENCY_MID_FLOW) {
                    assertTrue(i > 0 && c.steps().get(i - 1).awaiting() != null, c.name() + ": not mid-flow");
                }
            }
        }
    }

    @Test
    void everyConversationHasANameAndMessages() {
        for (Conversation c : mix) {
            assertFalse(c.name().isBlank());
            assertFalse(c.steps().isEmpty(), c.name());
            c.steps().forEach(s -> assertFalse(s.text().isBlank(), c.name()));
        }
    }

    @Test
    void optionsRejectOutOfRangeValuesSayingWhichOption() {
        Path intents = Path.of("intents");
        Clock clock = Clock.systemUTC();
        String now = "2026-11-21T12:00:00";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Bench.Options(intents, now, clock, 0, 10, List.of(1), 0));
        assertTrue(e.getMessage().contains("--duration"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Bench.Options(intents, now, clock, 10, 0, List.of(1), 0));
        assertTrue(e.getMessage().contains("--sessions"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Bench.Options(intents, now, clock, 10, 10, List.of(0), 0));
        assertTrue(e.getMessage().contains("--chats"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Bench.Options(intents, now, clock, Double.NaN, 10, List.of(1), 0));
        e = assertThrows(IllegalArgumentException.class, () -> new Bench.Options(intents, now, clock, 10, 10, List.of(1), -1));
        assertTrue(e.getMessage().contains("--cold-starts"), e.getMessage());
    }
}
