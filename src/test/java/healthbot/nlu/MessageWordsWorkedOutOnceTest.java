package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A message's words are worked out once for the topic words and the outside words
 * ({@link TopicWords#message}): reading that gives exactly what reading the text does, also when
 * the words were worked out against another guard of common words.
 */
class MessageWordsWorkedOutOnceTest {

    private static final Set<String> GUARD = Set.of("fysoterapeut", "the", "my");
    private final TopicWords topics = new TopicWords(Map.of(
            "dental_free", List.of("tannlege", "dentist"),
            "dental_travel", List.of("bus ticket", "km", "kjeveortoped"),
            "physio_info", List.of("fysioterapeut")), GUARD);
    private final TopicWords outside = new TopicWords(Map.of(
            "pharmacy", List.of("apotek", "pharmacy", "prescription renewal"),
            "nav", List.of("nav", "sykepenger")), GUARD);
    private final TopicWords otherGuard = new TopicWords(Map.of("pharmacy", List.of("apotek", "pharmacy")), Set.of("pharmacyy"));

    private static final List<String> MESSAGES = List.of("", "hei", "the dentists here, and the pharmacy?",
            "time hos fysoterapeut", "200km to the kjeveortopet", "my prescription renewal at the apoteket",
            "sykepenger fra nav for 3 uker", "pharmacyy open sunday", "  spaces   and, commas. ", "123 456");

    @Test
    void theWordsWorkedOutOnceGiveWhatTheTextGives() {
        for (String text : MESSAGES) {
            String normalized = TextNormalizer.normalize(text);
            TopicWords.Message words = topics.message(normalized);
            assertEquals(topics.find(normalized), topics.find(words), text);
            assertEquals(!outside.spans(normalized).isEmpty(), outside.anyIn(words), text);
            assertEquals(!outside.spans(normalized).isEmpty(), outside.anyIn(normalized), text);
            assertEquals(!otherGuard.spans(normalized).isEmpty(), otherGuard.anyIn(words), "another guard: " + text);
            assertEquals(otherGuard.find(normalized), otherGuard.find(words), "another guard: " + text);
        }
    }
}
