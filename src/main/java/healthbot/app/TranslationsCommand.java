package healthbot.app;

import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.translations.LanguageReview;
import healthbot.translations.ReviewFileException;
import healthbot.translations.TextReview;
import healthbot.translations.TranslationReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code translations}: the translators' to-do list. Lists, per language, the texts whose source
 * changed since they were reviewed, whose translation was edited since, that were never reviewed,
 * or are not translated; {@code --mark-reviewed} records a review in the language's
 * {@code reviewed.json}.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Review status of every translation: per language, which texts were reviewed against today's"
                + " source text, which are stale (the source or the translation changed since), never reviewed, or not"
                + " translated. Reviews are kept in intents/languages/<code>/reviewed.json.",
                "Mark reviewed: translations --mark-reviewed --language nn --by \"Name\" [--id ID]..."})
final class TranslationsCommand implements Callable<Integer> {

    @Mixin
    IntentsOption intentsOption;

    @Option(names = "--language", paramLabel = "CODE", description = "Only this language (repeatable); default: all.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--summary", description = "Only the counts per language, not the list of texts.")
    boolean summary;

    @Option(names = "--check", description = "Exit 1 when any translation of the chosen languages is stale or never"
            + " reviewed (a gate before production; texts not translated yet are validate's notices).")
    boolean check;

    @Option(names = "--mark-reviewed", description = "Record that the texts (--id, or every translated text that needs"
            + " review) of one --language were reviewed as they are now.")
    boolean markReviewed;

    @Option(names = "--id", paramLabel = "ID", description = "With --mark-reviewed: the text id reviewed (repeatable).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--by", paramLabel = "NAME", description = "With --mark-reviewed: who reviewed.")
    String reviewer;

    @Option(names = "--on", paramLabel = "DATE", description = "With --mark-reviewed: the date of the review (default: today in Norway).")
    LocalDate date;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Content content = ContentLoader.load(intentsOption.dir);
        TranslationReview review;
        try {
            review = TranslationReview.of(content);
        } catch (ReviewFileException e) {
            throw new UserError(e.getMessage());
        }
        if (markReviewed) {
            return mark(out, review);
        }
        if (!ids.isEmpty() || reviewer != null || date != null) {
            throw new UserError("--id, --by and --on go with --mark-reviewed");
        }
        boolean needsReview = false;
        for (LanguageReview l : chosen(review)) {
            out.println(l.counts());
            l.obsolete().forEach(o -> out.println("  " + o));
            if (!summary) {
                for (TextReview t : l.notReviewed()) {
                    out.println("  " + t.where() + "  " + t.id() + "  " + t.status().words());
                }
            }
            needsReview |= !l.needingReview().isEmpty();
        }
        return check && needsReview ? 1 : 0;
    }

    private List<LanguageReview> chosen(TranslationReview review) {
        if (languages.isEmpty()) {
            return review.languages();
        }
        return languages.stream().map(review::language).toList();
    }

    private int mark(PrintStream out, TranslationReview review) {
        if (languages.size() != 1) {
            throw new UserError("--mark-reviewed needs exactly one --language (the one the translator reviewed)");
        }
        if (reviewer == null) {
            throw new UserError("--mark-reviewed needs --by NAME: who reviewed the texts");
        }
        String code = languages.get(0);
        LocalDate on = date != null ? date : OsloClock.now(Clock.systemUTC()).toLocalDate();
        int marked = review.markReviewed(code, ids, reviewer, on);
        LanguageReview now = review.language(code);
        out.println("Marked " + marked + " text(s) of " + code + " reviewed by " + reviewer.strip() + " on " + on + " in "
                + now.file() + ".");
        out.println(now.counts());
        return 0;
    }
}
