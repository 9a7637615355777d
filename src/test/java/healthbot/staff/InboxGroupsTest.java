package healthbot.staff;

import healthbot.store.InboxEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Similar inbox entries are handled together. */
class InboxGroupsTest {

    private static int ids;

    private static InboxEntry entry(String text, String language, String likeliest) {
        return new InboxEntry(Integer.toString(++ids), "FALLBACK", text, language, Instant.parse("2026-12-07T10:00:00Z"),
                List.of(new InboxEntry.Guess(likeliest, 0.3)));
    }

    @Test
    void entriesSharingHalfTheirWordsLanguageAndLikeliestIntentFormOneGroupLargestFirst() {
        List<InboxGroups.Group> groups = InboxGroups.of(List.of(
                entry("flu shot for my mother", "en", "fallback"),
                entry("capital of mongolia", "en", "fallback"),
                entry("flu shot for my father", "en", "fallback"),
                entry("Flu shot for my mother?", "nb", "fallback"),
                entry("flu shot for my mother <phone>", "en", "gp_register")));
        assertEquals(List.of(2, 1, 1, 1), groups.stream().map(g -> g.entries().size()).toList());
        assertEquals(List.of("flu shot for my mother", "flu shot for my father"),
                groups.get(0).entries().stream().map(InboxEntry::text).toList());
    }

    @Test
    void placeholdersAndCaseDoNotCountAsWords() {
        assertEquals(java.util.Set.of("ring", "meg"), InboxGroups.words("Ring <phone> MEG!"));
        assertEquals(1.0, InboxGroups.overlap(InboxGroups.words("ring <phone> meg"), InboxGroups.words("Ring meg <number>")));
    }
}
