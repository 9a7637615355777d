package healthbot.nlu;

import healthbot.content.Lexicon;
import healthbot.rules.DurationUnit;
import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;
import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any duration N in unit U, written with any of a lexicon's words for U (digits, or the
 * language's own number word for N), is read as N U in that language, and in a chat of any other
 * language either as N U or not at all (then asked again), never as N of another unit.
 */
class DurationUnitPropertyTest {

    private static final Collection<Lexicon> LEXICONS = healthbot.TestBots.content().lexicons().values();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(), LEXICONS);

    /** One way a language writes a unit, and the language's number words. */
    record UnitWord(String language, DurationUnit unit, String word, Map<String, Integer> numbers) {}

    record Case(UnitWord unit, int n, String chatLanguage) {
        String text() {
            String number = unit.numbers().entrySet().stream().filter(e -> e.getValue() == n && n % 2 == 0)
                    .map(Map.Entry::getKey).sorted().findFirst().orElse(Integer.toString(n));
            return number + " " + unit.word();
        }
    }

    private static List<UnitWord> unitWords() {
        List<UnitWord> out = new ArrayList<>();
        for (Lexicon l : LEXICONS) {
            Lexicon.Units u = l.units();
            Map<DurationUnit, List<String>> byUnit = Map.of(DurationUnit.DAY, u.day(), DurationUnit.WEEK, u.week(),
                    DurationUnit.MONTH, u.month(), DurationUnit.YEAR, u.year());
            byUnit.forEach((unit, words) -> words.forEach(w -> out.add(new UnitWord(l.language(), unit, w, l.numbers()))));
        }
        out.sort(java.util.Comparator.comparing(UnitWord::language).thenComparing(UnitWord::word));
        return out;
    }

    @Test
    void aDurationIsReadInTheUnitItWasWrittenInAndNeverInAnother() {
        List<String> languages = LEXICONS.stream().map(Lexicon::language).toList();
        Property.forAll(Gen.zip(Gen.oneOf(unitWords()), Gen.integers(1, 400), Gen.oneOf(languages), Case::new))
                .tries(1500)
                .check(c -> {
                    String text = TextNormalizer.normalize(c.text());
                    SlotValue.Duration expected = new SlotValue.Duration(BigDecimal.valueOf(c.n()), c.unit().unit());
                    assertEquals(Optional.of(expected), EXTRACTOR.extract(SlotType.MONTHS, text, true, Map.of(),
                            List.of(c.unit().language())), "in its own language: " + c.text());
                    Optional<SlotValue> inOther = EXTRACTOR.extract(SlotType.MONTHS, text, true, Map.of(), List.of(c.chatLanguage()));
                    assertTrue(inOther.isEmpty() || inOther.get().equals(expected),
                            () -> "in a " + c.chatLanguage() + " chat \"" + c.text() + "\" was read as " + inOther.get().plain());
                });
    }
}
