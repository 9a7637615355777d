package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicWordsTest {

    private final TopicWords words = new TopicWords(Map.of(
            "dental_free", List.of("tannlege", "dentist"),
            "dental_travel", List.of("bus ticket", "km", "kjeveortoped"),
            "physio_info", List.of("fysioterapeut")), Set.of());

    private Set<String> intents(String message) {
        return words.find(TextNormalizer.normalize(message)).intents();
    }

    @Test
    void inflectionsCompoundsAndPhrasesCount() {
        assertEquals(Set.of("dental_free"), intents("the dentists here"));
        assertEquals(Set.of("dental_free"), intents("barnetannlege i sentrum"));
        assertEquals(Set.of("dental_travel"), intents("I kept the bus tickets"));
        assertEquals(Set.of("dental_travel"), intents("it is 200km each way"));
    }

    @Test
    void oneTypoInALongTopicWordCountsUnlessTheWordIsACommonWord() {
        assertEquals(Set.of("physio_info"), intents("time hos fysoterapeut"));
        assertEquals(Set.of("dental_travel"), intents("kjeveortopet i byen"));
        TopicWords guarded = new TopicWords(Map.of("physio_info", List.of("fysioterapeut")), Set.of("fysoterapeut"));
        assertFalse(guarded.matches("fysoterapeut", "fysioterapeut"), "a common word is never taken for a typo");
        assertFalse(words.matches("tolj", "tolk"), "short topic words get no typo tolerance");
    }

    @Test
    void everydayWordsAreNoEvidence() {
        assertTrue(words.find(TextNormalizer.normalize("what is the weather in Oslo tomorrow")).words().isEmpty());
        assertTrue(intents("the bus was late").isEmpty(), "half a phrase is not the phrase");
    }
}
