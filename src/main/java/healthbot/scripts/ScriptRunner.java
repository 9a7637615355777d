package healthbot.scripts;

import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.nlu.Nlu;
import healthbot.rules.Rule;
import healthbot.rules.Rules;
import healthbot.store.ConversationStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Plays scripts against the bot. The content and its trained understanding are shared; every
 * script gets a fresh {@link Bot} with its own clock, so scripts never see each other's sessions.
 * A script stops at its first failing check. Thread-safe.
 */
public final class ScriptRunner {

    /** The clock of scripts without {@code now:}: a Saturday at noon, so results never depend on the day they run. */
    public static final String DEFAULT_NOW = "2026-11-21T12:00:00";
    private static final String CHAT = "script";

    private final Content content;
    private final Nlu nlu;
    private final Predicate<LocalDate> holidays;
    private final ConversationStore store;
    private final AtomicLong runs = new AtomicLong();

    public ScriptRunner(Content content, Nlu nlu, Predicate<LocalDate> holidays) {
        this(content, nlu, holidays, null);
    }

    /**
     * Scripts whose bots keep sessions in {@code store} (null: in memory). Each run uses its own
     * chat id there and forgets it afterwards, so runs never see each other and leave nothing behind.
     */
    public ScriptRunner(Content content, Nlu nlu, Predicate<LocalDate> holidays, ConversationStore store) {
        this.content = content;
        this.nlu = nlu;
        this.holidays = holidays;
        this.store = store;
    }

    /** Reads, checks and plays one script file; a script that cannot be read fails with the reason. */
    public ScriptResult run(Path file) {
        long t0 = System.nanoTime();
        Script script;
        try {
            script = ScriptParser.parse(file);
        } catch (ScriptException e) {
            return new ScriptResult(file, file.getFileName().toString(), e.getMessage(), Set.of(), Set.of(),
                    System.nanoTime() - t0);
        }
        return run(script);
    }

    public ScriptResult run(Script script) {
        long t0 = System.nanoTime();
        Set<String> intents = new LinkedHashSet<>();
        Set<String> outcomes = new LinkedHashSet<>();
        List<String> unknown = ScriptChecker.problems(script, content);
        if (!unknown.isEmpty()) {
            return new ScriptResult(script.file(), script.title(), String.join("\n", unknown), intents, outcomes,
                    System.nanoTime() - t0);
        }
        Bot bot = new Bot(content, nlu, OsloClock.fixedOrSystem(script.now() == null ? DEFAULT_NOW : script.now()),
                holidays, store);
        String chat = store == null ? CHAT : CHAT + "-" + runs.incrementAndGet();
        try {
            return play(script, bot, chat, intents, outcomes, t0);
        } finally {
            if (store != null) {
                bot.forget(chat);
            }
        }
    }

    private ScriptResult play(Script script, Bot bot, String chat, Set<String> intents, Set<String> outcomes, long t0) {
        if (script.region() != null) {
            bot.presetRegion(chat, script.region());
        }
        Reply reply = null;
        Script.Say said = null;
        if (script.start() != null) {
            reply = bot.startIntent(chat, script.start());
            record(reply, intents, outcomes);
        }
        String failure = null;
        for (Script.Step step : script.steps()) {
            if (step instanceof Script.Say say) {
                said = say;
                reply = bot.handle(chat, say.text());
                record(reply, intents, outcomes);
            } else if (step instanceof Script.Check check) {
                String expected = mismatch(check, reply);
                if (expected != null) {
                    failure = describe(script, check, expected, said, reply);
                    break;
                }
            }
        }
        return new ScriptResult(script.file(), script.title(), failure, intents, outcomes, System.nanoTime() - t0);
    }

