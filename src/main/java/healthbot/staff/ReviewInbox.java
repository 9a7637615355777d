package healthbot.staff;

import healthbot.dialogue.ReplyKind;
import healthbot.dialogue.ReplyListener;
import healthbot.nlu.Prediction;
import healthbot.store.InboxEntry;
import healthbot.store.StaffRecords;
import healthbot.store.StoreUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Keeps, for staff review, the messages the bot could not answer: a fallback, a re-prompt that
 * gave up, and a "did you mean" the resident did not pick. Only the masked text
 * ({@link ReviewMask}), the reply's language, the hour and the classifier's two guesses are kept;
 * never the chat id or anything of the user.
 *
 * <p>Whether a "did you mean" was picked shows only in the chat's next reply: if that reply is one
 * of the two intents offered, it was picked and nothing is kept; anything else (another message,
 * or no message within {@link #CLARIFY_WAIT}) keeps it. Until then it waits in this object's
 * memory, keyed by chat id, at most {@link #MAX_WAITING} of them (the oldest is kept, as
 * unpicked, when more arrive). A process that stops drops the waiting ones; with several
 * instances, a next message answered elsewhere keeps it once the wait is over.
 */
public final class ReviewInbox implements ReplyListener {

    static final Duration CLARIFY_WAIT = Duration.ofMinutes(30);
    static final int MAX_WAITING = 10_000;

    private final StaffRecords store;
    private final Duration keep;
    /** chat id -> the "did you mean" waiting to be picked, oldest first */
    private final LinkedHashMap<String, Waiting> waiting = new LinkedHashMap<>();

    private record Waiting(InboxEntry entry, Instant at) {}

    /** An inbox writing into {@code store}, each entry kept for {@code keep}. */
    public ReviewInbox(StaffRecords store, Duration keep) {
        this.store = store;
        this.keep = keep;
    }

    @Override
    public void replied(Answered a) {
        List<InboxEntry> toKeep = new ArrayList<>();
        synchronized (waiting) {
            Waiting before = waiting.remove(a.chatId());
            if (before != null && !picked(before.entry(), a.reply())) {
                toKeep.add(before.entry());
            }
            for (Iterator<Waiting> it = waiting.values().iterator(); it.hasNext(); ) {
                Waiting w = it.next();
                if (w.at().plus(CLARIFY_WAIT).isAfter(a.at()) && waiting.size() < MAX_WAITING) {
                    break; // the rest are younger
                }
                toKeep.add(w.entry());
                it.remove();
            }
            ReplyKind kind = a.reply().kind();
            if (a.maskedText() != null && !a.maskedText().isBlank()) {
                InboxEntry entry = entry(kind, a);
                if (kind == ReplyKind.CLARIFY) {
                    waiting.put(a.chatId(), new Waiting(entry, a.at()));
                } else if (kind == ReplyKind.FALLBACK || kind == ReplyKind.GAVE_UP) {
                    toKeep.add(entry);
                }
            }
        }
        for (InboxEntry e : toKeep) {
            try {
                store.addToInbox(e, keep);
            } catch (StoreUnavailableException ex) {
                // the store logs its outages once a minute; one entry for review is not worth more
            }
        }
    }

    /** How many "did you mean" replies wait to be picked (for tests and metrics). */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /** Whether {@code next} answers one of the intents the "did you mean" offered. */
    private static boolean picked(InboxEntry clarify, healthbot.dialogue.Reply next) {
        ReplyKind k = next.kind();
        boolean understood = k != ReplyKind.CLARIFY && k != ReplyKind.FALLBACK && k != ReplyKind.GAVE_UP;
        return understood && clarify.guesses().stream().anyMatch(g -> g.intent().equals(next.intent()));
    }

    private static InboxEntry entry(ReplyKind kind, Answered a) {
        List<InboxEntry.Guess> guesses = new ArrayList<>();
        Prediction p = a.prediction();
        if (p != null) {
            guesses.add(new InboxEntry.Guess(p.intent(), round(p.confidence())));
            if (p.runnerUp() != null) {
                guesses.add(new InboxEntry.Guess(p.runnerUp(), round(p.runnerUpConfidence())));
            }
        }
        return new InboxEntry(null, kind.name(), ReviewMask.mask(a.maskedText()), a.reply().language(),
                a.at().truncatedTo(ChronoUnit.HOURS), guesses);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
