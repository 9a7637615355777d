package healthbot.staff;

import healthbot.clock.OsloClock;
import healthbot.dialogue.Reply;
import healthbot.dialogue.ReplyKind;
import healthbot.dialogue.ReplyListener;
import healthbot.store.StaffRecords;
import healthbot.store.StoreUnavailableException;
import healthbot.store.UsageKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts every reply into the store's daily counters, by day (Oslo time), channel, language and
 * intent: nothing else of the message or the chat. What each reply adds:
 * <ul>
 *   <li>{@code conversation} (intent {@code -}): the first reply of a new session;</li>
 *   <li>{@code answer}: a final answer; {@code flow_finished} too when it is a flow's decision;</li>
 *   <li>{@code emergency}: an emergency reply (113 first); {@code legevakt}: any reply of the legevakt intent;</li>
 *   <li>{@code fallback}, {@code clarify} ("did you mean");</li>
 *   <li>{@code flow_abandoned}: a question given up after unreadable answers, or a flow stopped;</li>
 *   <li>{@code helpful_yes}, {@code helpful_no}: a "was this helpful?" press, under the intent whose answer
 *       was rated (the reply thanking for it counts nothing else).</li>
 * </ul>
 */
public final class UsageCounter implements ReplyListener {

    /** The intent of counts that have none (conversations). */
    public static final String NO_INTENT = "-";
    static final String LEGEVAKT = "legevakt";
    /** The measures of "was this helpful?" presses. */
    public static final String HELPFUL_YES = "helpful_yes";
    public static final String HELPFUL_NO = "helpful_no";

    private final StaffRecords store;
    private final String channel;

    /** Counts into {@code store} under {@code channel} ({@code telegram}, {@code console}, {@code studio}). */
    public UsageCounter(StaffRecords store, String channel) {
        this.store = store;
        this.channel = channel;
    }

    @Override
    public void replied(Answered a) {
        Reply r = a.reply();
        LocalDate day = a.at().atZone(OsloClock.ZONE).toLocalDate();
        List<UsageKey> keys = new ArrayList<>();
        if (a.newSession()) {
            keys.add(key(day, r.language(), NO_INTENT, "conversation"));
        }
        for (String measure : measures(r)) {
            keys.add(key(day, r.language(), r.intent(), measure));
        }
        if (r.rated() != null) {
            keys.add(key(day, r.language(), r.rated().intent(), r.rated().helpful() ? HELPFUL_YES : HELPFUL_NO));
        }
        add(keys);
    }

    static List<String> measures(Reply r) {
        List<String> m = new ArrayList<>();
        switch (r.kind()) {
            case ANSWER -> {
                m.add("answer");
                if (r.outcome() != null) {
                    m.add("flow_finished");
                }
            }
            case EMERGENCY -> m.add("emergency");
            case FALLBACK -> m.add("fallback");
            case CLARIFY -> m.add("clarify");
            case GAVE_UP -> m.add("flow_abandoned");
            case COMMAND -> {
                if (r.intent().equals("flow_stopped")) {
                    m.add("flow_abandoned");
                }
            }
            default -> { }
        }
        if (r.intent().equals(LEGEVAKT) && r.kind() != ReplyKind.COMMAND) {
            m.add(LEGEVAKT);
        }
        return m;
    }

    private UsageKey key(LocalDate day, String language, String intent, String measure) {
        return new UsageKey(day, channel, language, intent, measure);
    }

    private void add(List<UsageKey> keys) {
        try {
            for (UsageKey k : keys) {
                store.addCount(k, 1);
            }
        } catch (StoreUnavailableException e) {
            // the store logs its outages once a minute; a count is not worth more
        }
    }
}
