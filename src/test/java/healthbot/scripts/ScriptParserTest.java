package healthbot.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class ScriptParserTest {

    private static final Path FILE = Path.of("intents/tests/example.convo");

    private static ScriptException error(String text) {
        return assertThrows(ScriptException.class, () -> ScriptParser.parse(FILE, text));
    }

    @Test
    void readsOptionsTurnsChecksAndComments() {
        Script s = ScriptParser.parse(FILE, """
                \uFEFF# a comment
                title: Children get free dental care
                region: Ostfold
                now: 2026-11-21T12:00

                > Is the dentist free for me?
                < asks: birth_year
                <  CONTAINS:  18 %
                < buttons:
                """);
        assertEquals("Children get free dental care", s.title());
        assertEquals("ostfold", s.region());
        assertEquals("2026-11-21T12:00", s.now());
        assertNull(s.start());
        assertEquals(4, s.steps().size());
        assertEquals(new Script.Say(6, "Is the dentist free for me?"), s.steps().get(0));
        assertEquals(new Script.Check(8, CheckKind.CONTAINS, "18 %"), s.steps().get(2));
        assertEquals(new Script.Check(9, CheckKind.BUTTONS, ""), s.steps().get(3));
        assertEquals(3, s.lineOf("region"));
    }

    @Test
    void aScriptWithoutTitleIsNamedAfterItsFile() {
        assertEquals("example", ScriptParser.parse(FILE, "> hi\n").title());
    }

    @Test
    void anUnknownCheckNamesFileLineAndTheKnownChecks() {
        ScriptException e = error("> hi\n< says: hello\n");
        assertTrue(e.getMessage().startsWith("intents/tests/example.convo:2: unknown check 'says:'"), e::getMessage);
        assertTrue(e.getMessage().contains("contains:"), e::getMessage);
    }

    @Test
    void aCheckBeforeAnyMessageIsAnError() {
        assertTrue(error("title: x\n< contains: 113\n").getMessage().contains("example.convo:2: a check"));
    }

    @Test
    void aLineThatIsNeitherTurnNorCheckAfterTheFirstTurnIsAnError() {
        ScriptException e = error("> hi\nregion: baerum\n");
        assertTrue(e.getMessage().startsWith("intents/tests/example.convo:2: cannot read \"region: baerum\""), e::getMessage);
    }

    @Test
    void aBrokenRegularExpressionIsAnErrorAtItsLine() {
        assertTrue(error("> hi\n\n< regex: NOK (\\d+\n").getMessage().contains("example.convo:3: the regular expression"));
    }

    @Test
    void anUnreadableTimeIsAnErrorAtItsLine() {
        assertTrue(error("now: next saturday\n> hi\n").getMessage().contains("example.convo:1: cannot read the time"));
    }

    @Test
    void aCheckWithoutValueOrColonIsAnError() {
        assertTrue(error("> hi\n< asks:\n").getMessage().contains(":2: 'asks:' needs a value"));
        assertTrue(error("> hi\n< contains 113\n").getMessage().contains(":2: a check needs a colon"));
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        assertTrue(error("now: 2026-01-01T10:00\nnow: 2026-01-02T10:00\n> hi\n").getMessage().contains(":2: 'now:' is given twice"));
    }

    @Test
    void aScriptWithoutTurnsIsAnError() {
        assertTrue(error("title: nothing\n# only a comment\n").getMessage().contains("has no turns"));
    }
}
