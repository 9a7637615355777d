package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Flow;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Language;
import healthbot.content.LocalizedTemplate;
import healthbot.content.Region;
import healthbot.content.SlotPrompt;
import healthbot.nlu.Analysis;
import healthbot.nlu.Nlu;
import healthbot.nlu.Prediction;
import healthbot.nlu.TextNormalizer;
import healthbot.rules.Answers;
import healthbot.rules.Decision;
import healthbot.rules.Rule;
import healthbot.rules.RuleContext;
import healthbot.rules.Rules;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;
import healthbot.rules.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The conversation engine shared by every channel. One instance serves all chats; calls for
 * different chats run in parallel, calls for one chat are serialised on its session.
 *
 * <p>Order of work for a message: clean it; commands; emergency (before anything else, in any
 * state); a button label; the answer to the question being asked (or a digression); a flow paused
 * by a digression; otherwise classify and answer.
 */
public final class Bot {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int MAX_REPROMPTS = 2;
    private static final Set<String> STOP_WORDS = Set.of("stop", "cancel", "quit", "exit", "avbryt", "stopp",
            "slutt", "glem det", "never mind", "nevermind", "forget it");
    private static final Set<String> CONTINUE_WORDS = Set.of("continue", "go on", "resume", "fortsett", "videre");

    private final Content content;
    private final Nlu nlu;
    private final Clock clock;
    private final Predicate<LocalDate> publicHoliday;
    private final SessionStore sessions;
    private final Map<String, LocalizedTemplate> ui = new HashMap<>();
    private final Intent emergency;
    private final Intent fallback;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new HashMap<>();
    private final Map<String, Map<String, List<String>>> choiceLabels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<LocalizedTemplate, Set<String>> factSources = new java.util.concurrent.ConcurrentHashMap<>();

    public Bot(Content content, Nlu nlu, Clock clock, Predicate<LocalDate> publicHoliday) {
        this.content = content;
        this.nlu = nlu;
        this.clock = clock;
        this.publicHoliday = publicHoliday;
        this.sessions = new SessionStore(clock, Duration.ofMinutes(content.settings().sessionIdleMinutes()));
        content.settings().ui().forEach((key, text) -> ui.put(key, LocalizedTemplate.parse(text)));
        content.intents().forEach(i -> intents.put(i.name(), i));
        this.emergency = content.intentOfKind(IntentKind.EMERGENCY);
        this.fallback = content.intentOfKind(IntentKind.FALLBACK);
        for (Flow flow : content.flows().values()) {
            rules.put(flow.name(), Rules.byName(flow.rule()).orElseThrow());
        }
    }

    public Content content() {
        return content;
    }

    /** Answers one text message (or a button label sent as text) in a chat. Never throws for any input. */
    public Reply handle(String chatId, String message) {
        long started = System.nanoTime();
        Session session = sessions.get(chatId);
        Reply reply;
        synchronized (session) {
            try {
                reply = new Turn(session).onText(message == null ? "" : message);
            } catch (RuntimeException e) {
                // A bug must cost one answer, not the conversation: say so, and keep the session usable.
                LOG.error("chat {}: failed to answer a message", chatId, e);
                session.flow = null;
                reply = new Turn(session).say("fallback", 0, fallback.answerTemplate(), fallback);
            }
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
            return Optional.of(new Turn(session).perform(action, null));
        }
    }

    /** Deletes everything remembered about a chat. */
    public Reply forget(String chatId) {
        sessions.forget(chatId);
        Session fresh = sessions.get(chatId);
        synchronized (fresh) {
            Reply r = new Turn(fresh).sayUi("forget", "forgot", List.of());
            sessions.forget(chatId);
            return r;
        }
    }

    /** The polite answer to a photo, sticker, voice message or anything else that is not text. */
    public Reply nonText(String chatId) {
        Session session = sessions.get(chatId);
        synchronized (session) {
            return new Turn(session).sayUi("non_text", "non_text", List.of());
        }
    }

    /** An engine text from settings.json ({@code ui}) in the chat's language, e.g. {@code stale_buttons}. */
    public String uiText(String chatId, String key) {
        LocalizedTemplate t = ui.get(key);
        if (t == null) {
            throw new IllegalArgumentException("settings.json has no ui text '" + key + "'");
        }
        Session session = sessions.get(chatId);
        synchronized (session) {
            return t.render(session.language, content, Map.of());
        }
    }

