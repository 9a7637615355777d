package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Localized;
import healthbot.content.Region;
import healthbot.content.Template;
import healthbot.nlu.Nlu;
import healthbot.store.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The conversation engine shared by every channel. One instance serves all chats; calls for
 * different chats run in parallel, calls for one chat are serialised on its session.
 *
 * <p>Each message is answered by a {@link Turn}; what all turns read is in {@link Knowledge}.
 *
 * <p>Sessions live either in this object's memory (consoles, scripts, eval) or, given a
 * {@link ConversationStore}, in that store between messages ({@link StoredSessions}: load or
 * fresh, answer, save; a turn that throws saves nothing; a store outage falls back to memory).
 * Every public method goes through {@link #inSession}, which picks the one or the other.
 *
 * <p>Every reply to a resident's message (or button) is told to the {@link ReplyListener}s after
 * the turn and its save, outside the chat's lock.
 */
public final class Bot {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final Knowledge k;
    private final SessionStore sessions;
    /** Non-null when sessions live in a store between messages; {@link #sessions} is then unused. */
    private final StoredSessions stored;
    private final List<ReplyListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    /** A turn's reply with what the listeners are told of it. */
    private record Done(Reply reply, Turn turn, boolean newSession) {}

    /** A bot keeping sessions in its own memory. */
    public Bot(Content content, Nlu nlu, Clock clock, Predicate<LocalDate> publicHoliday) {
        this(content, nlu, clock, publicHoliday, null);
    }

    /** A bot keeping sessions in {@code store} between messages (null: in its own memory). */
    public Bot(Content content, Nlu nlu, Clock clock, Predicate<LocalDate> publicHoliday, ConversationStore store) {
        this.k = new Knowledge(content, nlu, clock, publicHoliday);
        this.clock = clock;
        Duration idle = Duration.ofMinutes(content.settings().sessionIdleMinutes());
        String language = content.languages().source();
        this.sessions = new SessionStore(clock, idle, language);
        this.stored = store == null ? null : new StoredSessions(store, new SessionCodec(k), clock, idle, language);
    }

    /** Tells {@code listener} of every reply from now on. */
    public void listen(ReplyListener listener) {
        listeners.add(listener);
    }

    private Reply told(Done done) {
        if (!listeners.isEmpty()) {
            Turn t = done.turn();
            ReplyListener.Answered a = new ReplyListener.Answered(done.reply(),
                    t == null || t.understood == null ? null : t.understood.prediction(), t == null ? null : t.text,
                    done.newSession(), Instant.now(clock));
            for (ReplyListener l : listeners) {
                try {
                    l.replied(a);
                } catch (RuntimeException e) {
                    LOG.error("a reply listener failed: {}", e.getClass().getName(), e);
                }
            }
        }
        return done.reply();
    }

    public Content content() {
        return k.content;
    }

    /** Answers one text message (or a button label sent as text) in a chat. Never throws for any input. */
    public Reply handle(String chatId, String message) {
        return handle(chatId, message, ConversationStore.NO_FENCE);
    }

    /**
     * {@link #handle(String, String)} for a caller holding the store's lock on the chat
     * ({@link ConversationStore#lockChat}); {@code fence} is that lock's fence.
     *
     * @throws healthbot.store.StaleFenceException when the lock was lost meanwhile: the answer was not saved, do not send it
     */
    public Reply handle(String chatId, String message, long fence) {
        return handle(chatId, message, fence, null);
    }

    /**
     * {@link #handle(String, String, long)} with the language the person's app is set to (Telegram's
     * {@code language_code}: "pl", "nb-NO"), which a new conversation starts in when the content speaks
     * it; the message's own language still wins as soon as it shows one.
     */
    public Reply handle(String chatId, String message, long fence, String appLanguage) {
        String prior = k.content.languages().forTag(appLanguage).orElse(null);
        if (stored != null) {
            return handleStored(chatId, message, fence, prior);
        }
        long started = System.nanoTime();
        Session session = sessions.get(chatId);
        Done done;
        synchronized (session) {
            done = guarded(chatId, session, prior, turn -> turn.onText(message == null ? "" : message));
        }
        logTurn(chatId, done.reply(), started);
        return told(done);
    }

    /** {@link #handle} with the session loaded from and saved to the store. */
    private Reply handleStored(String chatId, String message, long fence, String prior) {
        long started = System.nanoTime();
        Done done;
        try {
            // a turn that throws is undone inside guarded, so what is saved is the session as it was
            done = stored.with(chatId, fence, true, s -> guarded(chatId, s, prior, turn -> turn.onText(message == null ? "" : message)));
        } catch (healthbot.store.StaleFenceException e) {
            throw e;
        } catch (RuntimeException e) {
            // Loading or saving failed (not the turn): answer from the session as it was, which stays usable.
            LOG.error("chat {}: failed to answer a message", chatId, e);
            done = stored.with(chatId, fence, true, s -> new Done(
                    new Turn(k, s).say(ReplyKind.FALLBACK, "fallback", 0, k.fallback.answer(), k.fallback), null, false));
        }
        logTurn(chatId, done.reply(), started);
        return told(done);
    }

    private static void logTurn(String chatId, Reply reply, long started) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("chat {} intent={} confidence={} awaiting={} micros={}", chatId, reply.intent(),
                    String.format(Locale.ROOT, "%.2f", reply.confidence()), reply.awaiting(),
                    (System.nanoTime() - started) / 1000);
        }
    }

    /**
     * A reply and what decided it.
     *
     * @param reply the reply, exactly as {@link #handle} gives it
     * @param why   what decided it (for staff tools: the studio's "Why"; never logged)
     */
    public record Traced(Reply reply, Why why) {}

    /** {@link #handle}, plus what decided the reply. For staff tools. */
    public Traced handleTraced(String chatId, String message) {
        if (stored != null) { // sessions in a store: loaded and saved as by handle
            try {
                return stored.with(chatId, ConversationStore.NO_FENCE, true, s -> traced(chatId, s, message));
            } catch (RuntimeException e) {
                // Loading or saving failed (not the turn): answer from the session as it was.
                LOG.error("chat {}: failed to answer a message", chatId, e);
                return stored.with(chatId, ConversationStore.NO_FENCE, true, s -> {
                    Turn fallback = new Turn(k, s);
                    return new Traced(fallback.say(ReplyKind.FALLBACK, "fallback", 0, k.fallback.answer(), k.fallback),
                            Why.of(fallback, s));
                });
            }
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            return traced(chatId, session, message);
        }
    }

    /** One traced turn on a session, undone and apologised for if it throws (as {@link #guarded}). */
    private Traced traced(String chatId, Session session, String message) {
        Session before = session.snapshot();
        Turn turn = new Turn(k, session);
        try {
            return new Traced(turn.onText(message == null ? "" : message), Why.of(turn, session));
        } catch (RuntimeException | StackOverflowError e) {
            Turn apology = new Turn(k, session);
            return new Traced(undo(chatId, session, before, turn, e, apology), Why.of(apology, session));
        }
    }

    /**
     * A button pressed in a channel that sends ids instead of labels (Telegram).
     *
     * @return the reply, or empty when the buttons are no longer current (an old keyboard)
     */
    public Optional<Reply> press(String chatId, int offerId, int index) {
        return press(chatId, offerId, index, ConversationStore.NO_FENCE);
    }

    /** {@link #press(String, int, int)} under the store's chat lock with this {@code fence}. */
    public Optional<Reply> press(String chatId, int offerId, int index, long fence) {
        Optional<Done> done = inSession(chatId, fence, true, session -> {
            if (offerId != session.offerId || index < 0 || index >= session.offer.size()) {
                return Optional.empty();
            }
            ButtonAction action = session.offer.get(index);
            String label = session.offerLabels.get(index);
            return Optional.of(guarded(chatId, session, null, turn -> turn.onPress(label, action)));
        });
        return done.map(this::told);
    }

    /**
     * Runs one turn so that a failure costs one answer, never the conversation: the session is
     * snapshotted first and, if the turn throws, put back as it was before the message, and the
     * user gets {@link TurnFailure}'s reply. With a store, the session put back is what is saved,
     * so the stored conversation is as it was before the message too.
     */
    private Done guarded(String chatId, Session session, String prior, Function<Turn, Reply> work) {
        boolean fresh = session.fresh;
        session.fresh = false;
        if (fresh && prior != null) {
            session.language = prior; // a new conversation starts in the app's language
        }
        Session before = session.snapshot();
        Turn turn = new Turn(k, session);
        try {
            return new Done(work.apply(turn), turn, fresh);
        } catch (RuntimeException | StackOverflowError e) {
            return new Done(undo(chatId, session, before, turn, e, new Turn(k, session)), turn, fresh);
        }
    }

    /** After {@code failed} threw: the session put back, the error logged once, {@code apology} said. */
    private Reply undo(String chatId, Session session, Session before, Turn failed, Throwable e, Turn apology) {
        session.restore(before);
        TurnFailure.log(chatId, failed, e);
        return apology.failed(TurnFailure.lookedLikeEmergency(k, failed));
    }

    /** Deletes everything remembered about a chat. */
    public Reply forget(String chatId) {
        if (stored != null) {
            Reply r = stored.with(chatId, ConversationStore.NO_FENCE, false,
                    s -> new Turn(k, s).sayUi(ReplyKind.COMMAND, "forget", "forgot", List.of())); // in the chat's language
            stored.forget(chatId); // from the store at once
            return r;
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            Reply r = new Turn(k, session).sayUi(ReplyKind.COMMAND, "forget", "forgot", List.of()); // in the chat's language
            session.clear();
            sessions.forget(chatId);
            return r;
        }
    }

    /** The polite answer to a photo, sticker, voice message or anything else that is not text. */
    public Reply nonText(String chatId) {
        return told(inSession(chatId, ConversationStore.NO_FENCE, true, session -> {
            boolean fresh = session.fresh;
            session.fresh = false;
            return new Done(new Turn(k, session).sayUi(ReplyKind.NOTICE, "non_text", "non_text", List.of()), null, fresh);
        }));
    }

    /** An engine text from settings.json ({@code ui}) in the chat's language, e.g. {@code stale_buttons}. */
    public String uiText(String chatId, String key) {
        Localized<Template> t = k.ui.get(key);
        if (t == null) {
            throw new IllegalArgumentException("texts.json has no ui text '" + key + "'");
        }
        return inSession(chatId, ConversationStore.NO_FENCE, false, session -> {
            Localized.Resolved<Template> r = t.resolve(session.language);
            return r.value().render(k.content, k.language(r.language()));
        });
    }

    /**
     * The descriptions of the Telegram menu's commands ({@code commands.NAME} texts), per language:
     * language code to command name to description; the source language's are the default menu.
     */
    public Map<String, Map<String, String>> commandMenu() {
        Map<String, Map<String, String>> menus = new LinkedHashMap<>();
        for (String language : k.content.languages().codes()) {
            Map<String, String> menu = new LinkedHashMap<>();
            for (String command : healthbot.content.ContentLoader.COMMANDS) {
                var text = k.content.texts().get("commands." + command);
                var own = text == null ? null : text.get(language);
                if (own != null) {
                    menu.put(command, own.value());
                }
            }
            if (menu.size() == healthbot.content.ContentLoader.COMMANDS.size()) {
                menus.put(language, menu); // a language with every description translated gets its own menu
            }
        }
        return menus;
    }

    /** The source language's code (the default menu's language). */
    public String sourceLanguage() {
        return k.content.languages().source();
    }

    /** Sets the region a chat has told us, as if the user had said it (dialogue scripts, tests). */
    public void presetRegion(String chatId, String regionId) {
        if (k.content.settings().regions().stream().noneMatch(r -> r.id().equals(regionId))) {
            throw new IllegalArgumentException("unknown region '" + regionId + "'; known: "
                    + k.content.settings().regions().stream().map(Region::id).toList());
        }
        inSession(chatId, ConversationStore.NO_FENCE, true, session -> session.region = regionId);
    }

    /** Starts an intent as if its button had been pressed (dialogue scripts' start state). */
    public Reply startIntent(String chatId, String intentName) {
        String name = k.intent(intentName).name();
        return told(inSession(chatId, ConversationStore.NO_FENCE, true,
                session -> guarded(chatId, session, null, turn -> turn.perform(new ButtonAction.GoTo(name), null))));
    }

    /** The flow a chat is in the middle of (asking, or paused by a digression or an emergency), if any. */
    public Optional<String> flowInProgress(String chatId) {
        return inSession(chatId, ConversationStore.NO_FENCE, false, session -> {
            FlowState f = session.flow != null ? session.flow : session.paused;
            return f == null ? Optional.<String>empty() : Optional.of(f.flow());
        });
    }

    /** Sessions held (in the store when there is one; may scan it: not for every message). */
    public int sessionCount() {
        return stored == null ? sessions.size() : stored.size();
    }

    /** Runs {@code work} on the chat's session, one call per chat at a time; saves it to the store (if any) when {@code save}. */
    private <T> T inSession(String chatId, long fence, boolean save, Function<Session, T> work) {
        if (stored != null) {
            return stored.with(chatId, fence, save, work);
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            return work.apply(session);
        }
    }
}
