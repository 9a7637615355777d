package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.LocalizedTemplate;
import healthbot.content.Region;
import healthbot.nlu.Nlu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The conversation engine shared by every channel. One instance serves all chats; calls for
 * different chats run in parallel, calls for one chat are serialised on its session.
 *
 * <p>Each message is answered by a {@link Turn}; what all turns read is in {@link Knowledge}.
 */
public final class Bot {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final Knowledge k;
    private final SessionStore sessions;

    public Bot(Content content, Nlu nlu, Clock clock, Predicate<LocalDate> publicHoliday) {
        this.k = new Knowledge(content, nlu, clock, publicHoliday);
        this.sessions = new SessionStore(clock, Duration.ofMinutes(content.settings().sessionIdleMinutes()));
    }

    public Content content() {
        return k.content;
    }

    /** Answers one text message (or a button label sent as text) in a chat. Never throws for any input. */
    public Reply handle(String chatId, String message) {
        long started = System.nanoTime();
        Session session = sessions.get(chatId);
        Reply reply;
        synchronized (session) {
            reply = guarded(chatId, session, turn -> turn.onText(message == null ? "" : message));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("chat {} intent={} confidence={} awaiting={} micros={}", chatId, reply.intent(),
                    String.format(Locale.ROOT, "%.2f", reply.confidence()), reply.awaiting(),
                    (System.nanoTime() - started) / 1000);
        }
        return reply;
    }

    /**
     * A button pressed in a channel that sends ids instead of labels (Telegram).
     *
     * @return the reply, or empty when the buttons are no longer current (an old keyboard)
     */
    public Optional<Reply> press(String chatId, int offerId, int index) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            if (offerId != session.offerId || index < 0 || index >= session.offer.size()) {
                return Optional.empty();
            }
            ButtonAction action = session.offer.get(index);
            String label = session.offerLabels.get(index);
            return Optional.of(guarded(chatId, session, turn -> turn.onPress(label, action)));
        }
    }

    /**
     * Runs one turn so that a failure costs one answer, never the conversation: the session is
     * snapshotted first and, if the turn throws, put back as it was before the message, and the
     * user gets {@link TurnFailure}'s reply. With a session store, "don't save on failure" gives
     * the same guarantee.
     */
    private Reply guarded(String chatId, Session session, Function<Turn, Reply> work) {
        Session before = session.snapshot();
        Turn turn = new Turn(k, session);
        try {
            return work.apply(turn);
        } catch (RuntimeException | StackOverflowError e) {
            session.restore(before);
            TurnFailure.log(chatId, turn, e);
            return new Turn(k, session).failed(TurnFailure.lookedLikeEmergency(k, turn));
        }
    }

    /** Deletes everything remembered about a chat. */
    public Reply forget(String chatId) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            Reply r = new Turn(k, session).sayUi("forget", "forgot", List.of()); // in the chat's language
            session.clear();
            sessions.forget(chatId);
            return r;
        }
    }

    /** The polite answer to a photo, sticker, voice message or anything else that is not text. */
    public Reply nonText(String chatId) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            return new Turn(k, session).sayUi("non_text", "non_text", List.of());
        }
    }

    /** An engine text from settings.json ({@code ui}) in the chat's language, e.g. {@code stale_buttons}. */
    public String uiText(String chatId, String key) {
        LocalizedTemplate t = k.ui.get(key);
        if (t == null) {
            throw new IllegalArgumentException("settings.json has no ui text '" + key + "'");
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            return t.render(session.language, k.content, Map.of());
        }
    }

    /** Sets the region a chat has told us, as if the user had said it (dialogue scripts, tests). */
    public void presetRegion(String chatId, String regionId) {
        if (k.content.settings().regions().stream().noneMatch(r -> r.id().equals(regionId))) {
            throw new IllegalArgumentException("unknown region '" + regionId + "'; known: "
                    + k.content.settings().regions().stream().map(Region::id).toList());
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            session.region = regionId;
        }
    }

    /** Starts an intent as if its button had been pressed (dialogue scripts' start state). */
    public Reply startIntent(String chatId, String intentName) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            String name = k.intent(intentName).name();
            return guarded(chatId, session, turn -> turn.perform(new ButtonAction.GoTo(name), null));
        }
    }

    /** The flow a chat is in the middle of (asking, or paused by a digression or an emergency), if any. */
    public Optional<String> flowInProgress(String chatId) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            FlowState f = session.flow != null ? session.flow : session.paused;
            return f == null ? Optional.empty() : Optional.of(f.flow());
        }
    }

    public int sessionCount() {
        return sessions.size();
    }
}