    /** Sets the region a chat has told us, as if the user had said it (dialogue scripts, tests). */
    public void presetRegion(String chatId, String regionId) {
        if (content.settings().regions().stream().noneMatch(r -> r.id().equals(regionId))) {
            throw new IllegalArgumentException("unknown region '" + regionId + "'; known: "
                    + content.settings().regions().stream().map(Region::id).toList());
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
            return new Turn(session).perform(new ButtonAction.GoTo(intent(intentName).name()), null);
        }
    }

    public int sessionCount() {
        return sessions.size();
    }

    /** One message being answered; collects the reply's messages and buttons. */
    private final class Turn {
        private final Session session;
        private final List<OutMessage> out = new ArrayList<>();
        private final List<ButtonAction> actions = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private String prefix;
        private String outcome;

        Turn(Session session) {
            this.session = session;
        }

        Reply onText(String raw) {
            String text = NumberMask.mask(clean(raw));
            int max = content.settings().maxMessageChars();
            if (text.length() > max) {
                text = text.substring(0, max);
                prefix = ui("cut_message");
            }
            if (!TextNormalizer.hasWords(text)) {
                return sayUi("fallback", "empty_message", List.of());
            }
            if (text.startsWith("/")) {
                Reply r = command(text);
                if (r != null) {
                    return r;
                }
            }
            Analysis analysis = nlu.analyze(text);
            ButtonAction pressed = session.buttonLabelled(text);
            if (analysis.language() != null && pressed == null) {
                session.language = analysis.language(); // a button label ("Østfold") says nothing of the language
            }
            Prediction p = analysis.prediction();
            if (analysis.emergency() || soundsLikeEmergency(p) && !answersTheQuestion(analysis)) {
                return onEmergency(p, analysis);
            }
            if (pressed != null) {
                return perform(pressed, analysis);
            }
            if (session.flow != null) {
                return continueFlow(analysis);
            }
            if (session.paused != null) {
                Reply resumed = tryResume(analysis);
                if (resumed != null) {
                    return resumed;
                }
            }
            return route(analysis);
        }

        /** No trigger word, but the classifier is sure ("my dad collapsed"). */
        private boolean soundsLikeEmergency(Prediction p) {
            return p.intent().equals(emergency.name()) && p.confidence() >= content.settings().emergencyConfidence();
        }

        /** Whether the message is an answer to the question being asked ("my daughter is 12"). */
        private boolean answersTheQuestion(Analysis analysis) {
            FlowState f = session.flow;
            return f != null && extract(f.flow(), slot(f.flow(), f.awaiting()), analysis.normalized(), true) != null;
        }

        private Reply command(String text) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String command = text.substring(0, end).toLowerCase(Locale.ROOT);
            int at = command.indexOf('@');
            if (at > 0) {
                command = command.substring(0, at);
            }
            switch (command) {
                case "/start" -> {
                    session.flow = null;
                    session.paused = null;
                    return answerIntent(intent("greeting"), null, 1.0);
                }
                case "/help" -> {
                    return answerIntent(intent("help"), null, 1.0);
                }
                case "/reset" -> {
                    session.clear();
                    return sayUi("reset", "reset_done", intent("greeting").buttons());
                }
                case "/emergency" -> {
                    return onEmergency(null, null);
                }
                default -> {
                    return null; // an unknown command is read as text
                }
            }
        }

        private Reply onEmergency(Prediction p, Analysis analysis) {
            if (session.flow != null) {
                session.paused = session.flow; // kept, not offered: this is not the moment
                session.flow = null;
            }
            if (p != null && emergency.buttons().contains(p.intent()) && p.confidence() >= threshold()
                    && analysis.normalized().indexOf(' ') > 0) {
                // "emergency dentist", "legevakt now": the specific answer, with 113 first; a bare
                // "emergency" gets the general answer with every number
                prefix = join(prefix, ui("emergency_prefix"));
                Reply specific = answerIntent(intent(p.intent()), analysis, p.confidence());
                return new Reply(specific.messages(), emergency.name(), 1.0, specific.awaiting(), specific.offerId(),
                        specific.outcome());
            }
            return answerIntent(emergency, analysis, 1.0);
        }

