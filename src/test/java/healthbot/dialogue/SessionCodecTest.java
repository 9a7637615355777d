package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.rules.SlotValue;
import healthbot.rules.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCodecTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long LATER = NOW + 60_000;

    private final SessionCodec codec = new SessionCodec(
            new Knowledge(TestBots.content(), TestBots.nlu(), Clock.systemUTC(), new NorwegianHolidays()));

    private static Session midTravelFlow() {
        Session s = new Session("nb");
        s.region = "ostfold";
        s.offerId = 7;
        s.flow = new FlowState("dental_travel", "dental_travel", Answers.of("free_care", true,
                "transport", "car", "km", new BigDecimal("174.5"), "costs", new BigDecimal("12.00")), "taxi_approved", 1);
        s.paused = new FlowState("dental_free", "dental_eligibility", Answers.of("birth_year", 2006, "region", "baerum"),
                "region", 0);
        s.offer = List.of(new ButtonAction.Fill("taxi_approved", new SlotValue.YesNo(true)), new ButtonAction.GoTo("gp_register"),
                new ButtonAction.Resume(), new ButtonAction.Stop());
        s.offerLabels = List.of("Ja", "Fastlege", "Fortsett", "Stopp");
        return s;
    }

    private static void assertSame(Session expected, Session actual) {
        assertEquals(expected.language, actual.language);
        assertEquals(expected.region, actual.region);
        assertEquals(expected.offerId, actual.offerId);
        assertEquals(expected.flow, actual.flow);
        assertEquals(expected.paused, actual.paused);
        assertEquals(expected.offer, actual.offer);
        assertEquals(expected.offerLabels, actual.offerLabels);
    }

    @Test
    void theLanguageMenuAndItsChoicesAreReadBackAndAChoiceOfALanguageNoLongerInTheContentIsDropped() {
        Session s = new Session("en");
        s.offerId = 3;
        s.offer = List.of(new ButtonAction.ChooseLanguage(), new ButtonAction.SetLanguage("nb"));
        s.offerLabels = List.of("Language / Språk", "Norsk bokmål");
        assertSame(s, codec.decode("c1", codec.encode(s, LATER), NOW).orElseThrow());
        s.offer = List.of(new ButtonAction.SetLanguage("xx"));
        s.offerLabels = List.of("Xx");
        Session back = codec.decode("c1", codec.encode(s, LATER), NOW).orElseThrow();
        assertTrue(back.offer.isEmpty() || back.offer.stream().noneMatch(a -> a instanceof ButtonAction.SetLanguage l && l.language().equals("xx")),
                back.offer.toString());
    }

    @Test
    void aSessionMidFlowIsReadBackExactlyWithEveryKindOfValueAndButton() {
        Session s = midTravelFlow();
        Session back = codec.decode("c1", codec.encode(s, LATER), NOW).orElseThrow();
        assertSame(s, back);
        assertEquals(new BigDecimal("12.00"), back.flow.answers().decimal("costs").orElseThrow(), "scale kept");
    }

    @Test
    void aFreshSessionIsReadBackFresh() {
        Session back = codec.decode("c1", codec.encode(new Session("en"), LATER), NOW).orElseThrow();
        assertSame(new Session("en"), back);
    }

    @Test
    void anExpiredRecordGivesNoSession() {
        assertEquals(Optional.empty(), codec.decode("c1", codec.encode(midTravelFlow(), NOW), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "null", "[]", "42", "\"text\"", "{\"v\":1,\"expires\":", "\u0000\u0001",
            "{\"v\":1,\"expires\":1900000000000,\"flow\":{\"intent\":[],\"slots\":7},\"offer\":{\"x\":1}}",
            "{\"v\":1,\"expires\":1900000000000,\"offer\":[{\"label\":\"x\"}],\"lang\":{}}"})
    void corruptRecordsNeverThrowAndGiveNoSessionOrAFreshOne(String corrupt) {
        Optional<Session> s = codec.decode("c1", corrupt, NOW);
        s.ifPresent(session -> {
            assertNull(session.flow);
            assertTrue(session.offer.isEmpty());
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 99})
    void aRecordOfAnotherFormatVersionIsDroppedCleanly(int version) {
        String text = codec.encode(midTravelFlow(), LATER).replace("\"v\":2", "\"v\":" + version);
        assertEquals(Optional.empty(), codec.decode("c1", text, NOW));
        assertEquals(Optional.empty(), codec.decode("c1", text.replace("\"v\":" + version + ",", ""), NOW));
    }

    @Test
    void aVersionOneRecordIsReadWithItsLanguageAsACode() {
        String v1 = codec.encode(midTravelFlow(), LATER).replace("\"v\":2", "\"v\":1").replace("\"lang\":\"nb\"", "\"lang\":\"NO\"");
        Session back = codec.decode("c1", v1, NOW).orElseThrow();
        assertEquals("nb", back.language);
        assertEquals("dental_travel", back.flow.flow());
    }

    @Test
    void aLanguageTheContentNoLongerHasGivesTheSourceLanguage() {
        String text = codec.encode(midTravelFlow(), LATER).replace("\"lang\":\"nb\"", "\"lang\":\"xx\"");
        assertEquals("en", codec.decode("c1", text, NOW).orElseThrow().language);
    }

    @Test
    void aFlowTheContentNoLongerHasIsDroppedAndTheRestOfTheSessionKept() {
        String text = codec.encode(midTravelFlow(), LATER).replace("\"flow\":\"dental_travel\"", "\"flow\":\"dental_trips\"");
        Session back = codec.decode("c1", text, NOW).orElseThrow();
        assertNull(back.flow);
        assertEquals("dental_eligibility", back.paused.flow());
        assertEquals("ostfold", back.region);
        assertEquals("nb", back.language);
    }

    @Test
    void aRenamedSlotOrAValueOfAnotherKindDropsItsFlow() {
        Session s = midTravelFlow();
        String renamed = codec.encode(s, LATER).replace("\"km\":", "\"kilometres\":");
        assertNull(codec.decode("c1", renamed, NOW).orElseThrow().flow);
        String wrongKind = codec.encode(s, LATER).replace("\"free_care\":{\"bool\":true}", "\"free_care\":{\"str\":\"yes\"}");
        assertNull(codec.decode("c1", wrongKind, NOW).orElseThrow().flow);
        String unknownChoice = codec.encode(s, LATER).replace("{\"str\":\"car\"}", "{\"str\":\"horse\"}");
        assertNull(codec.decode("c1", unknownChoice, NOW).orElseThrow().flow);
        String unknownAwaiting = codec.encode(s, LATER).replace("\"awaiting\":\"taxi_approved\"", "\"awaiting\":\"ferry\"");
        assertNull(codec.decode("c1", unknownAwaiting, NOW).orElseThrow().flow);
    }

    @Test
    void buttonsNamingAnIntentTheContentNoLongerHasAreAllDropped() {
        String text = codec.encode(midTravelFlow(), LATER).replace("\"go\":\"gp_register\"", "\"go\":\"gp_signup\"");
        Session back = codec.decode("c1", text, NOW).orElseThrow();
        assertEquals(List.of(), back.offer);
        assertEquals(List.of(), back.offerLabels);
        assertEquals("dental_travel", back.flow.flow());
    }

    @Test
    void anUnknownRegionIsDroppedNotTrusted() {
        String text = codec.encode(midTravelFlow(), LATER).replace("\"region\":\"ostfold\"", "\"region\":\"atlantis\"");
        assertNull(codec.decode("c1", text, NOW).orElseThrow().region);
    }
}
