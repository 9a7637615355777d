package healthbot.eval;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Red descriptions in the newcomers' languages ({@code intents/tests/triage-probes-newcomers.jsonl}:
 * Polish, Ukrainian, Russian, Arabic, Lithuanian, Somali and Tigrinya, written for it as residents
 * text, with typos and without diacritics, none from the residents' set) through the same scorer as
 * {@code eval --triage}: per language, no red case misses 113 in the first line, each is read by a
 * triage sign (not by the classifier's guess alone), each is answered in the writer's language, and no
 * figure of speech, past event or negation gets 113. The file keeps at least 8 red cases and one
 * figurative, one historical and one negated case per language, so it cannot shrink unnoticed.
 */
class NewcomerTriageProbesTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-newcomers.jsonl");
    static final List<String> LANGUAGES = List.of("pl", "uk", "ru", "ar", "lt", "so", "ti");
    static final Set<String> NOT_RED = Set.of("negated", "historical", "figurative");
    static final int RED_PER_LANGUAGE = 8;

    private static ScoredTriageFile file;
    private static List<TriageCase> cases;
    private static Bot bot;

    @BeforeAll
    static void score() {
        bot = TestBots.bot(TestBots.SATURDAY_NOON);
        file = ScoredTriageFile.score(FILE, bot);
        cases = file.cases();
    }

    @Test
    void noRedDescriptionInANewcomersLanguageIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
    }

    @Test
    void everyRedDescriptionIsReadByATriageSignOfItsLanguageNotByTheClassifierAlone() {
        List<String> signless = cases.stream().filter(TriageCase::red)
                .filter(c -> !TestBots.nlu().analyze(c.text()).assessment().red())
                .map(c -> c.where() + " [" + c.lang() + "] " + c.text()).toList();
        assertEquals(List.of(), signless, "red only by the classifier's guess");
    }

    @Test
    void theEmergencyAnswerIsInTheWritersLanguage() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (TriageCase c : cases) {
            if (c.red()) {
                String language = bot.handle("probe-language-" + n++, c.text()).language();
                if (!c.lang().equals(language)) {
                    wrong.add(c.where() + " [" + c.lang() + "] answered in " + language + ": " + c.text());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noFigureOfSpeechPastEventOrNegationInANewcomersLanguageGets113() {
        assertEquals(List.of(), file.overTriaged(NOT_RED), "answered with 113");
    }

    @Test
    void everyLanguageHasEightRedDescriptionsAndAFigurativeAHistoricalAndANegatedOne() {
        List<String> short_ = new ArrayList<>();
        for (String lang : LANGUAGES) {
            long red = cases.stream().filter(c -> c.lang().equals(lang) && c.red()).count();
            if (red < RED_PER_LANGUAGE) {
                short_.add(lang + " red: " + red);
            }
            for (String kind : NOT_RED) {
                if (cases.stream().noneMatch(c -> c.lang().equals(lang) && c.kind().equals(kind))) {
                    short_.add(lang + " " + kind + ": 0");
                }
            }
        }
        assertEquals(List.of(), short_, "too few cases in " + FILE);
    }
}