        Reply perform(ButtonAction action, Analysis analysis) {
            if (action instanceof ButtonAction.GoTo go) {
                return answerIntent(intent(go.intent()), null, 1.0);
            }
            if (action instanceof ButtonAction.Fill fill) {
                FlowState f = session.flow;
                if (f == null || !f.awaiting().equals(fill.slot())) {
                    return route(analysis == null ? nlu.analyze(String.valueOf(fill.value())) : analysis);
                }
                return step(f.with(f.answers().with(fill.slot(), fill.value())), 1.0);
            }
            if (action instanceof ButtonAction.Resume) {
                FlowState paused = session.paused;
                session.paused = null;
                if (paused == null) {
                    return sayUi("flow_stopped", "flow_stopped", intent("greeting").buttons());
                }
                return step(paused, 1.0);
            }
            session.flow = null;
            session.paused = null;
            return sayUi("flow_stopped", "flow_stopped", intent("greeting").buttons());
        }

        private Reply route(Analysis analysis) {
            Prediction p = analysis.prediction();
            if (p.intent().equals(fallback.name()) || p.confidence() < threshold()) {
                return answerIntent(fallback, analysis, p.intent().equals(fallback.name()) ? p.confidence() : 0);
            }
            if (!p.runnerUp().equals(fallback.name()) && p.confidence() - p.runnerUpConfidence() < nearTie()) {
                return didYouMean(p);
            }
            return answerIntent(intent(p.intent()), analysis, p.confidence());
        }

        private Reply didYouMean(Prediction p) {
            List<ButtonAction> choices = List.of(new ButtonAction.GoTo(p.intent()), new ButtonAction.GoTo(p.runnerUp()));
            List<String> choiceLabels = List.of(label(intent(p.intent())), label(intent(p.runnerUp())));
            emit(ui("did_you_mean"), choiceLabels, choices);
            return finish(p.intent(), p.confidence());
        }

        private Reply answerIntent(Intent intent, Analysis analysis, double confidence) {
            if (intent.answerTemplate() != null) {
                String text = intent.answerTemplate().render(session.language, content, Map.of());
                if (intent.kind() == IntentKind.TOPIC || intent.kind() == IntentKind.EMERGENCY) {
                    text = withSources(text, intent.sources(), intent.answerTemplate(), Set.of());
                }
                emitWithIntentButtons(text, intent);
            }
            if (intent.hasFlow()) {
                if (session.flow != null && !session.flow.flow().equals(intent.flow())) {
                    session.flow = null;
                }
                Answers known = prefill(intent.flow(), analysis);
                return step(new FlowState(intent.name(), intent.flow(), known, null, 0), confidence);
            }
            return finish(intent.name(), confidence);
        }

        private Reply continueFlow(Analysis analysis) {
            FlowState f = session.flow;
            if (STOP_WORDS.contains(analysis.normalized())) {
                return perform(new ButtonAction.Stop(), analysis);
            }
            Slot slot = slot(f.flow(), f.awaiting());
            Object value = extract(f.flow(), slot, analysis.normalized(), true);
            if (value != null) {
                Answers answers = f.answers().with(altSlot(f.flow(), slot, value), value);
                answers = addStrict(f.flow(), answers, analysis.normalized());
                return step(f.with(answers), 1.0);
            }
            Prediction p = analysis.prediction();
            if (!p.intent().equals(fallback.name()) && p.confidence() >= threshold() && !p.intent().equals(f.intent())) {
                Intent other = intent(p.intent());
                if (other.hasFlow()) {
                    session.flow = null;
                    return answerIntent(other, analysis, p.confidence());
                }
                session.paused = f;
                session.flow = null;
                answerIntent(other, analysis, p.confidence());
                emit(ui("continue_offer"), List.of(ui("continue"), ui("stop")),
                        List.of(new ButtonAction.Resume(), new ButtonAction.Stop()));
                return finish(other.name(), p.confidence());
            }
            if (f.reprompts() >= MAX_REPROMPTS) {
                session.flow = null;
                return sayUi(f.intent(), "not_understood", intent("greeting").buttons());
            }
            FlowState again = f.reprompted();
            session.flow = again;
            SlotPrompt prompt = content.flow(f.flow()).slots().get(slot.name());
            emitQuestion(prompt.repromptTemplate().render(session.language, content, Map.of()), slot, prompt);
            return finish(f.intent(), 1.0);
        }

