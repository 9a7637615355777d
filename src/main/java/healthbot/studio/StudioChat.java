package healthbot.studio;

import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;
import healthbot.dialogue.Why;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One conversation in the studio: its own bot (so its clock is its own), the settings a script
 * would start with ({@code now:}, {@code region:}, {@code start:}), the language it is answered in
 * (chosen in the page's language menu, as with {@code /language}) and what was said since the
 * last start. Changing a setting starts the conversation over, so a saved script always matches
 * it. Guarded by its own monitor.
 */
final class StudioChat {

    /** The chat id the bot sees; each studio chat has a bot of its own. */
    static final String CHAT = "studio";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * One message and the bot's answer.
     *
     * @param said        what was sent (null for a {@code start:} intent)
     * @param reply       the reply
     * @param why         what decided it
     * @param slotOrigins slot name to the number (1-based) of the message that filled it, for this flow
     */
    record Exchange(String said, Reply reply, Why why, Map<String, Integer> slotOrigins) {}

    final String id;
    String name;
    private String now;
    private String region;
    private String language;
    private String start;
    private Bot bot;
    private int contentVersion;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<String, Integer> origins = new LinkedHashMap<>();
    private String originsFlow;
    private boolean restartedByReload;

    StudioChat(String id, String name, LiveContent.Version content) {
        this.id = id;
        this.name = name;
        this.now = LocalDateTime.now(OsloClock.ZONE).truncatedTo(ChronoUnit.MINUTES).format(MINUTES);
        restart(content);
    }

    String now() {
        return now;
    }

    String region() {
        return region;
    }

    String start() {
        return start;
    }

    /** The language chosen for this conversation, or null to let the bot tell it from the messages. */
    String language() {
        return language;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Whether the content was reloaded since the last look, which started this conversation over. */
    boolean takeRestartedByReload() {
        boolean r = restartedByReload;
        restartedByReload = false;
        return r;
    }

    /** Follows a content reload: the conversation starts over with the new content. */
    void follow(LiveContent.Version content) {
        if (content.number() != contentVersion) {
            restart(content);
            restartedByReload = true;
        }
    }

    /**
     * New settings; the conversation starts over.
     *
     * @param newLanguage the language to answer in, or null or blank to let the bot tell it from the messages
     * @throws IllegalArgumentException when the time, region or language cannot be used, saying why
     */
    void configure(String newNow, String newRegion, String newLanguage, String newStart, LiveContent.Version content) {
        if (newNow != null && !newNow.isBlank()) {
            OsloClock.fixedOrSystem(newNow); // throws with a message saying how to write it
        }
        String oldNow = now;
        String oldRegion = region;
        String oldLanguage = language;
        String oldStart = start;
        now = newNow == null || newNow.isBlank() ? now : newNow.strip();
        region = newRegion == null || newRegion.isBlank() ? null : newRegion.strip();
        language = newLanguage == null || newLanguage.isBlank() ? null : newLanguage.strip();
        start = newStart;
        try {
            restart(content);
        } catch (IllegalArgumentException e) {
            now = oldNow;
            region = oldRegion;
            language = oldLanguage;
            start = oldStart;
            restart(content);
            throw e;
        }
    }

    void restart(LiveContent.Version content) {
        bot = new Bot(content.content(), content.nlu(), OsloClock.fixedOrSystem(now), Holidays.NORWAY);
        contentVersion = content.number();
        exchanges.clear();
        origins.clear();
        originsFlow = null;
        if (region != null) {
            bot.presetRegion(CHAT, region);
        }
        if (language != null && content.content().languages().has(language)) { // a language a reload removed is dropped
            bot.presetLanguage(CHAT, language);
        }
        if (start != null) {
            Reply r = bot.startIntent(CHAT, start);
            exchanges.add(new Exchange(null, r, null, Map.of()));
        }
    }

    Exchange say(String text) {
        Bot.Traced traced = bot.handleTraced(CHAT, text);
        Why why = traced.why();
        int number = exchanges.size() + 1;
        if (why.flow() == null || !why.flow().equals(originsFlow)) {
            origins.clear();
            originsFlow = why.flow();
        }
        for (String slot : why.slots().keySet()) {
            origins.putIfAbsent(slot, number);
        }
        Exchange e = new Exchange(text, traced.reply(), why, Map.copyOf(origins));
        exchanges.add(e);
        if (why.decision() != null) {
            originsFlow = null; // the flow is over; a new one counts afresh
        }
        return e;
    }

    /** Norway's public holidays, one calendar for every chat (it reads its files once). */
    static final class Holidays {
        static final Predicate<java.time.LocalDate> NORWAY = new healthbot.clock.NorwegianHolidays();

        private Holidays() {
        }
    }
}
