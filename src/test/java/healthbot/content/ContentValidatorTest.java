package healthbot.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each problem staff can make in intents/ is found in a broken copy of the test fixture
 * ({@code src/test/resources/fixture/intents}: six intents, one flow, English and the made-up
 * Zedish), with its file, line, column and exact message.
 */
class ContentValidatorTest {

    @TempDir
    Path tmp;

    private Path copy() {
        return ContentCopy.fixture(tmp.resolve("intents"));
    }

    /** Loads the broken copy and returns its only problem. */
    private static Problem onlyProblem(Path dir) {
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got:\n"
                + e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        return e.problems().get(0);
    }

    /** {@code file:line:col: message} relative to the copy, as validate prints it. */
    private static String shown(Problem p, Path dir) {
        return new Problem(dir.relativize(p.file()), p.line(), p.column(), p.message()).toString();
    }

    @Test
    void theShippedContentIsValid() {
        assertDoesNotThrow(() -> ContentLoader.load(Path.of("intents")));
    }

    @Test
    void theFixtureIsValidAndItsUntranslatedTextsAreNotices() {
        ContentLoader.Loaded loaded = ContentLoader.loadWithNotices(ContentCopy.FIXTURE);
        assertEquals(List.of("en", "zz"), loaded.content().languages().codes());
        assertEquals(List.of(
                // left untranslated on purpose: /privacy's fallback to English is tested on them
                "\"ui.privacy\" is not translated yet; the bot answers it in en with a note",
                "\"ui.privacy_review\" is not translated yet; the bot answers it in en with a note",
                "\"commands.privacy\" is not translated yet; the bot answers it in en with a note",
                "\"flows.physio_charge.slots.paid.ask\" is not translated yet; the bot answers it in en with a note",
                "\"flows.physio_charge.slots.paid.reprompt\" is not translated yet; the bot answers it in en with a note"),
                loaded.notices().stream().map(Problem::message).toList());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/all.json", "{\"name\": \"help\",", "{\"name\": \"help\",,");
        Problem p = onlyProblem(dir);
        assertTrue(shown(p, dir).matches("topics/all\\.json:6:21: Unexpected character \\(','.*"), shown(p, dir));
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedOnes() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/all.json", "{\"name\": \"help\",", "{\"name\": \"help\", \"exampels\": [],");
        assertEquals("topics/all.json:6:22: unknown field \"exampels\"; allowed here: [buttons, flow, kind, name, sources]",
                shown(onlyProblem(dir), dir));
    }