    /** What was expected, when the reply does not pass the check; null when it passes. */
    static String mismatch(Script.Check check, Reply reply) {
        String arg = check.argument();
        String text = textOf(reply);
        return switch (check.kind()) {
            case CONTAINS -> squash(text).contains(squash(arg)) ? null : "expected the reply to contain \"" + arg + "\"";
            case NOT_CONTAINS -> squash(text).contains(squash(arg)) ? "expected the reply not to contain \"" + arg + "\"" : null;
            case REGEX -> Pattern.compile(arg, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                    .matcher(text).find() ? null : "expected the reply to match the regular expression " + arg;
            case INTENT -> arg.equalsIgnoreCase(reply.intent()) ? null
                    : "expected the message to be understood as intent " + arg;
            case BUTTONS -> sameLabels(labels(arg), reply.buttons()) ? null
                    : arg.isEmpty() ? "expected no buttons" : "expected exactly the buttons " + arg;
            case BUTTON -> reply.buttons().stream().anyMatch(arg::equalsIgnoreCase) ? null
                    : "expected a button \"" + arg + "\"";
            case ASKS -> arg.equals("nothing")
                    ? (reply.awaiting() == null ? null : "expected a final answer that asks nothing")
                    : (arg.equals(reply.awaiting()) ? null : "expected the bot to ask for " + arg);
            case OUTCOME -> arg.equals("none")
                    ? (reply.outcome() == null ? null : "expected no rule outcome")
                    : (arg.equalsIgnoreCase(String.valueOf(reply.outcome())) ? null : "expected the outcome " + arg);
        };
    }

    private static List<String> labels(String arg) {
        List<String> labels = new ArrayList<>();
        if (!arg.isBlank()) {
            for (String l : arg.split("\\|")) {
                labels.add(l.strip());
            }
        }
        return labels;
    }

    private static boolean sameLabels(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equalsIgnoreCase(actual.get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reply's text as the reader sees it: without the invisible direction marks that keep
     * numbers in order in right-to-left replies, so "^113" checks an Arabic emergency answer too.
     */
    private static String textOf(Reply reply) {
        StringBuilder s = new StringBuilder();
        for (OutMessage m : reply.messages()) {
            s.append(m.text()).append('\n');
        }
        return INVISIBLE_DIRECTION_MARKS.matcher(s).replaceAll("");
    }

    private static final Pattern INVISIBLE_DIRECTION_MARKS = Pattern.compile("[\u200e\u200f\u2066-\u2069]");

    /** Lower case with every run of white space as one space, so line breaks in answers do not matter. */
    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String describe(Script script, Script.Check check, String expected, Script.Say said, Reply reply) {
        StringBuilder s = new StringBuilder();
        s.append(script.file()).append(':').append(check.line()).append(": ").append(expected).append('\n');
        s.append("    check:  < ").append(check.kind().word()).append(": ").append(check.argument()).append('\n');
        s.append("    after:  ").append(said == null ? "start: " + script.start()
                : "> " + said.text() + "  (line " + said.line() + ")").append('\n');
        s.append("    the bot replied (intent ").append(reply.intent())
                .append(", outcome ").append(reply.outcome() == null ? "none" : reply.outcome())
                .append(", asks ").append(reply.awaiting() == null ? "nothing" : reply.awaiting()).append("):");
        for (OutMessage m : reply.messages()) {
            for (String line : m.text().split("\n")) {
                s.append("\n      | ").append(line);
            }
            if (!m.buttons().isEmpty()) {
                s.append("\n      buttons: ").append(String.join(" | ", m.buttons()));
            }
        }
        return s.toString();
    }

    private void record(Reply reply, Set<String> intents, Set<String> outcomes) {
        if (content.intent(reply.intent()).isPresent()) {
            intents.add(reply.intent());
        }
        if (reply.outcome() != null) {
            ruleOf(reply).ifPresent(rule -> outcomes.add(rule.name() + " " + reply.outcome()));
        }
    }

    /** The rule that decided: the replying intent's flow's rule, else the one rule with that outcome. */
    private Optional<Rule> ruleOf(Reply reply) {
        Optional<Rule> byFlow = content.intent(reply.intent()).map(Intent::flow)
                .filter(content.flows()::containsKey)
                .flatMap(flow -> Rules.byName(content.flow(flow).rule()))
                .filter(rule -> rule.outcomes().contains(reply.outcome()));
        if (byFlow.isPresent()) {
            return byFlow;
        }
        return Rules.all().stream().filter(rule -> rule.outcomes().contains(reply.outcome())).findFirst();
    }

    public Content content() {
        return content;
    }
}
