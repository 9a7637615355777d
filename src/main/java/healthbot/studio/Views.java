package healthbot.studio;

import healthbot.content.Content;
import healthbot.content.Problem;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.Why;
import healthbot.rules.Decision;
import healthbot.rules.Fact;
import healthbot.rules.Source;
import healthbot.scripts.ScriptResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the page reads, as JSON-ready records; built from the engine's values, never the reverse. */
final class Views {

    private Views() {
    }

    /** @param language the language chosen for the chat, or null when the bot tells it from the messages */
    record ChatView(String id, String name, String now, String region, String language, String start,
                    boolean restartedByReload, List<ExchangeView> exchanges) {}

    /**
     * @param lang the language the reply is written in, for the page's {@code lang} attribute
     * @param dir  its direction, {@code rtl} or {@code ltr}, for the page's {@code dir} attribute
     */
    record ExchangeView(int number, String said, List<MessageView> messages, String lang, String dir, WhyView why) {}

    record MessageView(String text, List<String> buttons) {}

    record Guess(String intent, double confidence) {}

    record SlotView(String name, String value, Integer fromMessage) {}

    record SourceView(String id, String title, String region) {}

    record FactView(String key, String value, String source, Integer year) {}

    /**
     * The "Why" beside a reply.
     *
     * @param intent    what the reply answers (an intent, "fallback" or a command)
     * @param top       the classifier's best guess for the message (null when it was not classified)
     * @param runnerUp  its second guess
     * @param computed  values the rule worked out for the answer (e.g. a refund), by name
     * @param filled    the slots this message filled (it was read as an answer, whatever the classifier thought)
     * @param triage    how the message was graded (null when it was not read)
     */
    record WhyView(String intent, double confidence, Guess top, Guess runnerUp, String emergencyTrigger,
                   String languageDetected, String answeredIn, String flow, List<SlotView> slots, List<String> filled,
                   String awaiting,
                   String outcome, Map<String, String> computed, List<String> reasons, List<SourceView> sources,
                   List<FactView> facts, TriageView triage) {}

    /**
     * The message's urgency as the one assessment decided it.
     *
     * @param grade      NONE, GREEN, NAMED, DENTAL, YELLOW or RED
     * @param group      the symptom group ("stroke"; "emergency" for the emergency words), or null
     * @param matched    the signs that decided it, as written in the triage files
     * @param discounted signs found but not counted, with why (negated, in the past, a figure of speech)
     * @param urgency    how routing answered it (NONE, POINTER, EMERGENCY, SOON, DENTIST, GP)
     * @param because    why this number, in a sentence
     */
    record TriageView(String grade, String group, List<String> matched, List<String> discounted, String urgency,
                      String because) {}

    /** @param where {@code file:line:col} as editors and {@code validate} write it */
    record ProblemView(String file, int line, int column, String message, String where) {}

    record ScriptView(String file, String title, boolean passed, String failure) {}

    static ChatView chat(StudioChat chat, Content content, boolean restarted) {
        List<ExchangeView> exchanges = new ArrayList<>();
        int n = 0;
        for (StudioChat.Exchange e : chat.exchanges()) {
            exchanges.add(exchange(++n, e, content));
        }
        return new ChatView(chat.id, chat.name, chat.now(), chat.region(), chat.language(), chat.start(), restarted, exchanges);
    }

    static ExchangeView exchange(int number, StudioChat.Exchange e, Content content) {
        List<MessageView> messages = e.reply().messages().stream()
                .map((OutMessage m) -> new MessageView(m.text(), m.buttons())).toList();
        String language = e.reply().language();
        boolean rtl = content.languages().has(language) && content.languages().get(language).rightToLeft();
        return new ExchangeView(number, e.said(), messages, language, rtl ? "rtl" : "ltr", why(number, e, content));
    }

    static WhyView why(int number, StudioChat.Exchange e, Content content) {
        Reply r = e.reply();
        Why w = e.why();
        if (w == null) {
            return new WhyView(r.intent(), r.confidence(), null, null, null, null, null, null, List.of(), List.of(),
                    r.awaiting(), r.outcome(), Map.of(), List.of(), List.of(), List.of(), null);
        }
        Guess top = w.classifier() == null ? null : new Guess(w.classifier().intent(), w.classifier().confidence());
        Guess second = w.classifier() == null ? null
                : new Guess(w.classifier().runnerUp(), w.classifier().runnerUpConfidence());
        List<SlotView> slots = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        for (Map.Entry<String, Object> s : new java.util.TreeMap<>(w.slots()).entrySet()) {
            Integer from = e.slotOrigins().get(s.getKey());
            slots.add(new SlotView(s.getKey(), String.valueOf(s.getValue()), from));
            if (from != null && from == number) {
                filled.add(s.getKey());
            }
        }
        Decision d = w.decision();
        List<SourceView> sources = new ArrayList<>();
        if (d != null) {
            for (String id : content.sources().keySet()) {
                if (d.sources().contains(id)) {
                    Source s = content.source(id);
                    sources.add(new SourceView(id, s.title(), s.region()));
                }
            }
        }
        List<FactView> facts = new ArrayList<>();
        for (String key : w.factKeys()) {
            Fact f = content.facts().get(key);
            if (f != null) {
                Source s = content.sources().get(f.sourceId());
                facts.add(new FactView(key, f.value(), s == null ? f.sourceId() : s.title(), f.year()));
            }
        }
        Map<String, String> variables = new java.util.TreeMap<>();
        if (d != null) {
            d.variables().forEach((name, value) -> variables.put(name, value.plain()));
        }
        return new WhyView(r.intent(), r.confidence(), top, second, w.emergencyTrigger(), w.detected(),
                w.answeredIn(), w.flow(), slots, filled, r.awaiting(), d == null ? null : d.outcome(), variables,
                d == null ? List.of() : d.reasons(), sources, facts, triage(w));
    }

    private static TriageView triage(Why w) {
        Why.Triage t = w.triage();
        return t == null ? null : new TriageView(t.grade(), t.group(), t.matched(), t.discounted(), t.urgency(), t.because());
    }

    /** A problem with its file shown relative to {@code base} (the content folder's parent), as staff see it. */
    static ProblemView problem(Problem p, Path base) {
        Problem shown = new Problem(relative(p.file(), base), p.line(), p.column(), p.message());
        return new ProblemView(shown.file().toString(), p.line(), p.column(), p.message(),
                shown.toString().substring(0, shown.toString().length() - p.message().length() - 2));
    }

    static ScriptView script(ScriptResult r, Path base) {
        String failure = r.failure() == null ? null : r.failure().replace(base.toString() + java.io.File.separator, "");
        return new ScriptView(relative(r.file(), base).toString(), r.title(), r.passed(), failure);
    }

    private static Path relative(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : file;
    }
}
