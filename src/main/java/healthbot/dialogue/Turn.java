package healthbot.dialogue;

import healthbot.content.Flow;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.LocalizedTemplate;
import healthbot.content.SlotPrompt;
import healthbot.nlu.Analysis;
import healthbot.nlu.Prediction;
import healthbot.nlu.TextNormalizer;
import healthbot.rules.Answers;
import healthbot.rules.Decision;
import healthbot.rules.Rule;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;
import healthbot.rules.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One message of one chat being answered, under that chat's lock: decides what the message is
 * and collects the reply's messages and buttons.
 *
 * <p>Order of work: clean it; commands; emergency (before anything else, in any state); a button
 * label; the answer to the question being asked (or a digression); a flow paused by a digression;
 * otherwise classify and answer.
 */
final class Turn {

    private static final Logger LOG = LoggerFactory.getLogger(Turn.class);
    private static final int MAX_REPROMPTS = 2;
    private static final Set<String> STOP_WORDS = Set.of("stop", "cancel", "quit", "exit", "avbryt", "stopp",
            "slutt", "glem det", "never mind", "nevermind", "forget it");
    private static final Set<String> CONTINUE_WORDS = Set.of("continue", "go on", "resume", "fortsett", "videre");

    private final Knowledge k;
    private final Session session;
    private final List<OutMessage> out = new ArrayList<>();
    private final List<ButtonAction> actions = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private String prefix;
    private String outcome;
    /** The message being answered (for {@link TurnFailure}); never stored. */
    String text;
    // What decided the reply, read by Why (the studio's explanation) and TurnFailure; set where the decision is made.
    Analysis understood;
    String flowSeen;
    Answers answersSeen;
    Decision decision;
    final Set<String> factKeys = new java.util.LinkedHashSet<>();

