package healthbot.eval;

import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends triage cases through the real {@link Bot}, each as the first message of a fresh chat (what
 * {@code chat --jsonl} does with a new chat id), and notes where the first reply sent the resident.
 */
public final class TriageScorer {

    private final Bot bot;
    private final TriageOutcome.Names names;

    /** Scores with {@code bot}, whose clock should be fixed so that the hours-aware answers do not drift. */
    public TriageScorer(Bot bot) {
        this.bot = bot;
        this.names = TriageOutcome.Names.of(bot.content());
    }

    /** The content's names of the outcomes (for reading the residents' {@code intent}). */
    public TriageOutcome.Names names() {
        return names;
    }

    /**
     * One case and its first reply.
     *
     * @param testCase      the case
     * @param answered      where the reply sent the resident
     * @param firstLine113  whether the reply's first line has 113 in it
     */
    public record Result(TriageCase testCase, TriageOutcome answered, boolean firstLine113) {

        /** A red case not answered with the emergency answer and 113 in its first line. */
        public boolean underTriage() {
            return testCase.red() && !(answered == TriageOutcome.EMERGENCY && firstLine113);
        }

        /** A case that is not red answered with the emergency answer. */
        public boolean overTriage() {
            return !testCase.red() && answered == TriageOutcome.EMERGENCY;
        }

        /** Sent where it should be, or to another fair answer of the case (a red case only to 113, in the first line). */
        public boolean right() {
            return testCase.accepted().contains(answered) && !underTriage();
        }
    }

    /** Every case's first reply, in order. */
    public List<Result> score(List<TriageCase> cases) {
        List<Result> results = new ArrayList<>(cases.size());
        int n = 0;
        for (TriageCase c : cases) {
            String chat = "triage-" + n++;
            Reply reply = bot.handle(chat, c.text());
            bot.forget(chat);
            String firstLine = reply.messages().isEmpty() ? ""
                    : reply.messages().get(0).text().strip().lines().findFirst().orElse("");
            results.add(new Result(c, names.answered(reply), firstLine.matches("(?s).*(?<!\\d)113(?!\\d).*")));
        }
        return results;
    }
}
