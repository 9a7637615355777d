package healthbot.testsupport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property runner itself: planted bugs are found, shrunk to their smallest case, and reported with the seed. */
class PropertyTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** A planted bug: the last element is never looked at. */
    private static int buggyMax(List<Integer> values) {
        int max = values.get(0);
        for (int i = 1; i < values.size() - 1; i++) {
            max = Math.max(max, values.get(i));
        }
        return max;
    }

    /** A planted bug: only the first zero-width space is removed. */
    private static String buggyStripZeroWidth(String text) {
        return text.replaceFirst("\u200b", "");
    }

    private <T> Property.Failure failureOf(Property<T> property, Property.Check<T> check) {
        return assertThrows(Property.Failure.class, () -> property.printingTo(out).check(check));
    }

    @Test
    void aPlantedBugInAListFunctionIsShrunkToTheTwoElementCounterexample() {
        Property.Failure failure = failureOf(Property.forAll(Gen.integers(0, 1000).list(1, 20)).named("max").seed(7).tries(200),
                values -> assertEquals(Collections.max(values), buggyMax(values)));

        assertEquals(List.of(0, 1), failure.smallest());
        List<String> lines = failure.getMessage().lines().toList();
        assertTrue(lines.get(0).matches("Property max failed on case \\d+ of 200, seed 7\\."), lines.get(0));
        assertTrue(lines.get(1).matches("Smallest failing case \\(after \\d+ shrinking steps, \\d+ candidates tried\\): \\[0, 1\\]"), lines.get(1));
        assertEquals("It fails with: org.opentest4j.AssertionFailedError: expected: <1> but was: <0>", lines.get(2));
        assertTrue(lines.get(3).startsWith("First failing case: ["), lines.get(3));
        assertEquals("To run the same cases again: -Dproperty.seed=7", lines.get(4));
        assertEquals(7, failure.seed());
        assertEquals("property max: 200 cases from seed 7 (-Dproperty.seed=N for others)\n",
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPlantedBugInATextFunctionIsShrunkToTheShortestTextShownWithItsInvisibleCharactersEscaped() {
        Property.Failure failure = failureOf(Property.forAll(Gen.strings(Gen.charsOf("ab \u200b"), 0, 40)).named("strip").seed(3),
                text -> assertTrue(!buggyStripZeroWidth(text).contains("\u200b"), "a zero-width space is left"));

        assertEquals("\u200b\u200b", failure.smallest());
        assertTrue(failure.getMessage().lines().toList().get(1).endsWith("): \"\\u200b\\u200b\""), failure.getMessage());
    }

    @Test
    void shrinkingKeepsTheKindOfErrorAndTheCauseIsTheErrorOfTheSmallestCase() {
        // numbers from 10 up fail with an assertion; the shrinker must not settle on 0, which fails differently
        Property.Failure failure = failureOf(Property.forAll(Gen.integers(0, 100_000)).named("kinds").seed(11),
                n -> {
                    if (n == 0) {
                        throw new IllegalStateException("another bug");
                    }
                    assertTrue(n < 10, "too big: " + n);
                });

        assertEquals(10, failure.smallest());
        assertEquals("too big: 10 ==> expected: <true> but was: <false>", failure.getCause().getMessage());
    }

    @Test
    void aPairShrinksBothOfItsValuesIntoARecordShownByItsComponents() {
        record Case(String name, int count) {}
        Property.Failure failure = failureOf(Property.forAll(Gen.zip(Gen.strings(Gen.charsOf("xyz"), 0, 10),
                        Gen.integers(-50, 50), Case::new)).named("pair").seed(5),
                c -> assertTrue(c.name().length() < 2 || c.count() > -3));

        assertEquals(new Case("xx", -3), failure.smallest());
        assertTrue(failure.getMessage().contains("): Case[name=\"xx\", count=-3]\n"), failure.getMessage());
    }

    @Test
    void aPropertyThatHoldsRunsExactlyItsTriesAndTheSameSeedDrawsTheSameCases() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> again = new ArrayList<>();
        List<List<Integer>> other = new ArrayList<>();
        Gen<List<Integer>> lists = Gen.anyInteger().list(0, 5);
        Property.forAll(lists).named("a").seed(42).tries(300).printingTo(out).check(first::add);
        Property.forAll(lists).named("a").seed(42).tries(300).printingTo(out).check(again::add);
        Property.forAll(lists).named("a").seed(43).tries(300).printingTo(out).check(other::add);

        assertEquals(300, first.size());
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void edgeCasesAreAmongTheDrawsAsWithTheUsualLibraries() {
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Property.forAll(Gen.anyInteger()).named("ints").seed(1).tries(500).printingTo(out).check(numbers::add);
        Property.forAll(Gen.strings(Gen.anyChar(), 0, 30)).named("texts").seed(1).tries(500).printingTo(out).check(texts::add);

        assertTrue(numbers.containsAll(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, -1)), numbers.toString());
        assertTrue(texts.contains(""), "the empty text");
        assertTrue(texts.stream().anyMatch(t -> t.length() == 30), "the longest text");
        assertTrue(texts.stream().anyMatch(t -> t.chars().anyMatch(c -> Character.isSurrogate((char) c))), "a surrogate");
        assertTrue(texts.stream().anyMatch(t -> t.indexOf('\u0000') >= 0), "a NUL character");
    }

    @Test
    void theSeedIsFixedByThePropertysNameUnlessTheSystemPropertyGivesOne() {
        assertEquals("EnginePropertiesTest.x".hashCode(), Property.seedFor("EnginePropertiesTest.x", null));
        assertEquals(Property.seedFor("A.b", ""), Property.seedFor("A.b", null));
        assertEquals(-12, Property.seedFor("A.b", " -12 "));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Property.seedFor("A.b", "twelve"));
        assertEquals("-Dproperty.seed must be a whole number, was 'twelve'", bad.getMessage());
    }

    @Test
    void aPropertyIsNamedAfterTheTestThatChecksIt() {
        Property.forAll(Gen.oneOf("x")).tries(1).printingTo(out).check(x -> { });
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(
                "property PropertyTest.aPropertyIsNamedAfterTheTestThatChecksIt: 1 cases from seed "), printed.toString());
    }
}
