package healthbot.scripts;

import healthbot.clock.OsloClock;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the script format (see {@code intents/README.md}):
 * <pre>
 * # a comment
 * title: Children get free dental care
 * now: 2026-11-21T12:00
 * &gt; Is the dentist free for me?
 * &lt; asks: birth_year
 * &gt; 2010
 * &lt; outcome: FREE_CHILD
 * &lt; contains: 18
 * </pre>
 * Header options ({@code title region language now start}) come before the first turn. Any mistake is a
 * {@link ScriptException} naming the file and line.
 */
public final class ScriptParser {

    /** The extension scripts have; other files in the folder are ignored. */
    public static final String EXTENSION = ".convo";

    private ScriptParser() {
    }

    public static Script parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ScriptException(file, 0, "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ScriptException(file, 0, "cannot be read: " + e.getMessage());
        }
        return parse(file, text);
    }

    public static Script parse(Path file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String title = null;
        String region = null;
        String language = null;
        String now = null;
        String start = null;
        List<Script.Step> steps = new ArrayList<>();
        Map<String, Integer> optionLines = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(">")) {
                steps.add(new Script.Say(no, line.substring(1).strip()));
                continue;
            }
            if (line.startsWith("<")) {
                if (steps.isEmpty() && start == null) {
                    throw new ScriptException(file, no, "a check ('<') must come after a user line ('> text') "
                            + "or after a 'start:' option; add the message it checks above it");
                }
                steps.add(check(file, no, line.substring(1).strip()));
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (!steps.isEmpty() || colon < 0 || !List.of("title", "region", "language", "now", "start").contains(key)) {
                throw new ScriptException(file, no, "cannot read \"" + abbreviate(line) + "\"; "
                        + (steps.isEmpty()
                        ? "before the first turn write options 'title:', 'region:', 'language:', 'now:', 'start:', then "
                        : "")
                        + "start a line with '> ' for what the user writes, '< ' for a check of the reply "
                        + "(" + CheckKind.words() + ") or '#' for a comment");
            }
            if (value.isEmpty()) {
                throw new ScriptException(file, no, "'" + key + ":' has no value; write e.g. " + example(key));
            }
            optionLines.putIfAbsent(key, no);
            switch (key) {
                case "title" -> title = once(file, no, key, title, value);
                case "region" -> region = once(file, no, key, region, value.toLowerCase(Locale.ROOT));
                case "language" -> language = once(file, no, key, language, value.toLowerCase(Locale.ROOT));
                case "now" -> {
                    now = once(file, no, key, now, value);
                    try {
                        OsloClock.fixedOrSystem(value);
                    } catch (IllegalArgumentException e) {
                        throw new ScriptException(file, no, "cannot read the time '" + value
                                + "'; write it like 2026-11-21T12:00 (Norway's time)");
                    }
                }
                default -> start = once(file, no, key, start, value);
            }
        }
        if (steps.stream().noneMatch(s -> s instanceof Script.Say) && start == null) {
            throw new ScriptException(file, 0, "has no turns; add a line '> what the user writes' "
                    + "followed by checks such as '< contains: 113'");
        }
        if (title == null) {
            String name = file.getFileName().toString();
            title = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        }
        return new Script(file, title, region, language, now, start, steps, optionLines);
    }

    private static Script.Check check(Path file, int no, String body) {
        int colon = body.indexOf(':');
        if (colon < 0) {
            throw new ScriptException(file, no, "a check needs a colon, e.g. '< contains: 113'; "
                    + "checks are " + CheckKind.words());
        }
        String word = body.substring(0, colon);
        CheckKind kind = CheckKind.byWord(word).orElseThrow(() -> new ScriptException(file, no,
                "unknown check '" + word.strip() + ":'; use one of " + CheckKind.words()));
        String argument = body.substring(colon + 1).strip();
        if (argument.isEmpty() && kind != CheckKind.BUTTONS) {
            throw new ScriptException(file, no, "'" + kind.word() + ":' needs a value, e.g. '< "
                    + kind.word() + ": " + example(kind) + "'");
        }
        if (kind == CheckKind.REGEX) {
            try {
                Pattern.compile(argument);
            } catch (PatternSyntaxException e) {
                throw new ScriptException(file, no, "the regular expression '" + argument + "' is invalid ("
                        + e.getDescription() + " near character " + (e.getIndex() + 1)
                        + "); for plain text use '< contains:' instead");
            }
        }
        return new Script.Check(no, kind, argument);
    }

    private static String once(Path file, int no, String key, String previous, String value) {
        if (previous != null) {
            throw new ScriptException(file, no, "'" + key + ":' is given twice; keep one");
        }
        return value;
    }

    private static String example(String key) {
        return switch (key) {
            case "title" -> "'title: Children get free dental care'";
            case "region" -> "'region: ostfold' (baerum, ostfold or other)";
            case "language" -> "'language: nn' (a language code of settings.json)";
            case "now" -> "'now: 2026-11-21T12:00'";
            default -> "'start: dental_free' (an intent name)";
        };
    }

    private static String example(CheckKind kind) {
        return switch (kind) {
            case CONTAINS, NOT_CONTAINS -> "113";
            case REGEX -> "NOK \\d+";
            case INTENT -> "dental_free";
            case BUTTONS -> "Yes | No";
            case BUTTON -> "Yes";
            case ASKS -> "birth_year";
            case OUTCOME -> "FREE_CHILD";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
