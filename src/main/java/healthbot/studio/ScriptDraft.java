package healthbot.studio;

import healthbot.content.Content;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.scripts.CheckKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A conversation turned into a dialogue script: each message becomes a {@code >} line followed by
 * checks of what happened (the intent, what the bot asks, the rule's outcome, and the numbers in
 * the answer rather than whole sentences, so rewording an answer does not break the script).
 * Staff may drop checks by id before saving.
 *
 * @param title  the suggested title
 * @param now    the conversation's clock
 * @param region the region preset, or null
 * @param language the language chosen for the chat, or null
 * @param start  the intent started before the first message, or null
 * @param turns  the messages with their checks
 */
record ScriptDraft(String title, String now, String region, String language, String start, List<Turn> turns) {

    /** At most this many numbers are checked per reply. */
    private static final int MAX_NUMBERS = 4;
    /** Longer words with digits (links, codes) are not checked. */
    private static final int MAX_WORD = 16;
    /** Characters around a word that are not part of the number or code in it. */
    private static final String EDGES = "^[\\p{Punct}«»“”‘’–]+|[\\p{Punct}«»“”‘’–]+$";

    ScriptDraft {
        turns = List.copyOf(turns);
    }

    /** A message and the checks of its reply; {@code said} is null for the {@code start:} reply. */
    record Turn(String said, List<Check> checks) {
        Turn {
            checks = List.copyOf(checks);
        }
    }

    /** One check line; {@code id} is what the page sends back to drop it. */
    record Check(int id, String kind, String argument) {
        String line() {
            return "< " + kind + ": " + argument;
        }
    }

    static ScriptDraft of(StudioChat chat, Content content) {
        List<Turn> turns = new ArrayList<>();
        int id = 0;
        for (StudioChat.Exchange e : chat.exchanges()) {
            List<Check> checks = new ArrayList<>();
            Reply r = e.reply();
            if (e.said() != null) {
                checks.add(new Check(++id, CheckKind.INTENT.word(), r.intent()));
            }
            checks.add(new Check(++id, CheckKind.ASKS.word(), r.awaiting() == null ? "nothing" : r.awaiting()));
            if (r.outcome() != null) {
                checks.add(new Check(++id, CheckKind.OUTCOME.word(), r.outcome()));
            }
            for (String number : numbersIn(r, e.said())) {
                checks.add(new Check(++id, CheckKind.CONTAINS.word(), number));
            }
            turns.add(new Turn(e.said(), checks));
        }
        String first = chat.exchanges().stream().map(StudioChat.Exchange::said).filter(s -> s != null)
                .findFirst().orElse(chat.start() == null ? "conversation" : chat.start());
        return new ScriptDraft(ScriptText.oneLine("Studio: " + first), chat.now(), chat.region(), chat.language(),
                chat.start(), turns);
    }

    /**
     * Distinct numbers of the reply's text as written ("116 117", "75", "F70–F79", "2.30"), without
     * its source lines and without those the user wrote. A phone number written in groups stays whole.
     */
    static List<String> numbersIn(Reply reply, String said) {
        Set<String> typed = new LinkedHashSet<>(said == null ? List.of() : numbersOf(said));
        Set<String> numbers = new LinkedHashSet<>();
        for (OutMessage message : reply.messages()) {
            for (String n : numbersOf(message.body())) {
                if (numbers.size() < MAX_NUMBERS && !typed.contains(n)) {
                    numbers.add(n);
                }
            }
        }
        return List.copyOf(numbers);
    }

    /** Words with a digit, trimmed of punctuation; runs of 2–3-digit words are one grouped number. */
    static List<String> numbersOf(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder group = null;
        for (String raw : text.split("\\s+")) {
            String word = raw.replaceAll(EDGES, "");
            boolean groupPart = word.matches("\\d{2,3}") && raw.matches("\\d{2,3}[.,;:)]?");
            if (group != null && groupPart) {
                group.append(' ').append(word);
                continue;
            }
            if (group != null) {
                out.add(group.toString());
                group = null;
            }
            if (word.matches("\\d+(?:[.,]\\d+)?-\\p{L}.*")) {
                word = word.substring(0, word.indexOf('-')); // "20-year-olds": the number
            }
            if (groupPart && raw.equals(word)) {
                group = new StringBuilder(word);
            } else if (word.chars().anyMatch(Character::isDigit) && word.length() <= MAX_WORD) {
                out.add(word);
            }
        }
        if (group != null) {
            out.add(group.toString());
        }
        return out;
    }

    /** The script's text with the given title, without the checks whose ids are in {@code dropped}. */
    String render(String chosenTitle, Set<Integer> dropped) {
        StringBuilder s = new StringBuilder();
        s.append("# Saved from the studio. Checks test facts (numbers), not whole sentences.\n");
        s.append("title: ").append(ScriptText.oneLine(chosenTitle)).append('\n');
        s.append("now: ").append(now).append('\n');
        if (region != null) {
            s.append("region: ").append(region).append('\n');
        }
        if (language != null) {
            s.append("language: ").append(language).append('\n');
        }
        if (start != null) {
            s.append("start: ").append(start).append('\n');
        }
        for (Turn t : turns) {
            if (t.said() != null) {
                s.append("> ").append(ScriptText.oneLine(t.said())).append('\n');
            }
            for (Check c : t.checks()) {
                if (!dropped.contains(c.id())) {
                    s.append(c.line()).append('\n');
                }
            }
        }
        return s.toString();
    }
}
