package healthbot.scripts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One parsed dialogue script.
 *
 * @param file   where it was read from
 * @param title  its {@code title:}, or the file name when it has none
 * @param region {@code region:} the chat's region id before the first message, or null
 * @param language {@code language:} the language the chat is answered in from the start (as chosen in the
 *                 language menu), or null to let the bot tell it from the messages
 * @param now    {@code now:} the fixed clock as written (ISO local date-time), or null for the default
 * @param start  {@code start:} an intent started as if its button were pressed before the first message, or null
 * @param steps  the turns in order
 * @param optionLines option name ({@code region}, {@code start}, ...) to the line it is on
 */
public record Script(Path file, String title, String region, String language, String now, String start, List<Step> steps,
                     Map<String, Integer> optionLines) {
    public Script {
        steps = List.copyOf(steps);
        optionLines = Map.copyOf(optionLines);
    }

    /** A script without a {@code language:} option. */
    public Script(Path file, String title, String region, String now, String start, List<Step> steps,
                  Map<String, Integer> optionLines) {
        this(file, title, region, null, now, start, steps, optionLines);
    }

    /** The line an option is on, or 0. */
    public int lineOf(String option) {
        return optionLines.getOrDefault(option, 0);
    }

    /** A line of a script: the user says something, or the reply to it is checked. */
    public sealed interface Step permits Say, Check {
        int line();
    }

    /** {@code > text}: the user sends this message (a button's label works as pressing it). */
    public record Say(int line, String text) implements Step {}

    /**
     * {@code < kind: argument}: a check of the latest reply.
     *
     * @param line     line in the script
     * @param kind     what is checked
     * @param argument the expected value as written
     */
    public record Check(int line, CheckKind kind, String argument) implements Step {}
}
