package healthbot.app;

import healthbot.content.Content;
import healthbot.content.ContentException;
import healthbot.content.ContentLoader;
import healthbot.content.Problem;
import healthbot.scripts.Script;
import healthbot.scripts.ScriptChecker;
import healthbot.scripts.ScriptException;
import healthbot.scripts.ScriptFiles;
import healthbot.scripts.ScriptParser;
import healthbot.translations.ReviewFileException;
import healthbot.translations.TranslationReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate}: checks the content (and the scripts' syntax and names) without starting the bot. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the content in intents/ and the dialogue scripts in intents/tests; "
                + "lists every problem with file:line and exits 1 when there is any.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    IntentsOption intentsOption;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Content content;
        List<Problem> notices;
        try {
            ContentLoader.Loaded loaded = ContentLoader.loadWithNotices(intentsOption.dir);
            content = loaded.content();
            notices = loaded.notices();
        } catch (ContentException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.println(e.problems().size() + " problem(s) in " + intentsOption.dir + "; the bot will not start until they are fixed.");
            return 1;
        }
        List<String> problems = new ArrayList<>();
        List<Path> scripts = Files.isDirectory(intentsOption.dir.resolve("tests"))
                ? ScriptFiles.find(List.of(intentsOption.dir.resolve("tests"))) : List.of();
        for (Path file : scripts) {
            try {
                Script script = ScriptParser.parse(file);
                problems.addAll(ScriptChecker.problems(script, content));
            } catch (ScriptException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + " problem(s) in the dialogue scripts.");
            return 1;
        }
        for (Problem notice : notices) {
            out.println(notice);
        }
        out.println(intentsOption.dir + " is valid: " + content.intents().size() + " intents, " + content.flows().size()
                + " flows, " + content.facts().size() + " facts, " + content.languages().codes().size() + " languages "
                + content.languages().codes() + ", " + scripts.size() + " dialogue scripts"
                + (notices.isEmpty() ? "." : "; " + notices.size() + " text(s) not translated yet (answered from the"
                + " fallback language with a note; listed above)."));
        try {
            out.println(TranslationReview.of(content).summaryLine());
        } catch (ReviewFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        return 0;
    }
}
