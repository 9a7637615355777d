package healthbot.staff;

import healthbot.store.InboxEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inbox entries grouped so that staff handle similar messages together: an entry joins the first
 * group of the same language and likeliest intent whose first entry shares at least
 * {@value #MIN_OVERLAP} of their words (Jaccard over lower-cased words, placeholders left out);
 * otherwise it starts a group. Largest groups first, then oldest.
 */
public final class InboxGroups {

    static final double MIN_OVERLAP = 0.5;

    /** A group: what its entries share, and the entries, oldest first. */
    public record Group(String language, String likeliest, List<InboxEntry> entries) {}

    private InboxGroups() {
    }

    public static List<Group> of(List<InboxEntry> inbox) {
        List<Group> groups = new ArrayList<>();
        List<Set<String>> firstWords = new ArrayList<>();
        for (InboxEntry e : inbox) {
            Set<String> words = words(e.text());
            String likeliest = e.guesses().isEmpty() ? "" : e.guesses().get(0).intent();
            int joined = -1;
            for (int i = 0; i < groups.size() && joined < 0; i++) {
                Group g = groups.get(i);
                if (g.language().equals(e.language()) && g.likeliest().equals(likeliest) && overlap(words, firstWords.get(i)) >= MIN_OVERLAP) {
                    joined = i;
                }
            }
            if (joined < 0) {
                groups.add(new Group(e.language(), likeliest, new ArrayList<>(List.of(e))));
                firstWords.add(words);
            } else {
                groups.get(joined).entries().add(e);
            }
        }
        return groups.stream().map(g -> new Group(g.language(), g.likeliest(), List.copyOf(g.entries())))
                .sorted(Comparator.comparingInt((Group g) -> -g.entries().size())).toList();
    }

    static Set<String> words(String text) {
        String plain = text.replaceAll("<[a-z-]+>", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