    @Test
    void aFieldOfTheOldLayoutSaysWhereItWent() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/all.json", "{\"name\": \"help\",", "{\"name\": \"help\", \"examples\": [],");
        assertEquals("topics/all.json:6:22: unknown field \"examples\"; allowed here: [buttons, flow, kind, name, sources]"
                + " (texts, examples and word lists are written per language in intents/languages/<code>/; see intents/README.md)",
                shown(onlyProblem(dir), dir));
    }

    @Test
    void anIntentWithTooFewExamplesIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "settings.json", "\"min_examples\": 3", "\"min_examples\": 7");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertTrue(e.problems().stream().map(p -> shown(p, dir)).anyMatch(("topics/all.json:6:14: intent 'help' has 6 examples;"
                + " at least 7 are needed to recognise it; add 1 more ways residents would write it to languages/*/examples.json")::equals),
                e::getMessage);
    }

    @Test
    void theSameExampleUnderTwoIntentsIsReportedWhereItIsRepeated() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/en/examples.json", "\"help\": [\"help\",", "\"help\": [\"hello\", \"help\",");
        assertEquals("languages/en/examples.json:6:14: example \"hello\" is under both 'greeting' and 'help', so the"
                + " classifier cannot tell them apart; keep it under one", shown(onlyProblem(dir), dir));
    }

    /** The 1-based line of the English lexicon that holds {@code text}, so the tests do not pin where the group sits. */
    private static int lineOf(Path dir, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("languages/en/lexicon.json"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError(text + " is not in languages/en/lexicon.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOutsideWordThatIsAlsoATopicWordIsReportedAtTheWord() {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        ContentCopy.replace(dir, "languages/en/lexicon.json", "\"first_aid\": {\"words\": [\"first aid\",",
                "\"first_aid\": {\"words\": [\"dentist\", \"first aid\",");
        assertEquals("languages/en/lexicon.json:" + lineOf(dir, "\"first_aid\"") + ":29: \"dentist\" of the outside group \"first_aid\" is also a topic word of"
                + " this language (examples.json topic_words); keep it in one of them", shown(onlyProblem(dir), dir));
    }

    @Test
    void anOutweighedWordThatIsNoTopicWordIsReportedAtTheWord() {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        ContentCopy.replace(dir, "languages/en/lexicon.json", "\"lifeguard\"]}", "\"lifeguard\"], \"outweighs\": [\"bandage\"]}");
        assertEquals("languages/en/lexicon.json:" + lineOf(dir, "\"first_aid\"") + ":118: \"bandage\" in \"outweighs\" of the outside group \"first_aid\" is not a"
                + " topic word of this language (examples.json topic_words)", shown(onlyProblem(dir), dir));
    }

    @Test
    void anOutsideGroupWithoutWordsIsReported() {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        ContentCopy.replace(dir, "languages/en/lexicon.json", "\"first_aid\": {\"words\": [", "\"first_aid\": {\"wrods\": [");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        List<String> shown = e.problems().stream().map(p -> shown(p, dir)).toList();
        assertEquals(List.of("languages/en/lexicon.json:" + lineOf(dir, "\"first_aid\"") + ":19: unknown field \"wrods\" in the outside group \"first_aid\"; allowed"
                        + " here: [outweighs, words]",
                "languages/en/lexicon.json:" + lineOf(dir, "\"first_aid\"") + ":18: the outside group \"first_aid\" has no \"words\"; add the words that name the service"),
                shown);
    }

    @Test
    void examplesOfAnUnknownIntentAreReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/examples.json", "\"help\":", "\"helpp\":");
        assertEquals("languages/zz/examples.json:6:5: examples for unknown intent 'helpp'; intents are defined in topics/*.json",
                shown(onlyProblem(dir), dir));
    }

    @Test
    void aTextWithAnUnknownIdIsReportedWithTheIdItProbablyMeant() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/texts.json", "\"reprompt\": \"Za zor zo.\"", "\"repromt\": \"Za zor zo.\"");
        assertEquals("languages/zz/texts.json:44:77: unknown text \"flows.physio_charge.slots.occupational_injury.repromt\":"
                + " no intent, flow slot, outcome, region or engine text has this id", shown(onlyProblem(dir), dir));
    }

    @Test
    void aTranslationOfATextTheSourceLanguageDoesNotHaveIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/texts.json", "\"physio_charge\": {\"label\": \"Zysio zarges\"}",
                "\"physio_charge\": {\"label\": \"Zysio zarges\", \"answer\": \"Zysio.\"}");
        assertEquals("languages/zz/texts.json:38:58: text \"intents.physio_charge.answer\" has no English text to translate"
                + " from; add it to " + dir.resolve("languages/en/texts.json") + " or delete this one", shown(onlyProblem(dir), dir));
    }

    @Test
    void aMissingSourceTextOfAFlowIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/en/texts.json",
                "\"EXEMPT_OCCUPATIONAL_INJURY\": \"Free: approved occupational injuries pay no charge.\",", "");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertEquals(List.of("languages/zz/texts.json:48:39: text \"flows.physio_charge.outcomes.EXEMPT_OCCUPATIONAL_INJURY\""
                        + " has no English text to translate from; add it to " + dir.resolve("languages/en/texts.json")
                        + " or delete this one",
                "languages/en/texts.json: the answer for outcome EXEMPT_OCCUPATIONAL_INJURY of flow 'physio_charge' is"
                        + " missing: add \"flows.physio_charge.outcomes.EXEMPT_OCCUPATIONAL_INJURY\" (nested as {\"flows\":"
                        + " {\"physio_charge\": {\"outcomes\": {\"EXEMPT_OCCUPATIONAL_INJURY\": \"...\"}}}})"),
                e.problems().stream().map(p -> shown(p, dir)).toList());
    }

    @Test
    void aTranslatedTextWithOneDigitChangedIsReportedAtTheTranslation() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/texts.json", "Zage zas za zumber, ze.g. 34.", "Zage zas za zumber, ze.g. 35.");
        assertEquals("languages/zz/texts.json:43:49: the zz text of \"flows.physio_charge.slots.age.reprompt\" does not"
                + " state the same numbers as the source text: missing [34], not in the source [35]; a translation must"
                + " carry exactly the source's facts", shown(onlyProblem(dir), dir));
    }

    @Test
    void aTranslatedTextWithAnotherPlaceholderIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/texts.json", "zunder {fact:physio.exempt_under_age}", "zunder 16");
        assertEquals("languages/zz/texts.json:47:28: the zz text of \"flows.physio_charge.outcomes.EXEMPT_UNDER_16\" does"
                + " not state the same placeholders as the source text: missing [{fact:physio.exempt_under_age}]; a"
                + " translation must carry exactly the source's facts", shown(onlyProblem(dir), dir));
    }

    @Test
    void aFactWordingWithOtherFiguresIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "facts.json", "\"wordings\": {\"zz\": \"22 33 44 55\"}", "\"wordings\": {\"zz\": \"22 33 44 56\"}");
        assertEquals("facts.json:9:5: the zz wording of fact 'interpreter.phone' states other numbers [22, 33, 44, 56] than"
                + " its value [22, 33, 44, 55]; a wording may change the words, never the figures", shown(onlyProblem(dir), dir));
    }

    @Test
    void aFlowNamingAnUnknownRuleIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "flows/physio_charge.json", "\"rule\": \"physio_charge\"", "\"rule\": \"physio_charges\"");
        Problem p = onlyProblem(dir);
        assertTrue(shown(p, dir).startsWith("flows/physio_charge.json:3:11: flow 'physio_charge' names unknown rule"
                + " 'physio_charges'; known: ["), shown(p, dir));
    }

    @Test
    void anAnswerUsingAVariableTheRuleDoesNotProduceIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/en/texts.json", "NOK {remaining} remains", "NOK {remainder} remains");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertEquals(List.of("languages/en/texts.json:51:24: outcome PAYS_CHARGE uses {remainder}, which rule physio_charge does"
                        + " not produce; it has [age, limit, limit_year, paid, remaining]",
                "languages/zz/texts.json:50:24: the zz text of \"flows.physio_charge.outcomes.PAYS_CHARGE\" does not state the"
                        + " same placeholders as the source text: missing [{remainder}], not in the source [{remaining}]; a"
                        + " translation must carry exactly the source's facts"),
                e.problems().stream().map(p -> shown(p, dir)).toList());
    }

    @Test
    void aFactWithoutASourceIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "facts.json", "\"emergency.number\": {\"value\": \"113\", \"source\": \"town\"}",
                "\"emergency.number\": {\"value\": \"113\"}");
        assertEquals("facts.json:6:5: fact 'emergency.number' has no source; add \"source\": one of [town]",
                shown(onlyProblem(dir), dir));
    }

    @Test
    void collidingButtonLabelsAreReportedInTheLanguageThatHasThem() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/texts.json", "{\"label\": \"Zelp\",", "{\"label\": \"Zello\",");
        assertEquals("languages/zz/texts.json:36:23: intents 'greeting' and 'help' have the same zz button label \"Zello\";"
                + " give 'help' a label of its own", shown(onlyProblem(dir), dir));
    }

    @Test
    void aLanguageWithAnUnknownPluralRuleIsReportedWithTheRulesThereAre() {
        Path dir = copy();
        ContentCopy.replace(dir, "settings.json", "\"aliases\": [\"zz-ZZ\"],", "\"aliases\": [\"zz-ZZ\"], \"plural\": \"slavic\",");
        assertEquals("settings.json:11:88: language \"zz\" has plural \"slavic\"; use one of"
                + " [one_other, polish, east_slavic, lithuanian]", shown(onlyProblem(dir), dir));
    }

    @Test
    void aLanguageFolderThatSettingsDoNotListIsReported() throws Exception {
        Path dir = copy();
        java.nio.file.Files.createDirectories(dir.resolve("languages/qq"));
        assertEquals("languages/qq: folder for language \"qq\", which settings.json does not list; add {\"code\": \"qq\","
                + " \"name\": \"...\"} to \"languages\" in settings.json, or remove the folder", shown(onlyProblem(dir), dir));
    }

    @Test
    void aLexiconWithAnUnknownListOrAWrongValueIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/lexicon.json", "\"negation\": [\"zot\", \"zo\"],",
                "\"negations\": [\"zot\"], \"negation\": [\"zot\", 7],");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertEquals(List.of(
                "languages/zz/lexicon.json:4:3: unknown field \"negations\"; allowed here: [age, amounts, born, continue, counted,"
                        + " cues, emergency, half, half_year, hedges, latin, letters, multipliers, negation, no, number_joiner, numbers,"
                        + " numbers_before_multiplier, outside, refusals, region_other, relatives, stop, strong_cues, units, yes]",
                "languages/zz/lexicon.json:4:45: every entry of \"negation\" must be a non-empty text in quotes, not a number"),
                e.problems().stream().map(p -> shown(p, dir)).toList());
    }

    @Test
    void aLexiconWordMappedToAnUnknownUnitIsReportedWithItsPlace() {
        Path dir = copy();
        ContentCopy.replace(dir, "languages/zz/lexicon.json", "\"month\": [\"zonths\"],",
                "\"month\": [\"zonths\"], \"fortnight\": [\"zortnights\"],");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertEquals(List.of("languages/zz/lexicon.json:12:53: unknown field \"fortnight\" in \"units\"; allowed here:"
                        + " [day, km, mil, money_after, money_before, month, week, year]"),
                e.problems().stream().map(p -> shown(p, dir)).toList());
    }

    @Test
    void aMissingGreetingIntentIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/all.json", "\"name\": \"greeting\"", "\"name\": \"greetings\"");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("no intent named 'greeting'")),
                e::getMessage);
    }
}
