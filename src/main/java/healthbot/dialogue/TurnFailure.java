package healthbot.dialogue;

import healthbot.nlu.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is said and logged when a turn throws (the session has already been put back by
 * {@link Bot}): the apology ({@link Turn#failed}) puts 113 first when the message looked like an
 * emergency (its assessment and routing, as the turn would have decided), or when that cannot be told; the error is logged once with chat id, intent,
 * exception type and the nearest place in our code, never the text (an exception's message may
 * quote the user's words, so it is not logged).
 */
final class TurnFailure {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private TurnFailure() {
    }

    static void log(String chatId, Turn turn, Throwable e) {
        StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("healthbot.")) {
                at = frame; // our own frame nearest the throw
                break;
            }
        }
        String intent = turn.understood == null ? "unknown" : turn.understood.prediction().intent();
        LOG.error("chat {} intent {}: failed to answer a message: {} at {}", chatId, intent, e.getClass().getName(), at);
    }

    /** Whether the failed turn's message looked like an emergency; when that cannot be told, yes. */
    static boolean lookedLikeEmergency(Knowledge k, Turn turn) {
        if (turn.routed != null) {
            return turn.routed.urgency() != Routing.Urgency.NONE;
        }
        Analysis a = turn.understood;
        if (a == null) {
            if (turn.text == null) {
                return false; // a button press: no words of the user's
            }
            try {
                a = k.nlu.analyze(turn.text);
            } catch (RuntimeException e) {
                return true; // better a needless 113 line than a missed emergency
            }
        }
        return k.routing.decide(a, k.threshold()).urgency() != Routing.Urgency.NONE;
    }
}
