package healthbot.dialogue;

import healthbot.content.Intent;
import healthbot.content.Localized;
import healthbot.content.Template;
import healthbot.rules.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one turn's reply: its messages and buttons, its kind, the sources it cites and the
 * facts it uses; renders texts in the chat's language (a text not translated yet falls back along
 * the language's chain and gets a one-line note in the chat's language); puts the 113 pointer
 * first when asked; and, at {@link #finish}, records the offered buttons in the session.
 */
final class ReplyBuilder {

    private final Knowledge k;
    private final Session session;
    private final List<OutMessage> messages = new ArrayList<>();
    private final List<ButtonAction> actions = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Set<String> factKeys = new LinkedHashSet<>();
    private ReplyKind kind = ReplyKind.ANSWER;
    private String prefix;
    private boolean pointer;
    /** A line put after the first paragraph of the first message (why this number), or null. */
    private String reason;
    /** Set while rendering a text that fell back to another language; the next emitted message gets the note. */
    private boolean untranslated;
    /** The language this reply is written in when it is not the chat's (a message in a language the bot does not speak). */
    private String language;
    /** The "was this helpful?" press this reply thanks for, or null. */
    private Reply.Rating rated;

    ReplyBuilder(Knowledge k, Session session) {
        this.k = k;
        this.session = session;
    }

    /** Writes this reply in {@code code} instead of the chat's language (the chat's language is kept). */
    void writeIn(String code) {
        language = code;
    }

    private String language() {
        return language != null ? language : session.language;
    }

    /** What the reply is; an emergency stays an emergency whatever follows. */
    void kind(ReplyKind kind) {
        if (this.kind != ReplyKind.EMERGENCY) {
            this.kind = kind;
        }
    }

    /** A line put before the first message. */
    void prefix(String line) {
        prefix = prefix == null ? line : prefix + "\n" + line;
    }

    /** "If a life is in danger, call 113 now." as the first line. */
    void pointTo113() {
        prefix(ui("emergency_prefix"));
        pointer = true;
    }

    /** A line put after the first paragraph of the first message ("What you describe can be life-threatening."). */
    void reasonAfterFirstParagraph(String line) {
        reason = line;
    }

    Set<String> factKeys() {
        return factKeys;
    }

    /** A text in the chat's language, or from its fallback chain (then noted), with values written as that text's language writes them. */
    String render(Localized<Template> text, Map<String, Value> variables) {
        Localized.Resolved<Template> r = text.resolve(language());
        if (!r.language().equals(language())) {
            untranslated = true;
        }
        return r.value().render(k.content, variables, k.language(r.language()));
    }

    /** An engine text in the chat's language. */
    String ui(String key) {
        Localized.Resolved<Template> r = k.ui.get(key).resolve(language());
        return r.value().render(k.content, k.language(r.language()));
    }

    /** An engine text in the chat's language with typed values filled in. */
    String ui(String key, Map<String, Value> variables) {
        Localized.Resolved<Template> r = k.ui.get(key).resolve(language());
        return r.value().render(k.content, variables, k.language(r.language()));
    }

    /**
     * A counted engine text ("3 weeks", "21 тиждень"): the form {@code key_one}, {@code key_few} or
     * {@code key} that the plural rule of the text's language picks for {@code count}.
     */
    String uiCounted(String key, java.math.BigDecimal count, Map<String, Value> variables) {
        String writtenIn = k.ui.get(key).resolve(language()).language();
        return ui(key + k.language(writtenIn).plural().suffix(count), variables);
    }

    String label(Intent intent) {
        return intent.label().in(language());
    }

    /**
     * The source line ("Source: title (region); ...") of an answer from the given sources and the facts
     * its template uses, or null when it cites none; the sources become the reply's.
     */
    String sourceLine(Set<String> sourceIds, Localized<Template> template, Set<String> more) {
        Set<String> fromFacts = k.sourcesOfFacts(template);
        factKeys.addAll(template.in(language()).factKeys());
        StringBuilder line = null;
        for (String id : k.content.sources().keySet()) {
            if (sourceIds.contains(id) || more.contains(id) || fromFacts.contains(id)) {
                sources.add(id);
                var src = k.content.source(id);
                line = line == null ? new StringBuilder(ui("source_prefix")).append(": ") : line.append("; ");
                line.append(src.title()).append(" (").append(src.region()).append(')');
            }
        }
        return line == null ? null : line.toString();
    }

    void emitWithIntentButtons(String text, Intent intent) {
        emitWithIntentButtons(text, null, intent);
    }

    void emitWithIntentButtons(String text, String sourceLine, Intent intent) {
        List<String> buttonLabels = new ArrayList<>();
        List<ButtonAction> buttonActions = new ArrayList<>();
        for (String target : intent.buttons()) {
            buttonLabels.add(label(k.intent(target)));
            buttonActions.add(new ButtonAction.GoTo(target));
        }
        emit(text, sourceLine, buttonLabels, buttonActions);
    }

    void emit(String text, List<String> buttonLabels, List<ButtonAction> buttonActions) {
        emit(text, null, buttonLabels, buttonActions);
    }

    /** A message: the 113 pointer first (first message only), the text, the untranslated note, the source line. */
    void emit(String text, String sourceLine, List<String> buttonLabels, List<ButtonAction> buttonActions) {
        if (reason != null && messages.isEmpty()) {
            int end = text.indexOf("\n\n");
            text = end < 0 ? text + "\n\n" + reason : text.substring(0, end) + "\n\n" + reason + text.substring(end);
        }
        if (prefix != null && messages.isEmpty()) {
            text = prefix + "\n\n" + text;
        }
        if (untranslated) {
            untranslated = false;
            Localized.Resolved<Template> note = k.ui.get("untranslated").resolve(language());
            if (note.language().equals(language())) { // a note the resident cannot read helps no one
                text = text + "\n\n" + note.value().render(k.content, k.language(note.language()));
            }
        }
        if (sourceLine != null) {
            text = text + "\n\n" + sourceLine;
        }
        if (k.language(language()).rightToLeft()) { // phone numbers and hours stay in their order in right-to-left text
            text = BidiText.isolateNumbers(text);
            sourceLine = sourceLine == null ? null : BidiText.isolateNumbers(sourceLine);
        }
        messages.add(new OutMessage(text, buttonLabels, sourceLine));
        labels.addAll(buttonLabels);
        actions.addAll(buttonActions);
    }

    /** One more button on the last message. */
    void addButton(String label, ButtonAction action) {
        OutMessage last = messages.remove(messages.size() - 1);
        List<String> buttons = new ArrayList<>(last.buttons());
        buttons.add(label);
        messages.add(new OutMessage(last.text(), buttons, last.sourceLine()));
        labels.add(label);
        actions.add(action);
    }

    /**
     * "Was this helpful?" as two more buttons on the last message (the answer itself, so the question
     * costs no message of its own), rating {@code intent}'s answer.
     */
    void askHelpful(String intent) {
        addButton(ui("helpful_yes"), new ButtonAction.Rate(intent, true));
        addButton(ui("helpful_no"), new ButtonAction.Rate(intent, false));
    }

    /**
     * The thanks for a "was this helpful?" press: the rest of the answer's buttons stay offered (its
     * related topics), the rating buttons go, so a second press is stale and never counted twice.
     */
    Reply thank(ButtonAction.Rate rate) {
        List<String> keptLabels = new ArrayList<>();
        List<ButtonAction> keptActions = new ArrayList<>();
        for (int i = 0; i < session.offer.size(); i++) {
            if (!(session.offer.get(i) instanceof ButtonAction.Rate)) {
                keptLabels.add(session.offerLabels.get(i));
                keptActions.add(session.offer.get(i));
            }
        }
        kind(ReplyKind.COMMAND);
        emit(ui("helpful_thanks"), keptLabels, keptActions);
        rated = new Reply.Rating(rate.intent(), rate.helpful());
        return finish("helpful", 1.0, null);
    }

    /**
     * A button label sent as text after its buttons went out of date (a "was this helpful?" label
     * typed again): said so, and the buttons that are current offered again, so a question being
     * asked stays open exactly as it was.
     */
    Reply staleButtons() {
        kind(ReplyKind.NOTICE);
        emit(ui("stale_buttons"), session.offerLabels, session.offer);
        return finish("stale_buttons", 1.0, null);
    }

    /** An engine text as the whole reply, with buttons to these intents. */
    Reply sayUi(ReplyKind kind, String event, String uiKey, List<String> intentButtons) {
        List<ButtonAction> buttonActions = new ArrayList<>();
        List<String> buttonLabels = new ArrayList<>();
        for (String target : intentButtons) {
            buttonLabels.add(label(k.intent(target)));
            buttonActions.add(new ButtonAction.GoTo(target));
        }
        kind(kind);
        emit(ui(uiKey), buttonLabels, buttonActions);
        return finish(event, 1.0, null);
    }

    /**
     * {@code /privacy}: what is kept and for how long (the session's idle time; the "was this
     * helpful?" counts when asked; the review inbox's days when it is on), in the chat's language or its fallback, with the note when untranslated.
     */
    Reply privacy() {
        Map<String, Value> values = Map.of("minutes", new Value.Whole(k.content.settings().sessionIdleMinutes()),
                "days", new Value.Whole(k.reviewDays));
        String text = render(k.ui.get("privacy"), values);
        if (k.content.settings().askHelpful()) {
            text = text + "\n\n" + render(k.ui.get("privacy_helpful"), values);
        }
        if (k.reviewDays > 0) {
            text = text + "\n\n" + render(k.ui.get("privacy_review"), values);
        }
        kind(ReplyKind.COMMAND);
        emit(text, List.of(), List.of());
        return finish("privacy", 1.0, null);
    }

    /** The reply; the offered buttons become the session's current offer. */
    Reply finish(String intentName, double confidence, String outcome) {
        session.offer = List.copyOf(actions);
        session.offerLabels = List.copyOf(labels);
        session.offerId++;
        String awaiting = session.flow == null ? null : session.flow.awaiting();
        return new Reply(messages, kind, intentName, confidence, awaiting, session.offerId, outcome, language(),
                sources, pointer || kind == ReplyKind.EMERGENCY, rated);
    }
}
