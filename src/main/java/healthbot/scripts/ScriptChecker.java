package healthbot.scripts;

import healthbot.content.Content;
import healthbot.content.Region;
import healthbot.rules.Rule;
import healthbot.rules.Rules;
import healthbot.rules.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a script's names exist in the content: regions, intents, slots, outcomes. A typo
 * such as {@code < asks: birthyear} would otherwise only show up as a puzzling failure.
 */
public final class ScriptChecker {

    /** Reply intents the engine uses besides the content's intents. */
    static final Set<String> ENGINE_INTENTS = Set.of("reset", "forget", "non_text", "flow_stopped", "privacy", "helpful", "stale_buttons");

    private ScriptChecker() {
    }

    /** Every unknown name in the script, each as {@code file:line: message}; empty when all are known. */
    public static List<String> problems(Script script, Content content) {
        List<String> problems = new ArrayList<>();
        Set<String> intents = new TreeSet<>();
        content.intents().forEach(i -> intents.add(i.name()));
        Set<String> regions = new TreeSet<>();
        content.settings().regions().stream().map(Region::id).forEach(regions::add);
        Set<String> slots = new TreeSet<>();
        Set<String> outcomes = new TreeSet<>();
        for (Rule rule : Rules.all()) {
            rule.slots().stream().map(Slot::name).forEach(slots::add);
            outcomes.addAll(rule.outcomes());
        }
        if (script.region() != null && !regions.contains(script.region())) {
            problems.add(at(script, script.lineOf("region"), "unknown region '" + script.region()
                    + "'; use one of " + regions));
        }
        if (script.language() != null && !content.languages().has(script.language())) {
            problems.add(at(script, script.lineOf("language"), "unknown language '" + script.language()
                    + "'; use one of " + content.languages().codes()));
        }
        if (script.start() != null && !intents.contains(script.start())) {
            problems.add(at(script, script.lineOf("start"), "'start:' names unknown intent '"
                    + script.start() + "'; intents are " + intents));
        }
        for (Script.Step step : script.steps()) {
            if (!(step instanceof Script.Check c)) {
                continue;
            }
            String arg = c.argument();
            switch (c.kind()) {
                case INTENT -> {
                    if (!intents.contains(arg) && !ENGINE_INTENTS.contains(arg)) {
                        problems.add(at(script, c.line(), "unknown intent '" + arg + "'; intents are " + intents
                                + " and, for commands, " + new TreeSet<>(ENGINE_INTENTS)));
                    }
                }
                case ASKS -> {
                    if (!arg.equals("nothing") && !slots.contains(arg)) {
                        problems.add(at(script, c.line(), "unknown slot '" + arg + "'; slots are " + slots
                                + ", or 'nothing' for a final answer"));
                    }
                }
                case OUTCOME -> {
                    if (!arg.equals("none") && !outcomes.contains(arg)) {
                        problems.add(at(script, c.line(), "unknown outcome '" + arg + "'; outcomes are " + outcomes
                                + ", or 'none'"));
                    }
                }
                default -> { }
            }
        }
        return problems;
    }

    private static String at(Script script, int line, String message) {
        return script.file() + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
