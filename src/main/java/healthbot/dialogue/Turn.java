package healthbot.dialogue;

import healthbot.content.Flow;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Localized;
import healthbot.content.SlotPrompt;
import healthbot.content.Template;
import healthbot.dialogue.Routing.Route;
import healthbot.dialogue.Routing.Urgency;
import healthbot.nlu.Analysis;
import healthbot.nlu.EntityExtractor;
import healthbot.nlu.Prediction;
import healthbot.nlu.TextNormalizer;
import healthbot.rules.Answers;
import healthbot.rules.Decision;
import healthbot.rules.Rule;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;
import healthbot.rules.Step;
import healthbot.rules.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One message of one chat being answered, under that chat's lock: decides what the message is
 * and collects the reply ({@link ReplyBuilder}).
 *
 * <p>Order of work: clean it; commands; urgency (before anything else, in any state: the one
 * {@link Routing#decide} on the message's {@link healthbot.nlu.Assessment}); a button label; the
 * answer to the question being asked (or a digression); a flow paused by a digression; otherwise
 * the ordinary route.
 */
final class Turn {

    private static final Logger LOG = LoggerFactory.getLogger(Turn.class);
    private static final int MAX_REPROMPTS = 2;

    private final Knowledge k;
    private final Session session;
    private final ReplyBuilder out;
    /** The chat's language before this message (what the question being answered was asked in). */
    private final String askedIn;
    /** The message being answered (for {@link TurnFailure} and listeners); never stored. */
    String text;
    // What decided the reply, read by Why (the studio's explanation) and TurnFailure; set where the decision is made.
    Analysis understood;
    Route routed;
    String flowSeen;
    Answers answersSeen;
    Decision decision;
    /** A second topic the message asked about, offered with the answer to the first. */
    private String alsoAsked;
    /** Set when the reply comes from {@link #urgent}: no "was this helpful?" ever dilutes a 113 or triage reply. */
    private boolean urgentRoute;

    Turn(Knowledge k, Session session) {
        this.k = k;
        this.session = session;
        this.out = new ReplyBuilder(k, session);
        this.askedIn = session.language;
    }

    Set<String> factKeys() {
        return out.factKeys();
    }

    Reply onText(String raw) {
        return answer(raw, null);
    }

    /**
     * A button pressed by its id (Telegram): answered exactly as its label sent as text, so the two
     * can never differ (an emergency word in a label still puts 113 first).
     */
    Reply onPress(String label, ButtonAction action) {
        return answer(label, action);
    }

    private Reply answer(String raw, ButtonAction button) {
        String text = NumberMask.mask(IncomingText.clean(raw));
        int max = k.content.settings().maxMessageChars();
        if (text.length() > max) {
            text = text.substring(0, max);
            out.prefix(out.ui("cut_message"));
        }
        if (!TextNormalizer.hasWords(text)) {
            return out.sayUi(ReplyKind.NOTICE, "fallback", "empty_message", List.of());
        }
        if (text.startsWith("/")) {
            Reply r = command(text);
            if (r != null) {
                return r;
            }
        }
        this.text = text;
        Analysis analysis = k.nlu.analyze(text);
        understood = analysis;
        ButtonAction pressed = button != null ? button : session.buttonLabelled(text);
        if (analysis.languageFor(session.language) != null && pressed == null) {
            session.language = analysis.languageFor(session.language); // a button label ("Østfold") says nothing of the language
        }
        Route route = k.routing.decide(analysis, k.threshold());
        routed = route;
        if (route.urgency() == Urgency.GP && (session.flow != null || pressed != null
                || !route.intent().equals(k.routing.triage().green()))) {
            out.prefix(out.ui("triage_green_pointer")); // a green sign does not interrupt: one line, and the flow goes on
        } else if (route.urgency() != Urgency.NONE && !(route.byClassifierOnly() && answersTheQuestion(analysis))) {
            return urgent(route, analysis);
        }
        if (pressed == null && HelpfulQuestion.isLabel(k, out, text)) {
            return out.staleButtons(); // a rating typed after its buttons went: nothing counted, the question stays as it was
        }
        if (analysis.unsupported() != null && pressed == null) {
            return MenuReplies.unsupportedLanguage(k, out);
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
        return route(analysis, route);
    }

    /**
     * The languages the message's words are read in, likely first: its own, then the chat's (an
     * answer is usually in the language of the question, even when a word or two looks English).
     */
    private List<String> readingLanguages(Analysis analysis) {
        String own = analysis == null ? null : analysis.languageFor(askedIn);
        return own == null || own.equals(askedIn) ? List.of(askedIn) : List.of(own, askedIn);
    }

    /** Whether the message is an answer to the question being asked ("my daughter is 12"). */
    private boolean answersTheQuestion(Analysis analysis) {
        FlowState f = session.flow;
        return f != null && k.slots.extract(f.flow(), k.slots.slot(f.flow(), f.awaiting()), analysis.normalized(), true,
                readingLanguages(analysis)) != null;
    }

    private Reply command(String text) {
        switch (IncomingText.commandName(text)) {
            case "/start" -> {
                session.flow = null;
                session.paused = null;
                return answerIntent(k.intent("greeting"), null, 1.0);
            }
            case "/help" -> {
                return answerIntent(k.intent("help"), null, 1.0);
            }
            case "/reset" -> {
                session.clear();
                return out.sayUi(ReplyKind.COMMAND, "reset", "reset_done", k.intent("greeting").buttons());
            }
            case "/emergency" -> {
                return urgent(new Route(k.emergency.name(), Urgency.EMERGENCY, false), null);
            }
            case "/language", "/språk", "/sprak" -> {
                return MenuReplies.languages(k, out, "choose_language");
            }
            case "/privacy", "/personvern" -> {
                return out.privacy();
            }
            default -> {
                return null; // an unknown command is read as text
            }
        }
    }

    /**
     * An urgent route, before anything else: a flow in progress is paused, not lost. The emergency
     * answer (after a symptom group's red sign, with why this number); or a related answer
     * ("emergency dentist", "legevakt now") with 113 first, reported as an emergency; or a topic
     * question that only names an emergency, with the one-line 113 pointer first; or a triage
     * grade's answer: yellow the legevakt with the 113 line first, dental the emergency dentist,
     * green the GP with its one-line pointer.
     */
    private Reply urgent(Route route, Analysis analysis) {
        urgentRoute = true;
        if (session.flow != null) {
            session.paused = session.flow; // kept, not offered: this is not the moment
            session.flow = null;
        }
        double confidence = analysis == null ? 1.0 : analysis.prediction().confidence();
        switch (route.urgency()) {
            case SOON -> {
                out.prefix(out.ui("triage_yellow"));
                return answerIntent(k.intent(route.intent()), analysis, 1.0);
            }
            case DENTIST -> {
                return answerIntent(k.intent(route.intent()), analysis, 1.0);
            }
            case GP -> {
                out.prefix(out.ui("triage_green"));
                return answerIntent(k.intent(route.intent()), analysis, 1.0);
            }
            default -> { }
        }
        if (route.intent().equals(k.emergency.name())) {
            out.kind(ReplyKind.EMERGENCY);
            if (analysis != null && analysis.assessment().red() && !analysis.assessment().singleWord()) {
                out.reasonAfterFirstParagraph(out.ui("triage_red_reason"));
            }
            return answerIntent(k.emergency, analysis, 1.0);
        }
        out.pointTo113();
        if (route.urgency() == Urgency.POINTER) {
            return answerIntent(k.intent(route.intent()), analysis, confidence);
        }
        out.kind(ReplyKind.EMERGENCY);
        return answerIntent(k.intent(route.intent()), analysis, confidence).reportedAs(k.emergency.name(), 1.0);
    }

    Reply perform(ButtonAction action, Analysis analysis) {
        if (action instanceof ButtonAction.GoTo go) {
            return answerIntent(k.intent(go.intent()), null, 1.0);
        }
        if (action instanceof ButtonAction.Fill fill) {
            FlowState f = session.flow;
            if (f == null || !f.awaiting().equals(fill.slot())) {
                Analysis a = analysis == null ? k.nlu.analyze(String.valueOf(fill.value().plain())) : analysis;
                return route(a, k.routing.decide(a, k.threshold()));
            }
            return step(f.with(f.answers().with(fill.slot(), fill.value())), 1.0);
        }
        if (action instanceof ButtonAction.ChooseLanguage) {
            return MenuReplies.languages(k, out, "choose_language");
        }
        if (action instanceof ButtonAction.Rate rate) {
            return out.thank(rate); // counted by the usage counter from the reply; no flow or slot is touched
        }
        if (action instanceof ButtonAction.SetLanguage set) {
            session.language = set.language();
            return out.sayUi(ReplyKind.COMMAND, "language", "language_set", k.intent("greeting").buttons());
        }
        if (action instanceof ButtonAction.Resume) {
            FlowState paused = session.paused;
            session.paused = null;
            if (paused == null) {
                return out.sayUi(ReplyKind.COMMAND, "flow_stopped", "flow_stopped", k.intent("greeting").buttons());
            }
            return step(paused, 1.0);
        }
        session.flow = null;
        session.paused = null;
        return out.sayUi(ReplyKind.COMMAND, "flow_stopped", "flow_stopped", k.intent("greeting").buttons());
    }

    /** An ordinary message outside a flow: the fallback, "did you mean", or the intent's answer. */
    private Reply route(Analysis analysis, Route route) {
        Prediction p = analysis.prediction();
        String answering = route.intent();
        if (answering.equals(k.fallback.name())) {
            if (!analysis.reading().likely().isEmpty()) {
                return StoryReplies.whichTopic(k, out, analysis.reading().likely(), analysis.reading().likelyShare());
            }
            out.kind(ReplyKind.FALLBACK);
            return answerIntent(k.fallback, analysis, p.intent().equals(k.fallback.name()) ? p.confidence() : 0);
        }
        if (!p.runnerUp().equals(k.fallback.name()) && p.confidence() - p.runnerUpConfidence() < k.nearTie()) {
            String resolved = NearTie.resolve(k, p, analysis, readingLanguages(analysis));
            if (resolved == null) {
                return MenuReplies.didYouMean(k, out, p);
            }
            answering = resolved;
        }
        String also = analysis.reading().alsoAsked();
        Intent answered = k.intent(answering);
        if (also != null && !also.equals(answering) && !answered.buttons().contains(also)) {
            alsoAsked = also;
        }
        return answerIntent(answered, analysis, p.confidence());
    }

    private void emitAlsoAsked() {
        if (alsoAsked != null) {
            StoryReplies.alsoAsked(k, out, k.intent(alsoAsked));
            alsoAsked = null;
        }
    }

    private Reply answerIntent(Intent intent, Analysis analysis, double confidence) {
        if (intent.answer() != null) {
            boolean cites = intent.kind() == IntentKind.TOPIC || intent.kind() == IntentKind.EMERGENCY;
            String answer = out.render(intent.answer(), Map.of());
            out.emitWithIntentButtons(answer, cites ? out.sourceLine(intent.sources(), intent.answer(), Set.of()) : null, intent);
            if (intent.name().equals("greeting") && k.content.languages().all().size() > 1) {
                out.addButton(out.ui("language_button"), new ButtonAction.ChooseLanguage()); // the language menu is one tap away
            }
        }
        if (intent.hasFlow()) {
            emitAlsoAsked(); // before the flow's question, which must be the reply's last message
            if (session.flow != null && !session.flow.flow().equals(intent.flow())) {
                session.flow = null;
            }
            Answers known = k.slots.prefill(intent.flow(), analysis, readingLanguages(analysis));
            for (String amount : List.of("km", "costs")) {
                if (!known.has(amount)) {
                    continue;
                }
                Slot slot = k.slots.slot(intent.flow(), amount);
                Answers given = known;
                Optional<EntityExtractor.ReadRange> range = k.slots.rangeGiven(slot, analysis.normalized(), false, readingLanguages(analysis));
                if (range.filter(r -> rangeChangesOutcome(intent.flow(), given, amount, r)).isPresent()) {
                    known = known.without(amount); // asked for: the ends of the range give different answers
                } else {
                    k.slots.noteHowRead(slot, analysis.normalized(), range, readingLanguages(analysis), out);
                }
            }
            return step(new FlowState(intent.name(), intent.flow(), known, null, 0), confidence);
        }
        if (intent.kind() == IntentKind.FALLBACK) {
            out.kind(ReplyKind.FALLBACK);
        }
        if (intent.kind() == IntentKind.TOPIC && intent.answer() != null && asksHelpful()) {
            out.askHelpful(intent.name()); // on the answer itself, before a second topic's offer
        }
        emitAlsoAsked();
        return out.finish(intent.name(), confidence, outcome());
    }

    private Reply continueFlow(Analysis analysis) {
        FlowState f = session.flow;
        if (k.words.stop(analysis.normalized())) {
            return perform(new ButtonAction.Stop(), analysis);
        }
        List<String> language = readingLanguages(analysis);
        Slot slot = k.slots.slot(f.flow(), f.awaiting());
        SlotValue value = k.slots.extract(f.flow(), slot, analysis.normalized(), true, language);
        if (value != null) {
            Optional<EntityExtractor.ReadRange> range = k.slots.rangeGiven(slot, analysis.normalized(), true, language);
            if (f.reprompts() == 0 && range.filter(r -> rangeChangesOutcome(f.flow(), f.answers(), slot.name(), r)).isPresent()) {
                return askForExactFigure(f, slot, range.get()); // once: a second range is counted by its middle
            }
            k.slots.noteHowRead(slot, analysis.normalized(), range, language, out);
            Answers answers = f.answers().with(k.slots.altSlot(f.flow(), slot, value), value);
            answers = k.slots.addStated(f.flow(), answers, analysis.normalized(), language);
            return step(f.with(answers), 1.0);
        }
        if (k.slots.refusesNumber(slot, analysis.normalized(), language)) {
            return askAgainWithWayOut(f, slot); // "no" / "I don't know" at "how many km?" is not goodbye
        }
        Prediction p = analysis.prediction();
        // the emergency intent is only ever answered through Routing (which may have found its words cancelled: "no chest pain")
        if (!p.intent().equals(k.fallback.name()) && p.confidence() >= k.threshold() && !p.intent().equals(f.intent())
                && !p.intent().equals(k.emergency.name())) {
            Intent other = k.intent(p.intent());
            if (other.hasFlow()) {
                session.flow = null;
                return answerIntent(other, analysis, p.confidence());
            }
            session.paused = f;
            session.flow = null;
            answerIntent(other, analysis, p.confidence());
            out.emit(out.ui("continue_offer"), List.of(out.ui("continue"), out.ui("stop")),
                    List.of(new ButtonAction.Resume(), new ButtonAction.Stop()));
            return out.finish(other.name(), p.confidence(), outcome());
        }
        if (f.reprompts() >= MAX_REPROMPTS) {
            session.flow = null;
            return out.sayUi(ReplyKind.GAVE_UP, f.intent(), "not_understood", k.intent("greeting").buttons());
        }
        FlowState again = f.reprompted();
        session.flow = again;
        SlotPrompt prompt = k.content.flow(f.flow()).slots().get(slot.name());
        out.kind(ReplyKind.REPROMPT);
        emitQuestion(out.render(prompt.reprompt(), Map.of()), slot, prompt);
        return out.finish(f.intent(), 1.0, null);
    }

    private Reply tryResume(Analysis analysis) {
        FlowState paused = session.paused;
        String t = analysis.normalized();
        List<String> language = readingLanguages(analysis);
        Boolean yesNo = k.nlu.entities().yesNo(t, language).orElse(null);
        if (k.words.resume(t) || Boolean.TRUE.equals(yesNo)) {
            session.paused = null;
            return step(paused, 1.0);
        }
        if (k.words.stop(t) || Boolean.FALSE.equals(yesNo)) {
            return perform(new ButtonAction.Stop(), analysis);
        }
        Slot slot = k.slots.slot(paused.flow(), paused.awaiting());
        SlotValue value = slot.type() == SlotType.YES_NO ? null : k.slots.extract(paused.flow(), slot, t, true, language);
        if (value != null) {
            session.paused = null;
            return step(paused.with(paused.answers().with(k.slots.altSlot(paused.flow(), slot, value), value)), 1.0);
        }
        return null;
    }

    /** Asks the rule what it needs next, and either asks it or gives the decision. */
    private Reply step(FlowState state, double confidence) {
        Rule rule = k.rules.get(state.flow());
        Flow flow = k.content.flow(state.flow());
        Answers answers = withSessionRegion(rule, state.answers());
        Step next = rule.next(answers, k.content, k.ruleContext());
        ReadingNotes.afterStep(next, answers, out); // "3 weeks, which is less than the 3 months the rule needs"
        flowSeen = state.flow();
        answersSeen = answers;
        if (next instanceof Step.Ask ask) {
            FlowState asking = new FlowState(state.intent(), state.flow(), answers, null, 0).asking(ask.slot());
            session.flow = asking;
            SlotPrompt prompt = flow.slots().get(ask.slot());
            out.kind(ReplyKind.QUESTION);
            emitQuestion(out.render(prompt.ask(), Map.of()), k.slots.slot(state.flow(), ask.slot()), prompt);
            return out.finish(state.intent(), confidence, null);
        }
        Decision decision = (Decision) next;
        this.decision = decision;
        session.flow = null;
        answers.text("region").ifPresent(r -> session.region = r);
        Localized<Template> template = flow.outcomes().get(decision.outcome());
        String text = out.render(template, decision.variables());
        LOG.debug("rule {} decided {}", decision.rule(), decision.outcome());
        out.emitWithIntentButtons(text, out.sourceLine(Set.of(), template, decision.sources()), k.intent(state.intent()));
        if (asksHelpful()) {
            out.askHelpful(state.intent());
        }
        return out.finish(state.intent(), confidence, decision.outcome());
    }

    /** The answers with the region this chat already gave, when the rule asks for one. */
    private Answers withSessionRegion(Rule rule, Answers answers) {
        return session.region != null && !answers.has("region") && Knowledge.hasSlot(rule, "region")
                ? answers.with("region", new SlotValue.Id(session.region)) : answers;
    }

    private boolean asksHelpful() {
        return HelpfulQuestion.fits(k, session, urgentRoute);
    }

    private void emitQuestion(String question, Slot slot, SlotPrompt prompt) {
        QuestionButtons buttons = QuestionButtons.of(k, slot, prompt, session.language, out.ui("yes"), out.ui("no"));
        out.emit(question, buttons.labels(), buttons.actions());
    }

    /**
     * Whether the two ends of a range given for an amount lead the rule to different outcomes
     * ("300-500 kr" against a threshold of 400), so that counting the middle would decide for
     * the resident.
     */
    private boolean rangeChangesOutcome(String flowName, Answers answers, String slotName, EntityExtractor.ReadRange range) {
        Rule rule = k.rules.get(flowName);
        Step low = rule.next(withSessionRegion(rule, answers.with(slotName, new SlotValue.Decimal(range.low()))), k.content, k.ruleContext());
        Step high = rule.next(withSessionRegion(rule, answers.with(slotName, new SlotValue.Decimal(range.high()))), k.content, k.ruleContext());
        return low instanceof Decision a && high instanceof Decision b && !a.outcome().equals(b.outcome());
    }

    /** The question for an amount again, saying why the range is not enough. */
    private Reply askForExactFigure(FlowState f, Slot slot, EntityExtractor.ReadRange range) {
        session.flow = f.reprompted();
        SlotPrompt prompt = k.content.flow(f.flow()).slots().get(slot.name());
        String note = out.ui("read_range_undecided", Map.of("low", new Value.Quantity(range.low()), "high", new Value.Quantity(range.high())));
        out.kind(ReplyKind.REPROMPT);
        emitQuestion(note + "\n\n" + out.render(prompt.ask(), Map.of()), slot, prompt);
        return out.finish(f.intent(), 1.0, null);
    }

    /** A refusal or "I don't know" at a number question: the question again, an estimate is fine, and Stop. */
    private Reply askAgainWithWayOut(FlowState f, Slot slot) {
        session.flow = f; // not counted as a misunderstanding: the user understood and declined
        SlotPrompt prompt = k.content.flow(f.flow()).slots().get(slot.name());
        String question = out.ui("number_refused") + "\n\n" + out.render(prompt.ask(), Map.of());
        out.kind(ReplyKind.REPROMPT);
        out.emit(question, List.of(out.ui("stop")), List.of(new ButtonAction.Stop()));
        return out.finish(f.intent(), 1.0, null);
    }

    /**
     * The reply after a turn failed and the session was put back: a short apology in the chat's
     * language, 113 first if the message looked like an emergency, and the question (with its
     * buttons) still open.
     */
    Reply failed(boolean emergency) {
        if (emergency) {
            out.pointTo113();
        }
        boolean asking = session.flow != null;
        out.kind(ReplyKind.ERROR);
        out.emit(out.ui(asking ? "turn_failed_question" : "turn_failed"), session.offerLabels, session.offer);
        return out.finish(asking ? session.flow.intent() : k.fallback.name(), 0, null);
    }

    /** An engine text as the whole reply, with buttons to these intents. */
    Reply sayUi(ReplyKind kind, String event, String uiKey, List<String> intentButtons) {
        return out.sayUi(kind, event, uiKey, intentButtons);
    }

    /** An intent's answer as the whole reply, under another name (the fallback when a store failed). */
    Reply say(ReplyKind kind, String intentName, double confidence, Localized<Template> template, Intent buttonsOf) {
        out.kind(kind);
        out.emitWithIntentButtons(out.render(template, Map.<String, Value>of()), buttonsOf);
        return out.finish(intentName, confidence, null);
    }

    private String outcome() {
        return decision == null ? null : decision.outcome();
    }
}