        private Reply tryResume(Analysis analysis) {
            FlowState paused = session.paused;
            String t = analysis.normalized();
            if (CONTINUE_WORDS.contains(t) || Boolean.TRUE.equals(nlu.entities().extract(SlotType.YES_NO, t, true, Map.of()).orElse(null))) {
                session.paused = null;
                return step(paused, 1.0);
            }
            if (STOP_WORDS.contains(t) || Boolean.FALSE.equals(nlu.entities().extract(SlotType.YES_NO, t, true, Map.of()).orElse(null))) {
                return perform(new ButtonAction.Stop(), analysis);
            }
            Slot slot = slot(paused.flow(), paused.awaiting());
            Object value = slot.type() == SlotType.YES_NO ? null : extract(paused.flow(), slot, t, true);
            if (value != null) {
                session.paused = null;
                return step(paused.with(paused.answers().with(altSlot(paused.flow(), slot, value), value)), 1.0);
            }
            return null;
        }

        /** Asks the rule what it needs next, and either asks it or gives the decision. */
        private Reply step(FlowState state, double confidence) {
            Rule rule = rules.get(state.flow());
            Flow flow = content.flow(state.flow());
            Answers answers = state.answers();
            if (session.region != null && !answers.has("region") && hasSlot(rule, "region")) {
                answers = answers.with("region", session.region);
            }
            Step next = rule.next(answers, content, new RuleContext(ZonedDateTime.now(clock).withZoneSameInstant(OSLO), publicHoliday));
            if (next instanceof Step.Ask ask) {
                FlowState asking = new FlowState(state.intent(), state.flow(), answers, null, 0).asking(ask.slot());
                session.flow = asking;
                SlotPrompt prompt = flow.slots().get(ask.slot());
                emitQuestion(prompt.askTemplate().render(session.language, content, Map.of()), slot(state.flow(), ask.slot()), prompt);
                return finish(state.intent(), confidence);
            }
            Decision decision = (Decision) next;
            session.flow = null;
            outcome = decision.outcome();
            answers.text("region").ifPresent(r -> session.region = r);
            LocalizedTemplate template = flow.outcomes().get(decision.outcome());
            String text = template.render(session.language, content, decision.variables());
            LOG.debug("rule {} decided {}", decision.rule(), decision.outcome());
            emitWithIntentButtons(withSources(text, Set.of(), template, decision.sources()), intent(state.intent()));
            return finish(state.intent(), confidence);
        }

        private void emitQuestion(String question, Slot slot, SlotPrompt prompt) {
            List<String> buttonLabels = new ArrayList<>();
            List<ButtonAction> buttonActions = new ArrayList<>();
            switch (slot.type()) {
                case YES_NO -> {
                    buttonLabels.add(ui("yes"));
                    buttonActions.add(new ButtonAction.Fill(slot.name(), Boolean.TRUE));
                    buttonLabels.add(ui("no"));
                    buttonActions.add(new ButtonAction.Fill(slot.name(), Boolean.FALSE));
                }
                case REGION -> {
                    for (Region r : content.settings().regions()) {
                        buttonLabels.add(r.label().in(session.language));
                        buttonActions.add(new ButtonAction.Fill(slot.name(), r.id()));
                    }
                }
                case CHOICE -> {
                    for (String id : slot.choices()) {
                        buttonLabels.add(prompt.choices().get(id).in(session.language));
                        buttonActions.add(new ButtonAction.Fill(slot.name(), id));
                    }
                }
                default -> { }
            }
            emit(question, buttonLabels, buttonActions);
        }

        private Answers prefill(String flowName, Analysis analysis) {
            Answers answers = Answers.none();
            return analysis == null ? answers : addStrict(flowName, answers, analysis.normalized());
        }

        /** Values the message states explicitly ("I'm 19", "in Bærum"), for slots not yet known. */
        private Answers addStrict(String flowName, Answers answers, String normalized) {
            for (Slot s : rules.get(flowName).slots()) {
                if (!answers.has(s.name())) {
                    Object v = extract(flowName, s, normalized, false);
                    if (v != null) {
                        answers = answers.with(s.name(), v);
                    }
                }
            }
            return answers;
        }

        private Object extract(String flowName, Slot slot, String normalized, boolean lenient) {
            Map<String, List<String>> choiceLabels = slot.type() == SlotType.CHOICE
                    ? choiceLabels(flowName, slot.name()) : Map.of();
            Object v = nlu.entities().extract(slot.type(), normalized, lenient, choiceLabels).orElse(null);
            if (v == null && lenient && slot.type() == SlotType.BIRTH_YEAR && hasSlot(rules.get(flowName), "age")) {
                v = nlu.entities().extract(SlotType.AGE, normalized, true, Map.of()).orElse(null);
            }
            return v;
        }

