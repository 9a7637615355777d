package healthbot.dialogue;

/**
 * "Was this helpful?" (👍/👎 on a final answer, {@code ask_helpful} in settings.json): when a
 * reply asks it, and whether a text is one of its labels. The question is two buttons on the
 * answer message itself ({@link ReplyBuilder#askHelpful}); a press is thanked by
 * {@link ReplyBuilder#thank} and counted from {@link Reply#rated()} by the usage counter.
 */
final class HelpfulQuestion {

    private HelpfulQuestion() {
    }

    /**
     * Whether a final answer (a topic's answer or a flow's decision) gets the question now: when
     * the content asks it, never after an urgent route (113, legevakt, triage: a survey must never
     * dilute those), and not while a paused flow waits to be resumed (its Continue/Stop and a typed
     * "yes" must keep their meaning).
     */
    static boolean fits(Knowledge k, Session session, boolean urgentRoute) {
        return k.content.settings().askHelpful() && !urgentRoute && session.paused == null;
    }

    /** Whether {@code text} is exactly one of the question's labels in the reply's language. */
    static boolean isLabel(Knowledge k, ReplyBuilder out, String text) {
        return k.content.settings().askHelpful()
                && (text.equalsIgnoreCase(out.ui("helpful_yes")) || text.equalsIgnoreCase(out.ui("helpful_no")));
    }
}