    Turn(Knowledge k, Session session) {
        this.k = k;
        this.session = session;
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
        String text = NumberMask.mask(clean(raw));
        int max = k.content.settings().maxMessageChars();
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
        this.text = text;
        Analysis analysis = k.nlu.analyze(text);
        understood = analysis;
        ButtonAction pressed = button != null ? button : session.buttonLabelled(text);
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
    boolean soundsLikeEmergency(Prediction p) {
        return p.intent().equals(k.emergency.name()) && p.confidence() >= k.content.settings().emergencyConfidence();
    }

    /** Whether the message is an answer to the question being asked ("my daughter is 12"). */
    private boolean answersTheQuestion(Analysis analysis) {
        FlowState f = session.flow;
        return f != null && k.slots.extract(f.flow(), k.slots.slot(f.flow(), f.awaiting()), analysis.normalized(), true) != null;
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
                return answerIntent(k.intent("greeting"), null, 1.0);
            }
            case "/help" -> {
                return answerIntent(k.intent("help"), null, 1.0);
            }
            case "/reset" -> {
                session.clear();
                return sayUi("reset", "reset_done", k.intent("greeting").buttons());
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
        String answering = p == null ? k.emergency.name() : k.routing.decide(p.intent(), p.confidence(),
                analysis.emergencyCue(), analysis.normalized().indexOf(' ') > 0, k.threshold());
        if (!answering.equals(k.emergency.name())) {
            // "emergency dentist", "legevakt now": the specific answer, with 113 first;
            // a question that only mentions an emergency ("only emergencies covered?"): its topic, 113 first
            prefix = join(prefix, ui("emergency_prefix"));
            Reply specific = answerIntent(k.intent(answering), analysis, p.confidence());
            if (!k.routing.answersAnEmergency(answering)) {
                return specific;
            }
            return new Reply(specific.messages(), k.emergency.name(), 1.0, specific.awaiting(), specific.offerId(),
                    specific.outcome());
        }
        return answerIntent(k.emergency, analysis, 1.0);
    }

    Reply perform(ButtonAction action, Analysis analysis) {
        if (action instanceof ButtonAction.GoTo go) {
            return answerIntent(k.intent(go.intent()), null, 1.0);
        }
        if (action instanceof ButtonAction.Fill fill) {
            FlowState f = session.flow;
            if (f == null || !f.awaiting().equals(fill.slot())) {
                return route(analysis == null ? k.nlu.analyze(String.valueOf(fill.value())) : analysis);
            }
            return step(f.with(f.answers().with(fill.slot(), fill.value())), 1.0);
        }
        if (action instanceof ButtonAction.Resume) {
            FlowState paused = session.paused;
            session.paused = null;
            if (paused == null) {
                return sayUi("flow_stopped", "flow_stopped", k.intent("greeting").buttons());
            }
            return step(paused, 1.0);
        }
        session.flow = null;
        session.paused = null;
        return sayUi("flow_stopped", "flow_stopped", k.intent("greeting").buttons());
    }

    private Reply route(Analysis analysis) {
        Prediction p = analysis.prediction();
        String answering = k.routing.decide(p.intent(), p.confidence(), false, k.threshold());
        if (answering.equals(k.fallback.name())) {
            return answerIntent(k.fallback, analysis, p.intent().equals(k.fallback.name()) ? p.confidence() : 0);
        }
        if (!p.runnerUp().equals(k.fallback.name()) && p.confidence() - p.runnerUpConfidence() < k.nearTie()) {
            String resolved = NearTie.resolve(k, p, analysis);
            if (resolved == null) {
                return didYouMean(p);
            }
            answering = resolved;
        }
        return answerIntent(k.intent(answering), analysis, p.confidence());
    }

    private Reply didYouMean(Prediction p) {
        List<ButtonAction> choices = List.of(new ButtonAction.GoTo(p.intent()), new ButtonAction.GoTo(p.runnerUp()));
        List<String> choiceLabels = List.of(label(k.intent(p.intent())), label(k.intent(p.runnerUp())));
        emit(ui("did_you_mean"), choiceLabels, choices);
        return finish(p.intent(), p.confidence());
    }

    private Reply answerIntent(Intent intent, Analysis analysis, double confidence) {
        if (intent.answerTemplate() != null) {
            String text = intent.answerTemplate().render(session.language, k.content, Map.of());
            if (intent.kind() == IntentKind.TOPIC || intent.kind() == IntentKind.EMERGENCY) {
                text = withSources(text, intent.sources(), intent.answerTemplate(), Set.of());
            }
            emitWithIntentButtons(text, intent);
        }
        if (intent.hasFlow()) {
            if (session.flow != null && !session.flow.flow().equals(intent.flow())) {
                session.flow = null;
            }
            Answers known = k.slots.prefill(intent.flow(), analysis);
            return step(new FlowState(intent.name(), intent.flow(), known, null, 0), confidence);
        }
        return finish(intent.name(), confidence);
    }

    private Reply continueFlow(Analysis analysis) {
        FlowState f = session.flow;
        if (STOP_WORDS.contains(analysis.normalized())) {
            return perform(new ButtonAction.Stop(), analysis);
        }
        Slot slot = k.slots.slot(f.flow(), f.awaiting());
        Object value = k.slots.extract(f.flow(), slot, analysis.normalized(), true);
        if (value != null) {
            Answers answers = f.answers().with(k.slots.altSlot(f.flow(), slot, value), value);
            answers = k.slots.addStated(f.flow(), answers, analysis.normalized());
            return step(f.with(answers), 1.0);
        }
        if (k.slots.refusesNumber(slot, analysis.normalized())) {
            return askAgainWithWayOut(f, slot); // "no" / "I don't know" at "how many km?" is not goodbye
        }
        Prediction p = analysis.prediction();
        if (!p.intent().equals(k.fallback.name()) && p.confidence() >= k.threshold() && !p.intent().equals(f.intent())) {
            Intent other = k.intent(p.intent());
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
            return sayUi(f.intent(), "not_understood", k.intent("greeting").buttons());
        }
        FlowState again = f.reprompted();
        session.flow = again;
        SlotPrompt prompt = k.content.flow(f.flow()).slots().get(slot.name());
        emitQuestion(prompt.repromptTemplate().render(session.language, k.content, Map.of()), slot, prompt);
        return finish(f.intent(), 1.0);
    }

    private Reply tryResume(Analysis analysis) {
        FlowState paused = session.paused;
        String t = analysis.normalized();
        if (CONTINUE_WORDS.contains(t) || Boolean.TRUE.equals(k.nlu.entities().extract(SlotType.YES_NO, t, true, Map.of()).orElse(null))) {
            session.paused = null;
            return step(paused, 1.0);
        }
        if (STOP_WORDS.contains(t) || Boolean.FALSE.equals(k.nlu.entities().extract(SlotType.YES_NO, t, true, Map.of()).orElse(null))) {
            return perform(new ButtonAction.Stop(), analysis);
        }
        Slot slot = k.slots.slot(paused.flow(), paused.awaiting());
        Object value = slot.type() == SlotType.YES_NO ? null : k.slots.extract(paused.flow(), slot, t, true);
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
        Answers answers = state.answers();
        if (session.region != null && !answers.has("region") && Knowledge.hasSlot(rule, "region")) {
            answers = answers.with("region", session.region);
        }
        Step next = rule.next(answers, k.content, k.ruleContext());
        flowSeen = state.flow();
        answersSeen = answers;
        if (next instanceof Step.Ask ask) {
            FlowState asking = new FlowState(state.intent(), state.flow(), answers, null, 0).asking(ask.slot());
            session.flow = asking;
            SlotPrompt prompt = flow.slots().get(ask.slot());
            emitQuestion(prompt.askTemplate().render(session.language, k.content, Map.of()), k.slots.slot(state.flow(), ask.slot()), prompt);
            return finish(state.intent(), confidence);
        }
        Decision decision = (Decision) next;
        this.decision = decision;
        session.flow = null;
        outcome = decision.outcome();
        answers.text("region").ifPresent(r -> session.region = r);
        LocalizedTemplate template = flow.outcomes().get(decision.outcome());
        String text = template.render(session.language, k.content, decision.variables());
        LOG.debug("rule {} decided {}", decision.rule(), decision.outcome());
        emitWithIntentButtons(withSources(text, Set.of(), template, decision.sources()), k.intent(state.intent()));
        return finish(state.intent(), confidence);
    }

    private void emitQuestion(String question, Slot slot, SlotPrompt prompt) {
        QuestionButtons buttons = QuestionButtons.of(k, slot, prompt, session.language, ui("yes"), ui("no"));
        emit(question, buttons.labels(), buttons.actions());
    }

    /** A refusal or "I don't know" at a number question: the question again, an estimate is fine, and Stop. */
    private Reply askAgainWithWayOut(FlowState f, Slot slot) {
        session.flow = f; // not counted as a misunderstanding: the user understood and declined
        SlotPrompt prompt = k.content.flow(f.flow()).slots().get(slot.name());
        String question = ui("number_refused") + "\n\n" + prompt.askTemplate().render(session.language, k.content, Map.of());
        emit(question, List.of(ui("stop")), List.of(new ButtonAction.Stop()));
        return finish(f.intent(), 1.0);
    }

    /**
     * The reply after a turn failed and the session was put back: a short apology in the chat's
     * language, 113 first if the message looked like an emergency, and the question (with its
     * buttons) still open.
     */
    Reply failed(boolean emergency) {
        if (emergency) {
            prefix = ui("emergency_prefix");
        }
        boolean asking = session.flow != null;
        emit(ui(asking ? "turn_failed_question" : "turn_failed"), session.offerLabels, session.offer);
        return finish(asking ? session.flow.intent() : k.fallback.name(), 0);
    }

    private String withSources(String text, Set<String> sourceIds, LocalizedTemplate template, Set<String> more) {
        Set<String> fromFacts = k.sourcesOfFacts(template);
        factKeys.addAll(template.factKeys());
        StringBuilder line = null;
        for (String id : k.content.sources().keySet()) {
            if (sourceIds.contains(id) || more.contains(id) || fromFacts.contains(id)) {
                var src = k.content.source(id);
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
            buttonLabels.add(label(k.intent(target)));
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
            buttonLabels.add(label(k.intent(target)));
            buttonActions.add(new ButtonAction.GoTo(target));
        }
        emit(ui(uiKey), buttonLabels, buttonActions);
        return finish(intentName, 1.0);
    }

    Reply say(String intentName, double confidence, LocalizedTemplate template, Intent buttonsOf) {
        emitWithIntentButtons(template.render(session.language, k.content, Map.of()), buttonsOf);
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
        return k.ui.get(key).render(session.language, k.content, Map.of());
    }

    private String label(Intent intent) {
        return intent.label().in(session.language);
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