        /** A birth-year question answered with an age fills the age slot instead. */
        private String altSlot(String flowName, Slot asked, Object value) {
            if (asked.type() == SlotType.BIRTH_YEAR && value instanceof Integer i && i <= 120
                    && hasSlot(rules.get(flowName), "age")) {
                return "age";
            }
            return asked.name();
        }

        private Slot slot(String flowName, String name) {
            return rules.get(flowName).slots().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("rule of flow " + flowName + " has no slot " + name));
        }

        private String withSources(String text, Set<String> sourceIds, LocalizedTemplate template, Set<String> more) {
            Set<String> fromFacts = factSources.computeIfAbsent(template, Bot.this::sourcesOfFacts);
            StringBuilder line = null;
            for (String id : content.sources().keySet()) {
                if (sourceIds.contains(id) || more.contains(id) || fromFacts.contains(id)) {
                    var src = content.source(id);
                    line = line == null ? new StringBuilder(text).append("\n\n").append(ui("source_prefix")).append(": ")
                            : line.append("; ");
                    line.append(src.title()).append(" (").append(src.region()).append(')');
                }
            }
            return line == null ? text : line.toString();
        }

        private void emitWithIntentButtons(String text, Intent intent) {
            List<String> buttonLabels = new ArrayList<>();
            List<ButtonAction> buttonActions = new ArrayList<>();
            for (String target : intent.buttons()) {
                buttonLabels.add(label(intent(target)));
                buttonActions.add(new ButtonAction.GoTo(target));
            }
            emit(text, buttonLabels, buttonActions);
        }

        private void emit(String text, List<String> buttonLabels, List<ButtonAction> buttonActions) {
            if (prefix != null && out.isEmpty()) {
                text = prefix + "\n\n" + text;
            }
            out.add(new OutMessage(text, buttonLabels));
            labels.addAll(buttonLabels);
            actions.addAll(buttonActions);
        }

        Reply sayUi(String intentName, String uiKey, List<String> intentButtons) {
            List<ButtonAction> buttonActions = new ArrayList<>();
            List<String> buttonLabels = new ArrayList<>();
            for (String target : intentButtons) {
                buttonLabels.add(label(intent(target)));
                buttonActions.add(new ButtonAction.GoTo(target));
            }
            emit(ui(uiKey), buttonLabels, buttonActions);
            return finish(intentName, 1.0);
        }

        Reply say(String intentName, double confidence, LocalizedTemplate template, Intent buttonsOf) {
            emitWithIntentButtons(template.render(session.language, content, Map.of()), buttonsOf);
            return finish(intentName, confidence);
        }

        private Reply finish(String intentName, double confidence) {
            session.offer = List.copyOf(actions);
            session.offerLabels = List.copyOf(labels);
            session.offerId++;
            String awaiting = session.flow == null ? null : session.flow.awaiting();
            return new Reply(out, intentName, confidence, awaiting, session.offerId, outcome);
        }

        private String ui(String key) {
            return ui.get(key).render(session.language, content, Map.of());
        }

        private String label(Intent intent) {
            return intent.label().in(session.language);
        }
    }

    /** The sources of the facts a template uses. */
    private Set<String> sourcesOfFacts(LocalizedTemplate template) {
        Set<String> ids = new java.util.HashSet<>();
        template.factKeys().forEach(key -> ids.add(content.fact(key).sourceId()));
        return Set.copyOf(ids);
    }

    /** For a choice slot: choice id to its labels in both languages, built once. */
    private Map<String, List<String>> choiceLabels(String flowName, String slotName) {
        return choiceLabels.computeIfAbsent(flowName + "/" + slotName, key -> {
            Map<String, List<String>> labels = new LinkedHashMap<>();
            content.flow(flowName).slots().get(slotName).choices().forEach((id, text) ->
                    labels.put(id, text.no() == null ? List.of(text.en()) : List.of(text.en(), text.no())));
            return java.util.Collections.unmodifiableMap(labels);
        });
    }

    private Intent intent(String name) {
        Intent i = intents.get(name);
        if (i == null) {
            throw new IllegalStateException("no intent '" + name + "' in the content");
        }
        return i;
    }

    private static boolean hasSlot(Rule rule, String name) {
        for (Slot s : rule.slots()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private double threshold() {
        return content.settings().confidenceThreshold();
    }

    private double nearTie() {
        return content.settings().nearTieMargin();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "\n" + b;
    }

    /** Drops control characters (keeping line breaks) and surrounding space. */
    static String clean(String raw) {
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                s.append(c);
            }
        }
        return s.toString().trim();
    }
}
