package healthbot.content;

import java.util.List;
import java.util.Map;

/**
 * A language's word lists, as staff wrote them in {@code intents/languages/<code>/lexicon.json}
 * and {@code common-words.txt}: the words the engine reads messages by (negation, yes and no,
 * numbers and units, commands, emergency words...). Raw text: the understanding normalises and
 * compiles them. Lists a file leaves out are empty. Immutable.
 *
 * @param language     the language's code
 * @param cues         words typical of the language, for telling languages apart
 * @param letters      letters that mark the language ("æøå"), may be empty
 * @param negation     words that negate what follows ("not", "ikke")
 * @param yes          answers meaning yes to a yes/no question
 * @param no           answers meaning no
 * @param refusals     ways of declining to give a number ("I don't know", "vet ikke")
 * @param stop         words that stop the question being asked
 * @param resume       words that continue a paused question ("continue", "fortsett")
 * @param numbers      number words that are numbers on their own ("three", "tre")
 * @param beforeMultiplier number words that count only before a multiplier ("a hundred", "to tusen")
 * @param multipliers  "hundred", "thousand"
 * @param joiners      the word joining parts of a number ("three hundred and fifty")
 * @param counted      number words that count only before a unit ("a month", "en måned")
 * @param half         "and a half" after a number
 * @param halfYear     phrases meaning six months
 * @param units        words of each unit
 * @param age          words around an age
 * @param born         words before a birth year
 * @param amounts      words saying what an amount is
 * @param regionOther  words meaning "somewhere else" at the region question
 * @param relatives    family and people around the writer ("mother", "naboen")
 * @param hedges       words of uncertainty ("maybe", "kanskje")
 * @param emergency    emergency words
 * @param commonWords  ordinary words that typo tolerance must never read as an emergency word
 * @param outside      services and things the bot does not cover, by group ({@code "pharmacy"}): when a
 *                     message asks about one and about none of the topics, it gets the fallback
 * @param evidence     further evidence of the language for the detector: strong cues, and how it is written in
 *                     Latin letters when its own script is another
 */
public record Lexicon(String language, List<String> cues, String letters, List<String> negation, List<String> yes,
                      List<String> no, List<String> refusals, List<String> stop, List<String> resume,
                      Map<String, Integer> numbers, Map<String, Integer> beforeMultiplier,
                      Map<String, Integer> multipliers, List<String> joiners, Map<String, Integer> counted,
                      List<String> half, List<String> halfYear, Units units, Age age, List<String> born,
                      Amounts amounts, List<String> regionOther, List<String> relatives, List<String> hedges,
                      Emergency emergency, List<String> commonWords, Map<String, Outside> outside, Evidence evidence) {

    public Lexicon {
        cues = List.copyOf(cues);
        negation = List.copyOf(negation);
        yes = List.copyOf(yes);
        no = List.copyOf(no);
        refusals = List.copyOf(refusals);
        stop = List.copyOf(stop);
        resume = List.copyOf(resume);
        numbers = Map.copyOf(numbers);
        beforeMultiplier = Map.copyOf(beforeMultiplier);
        multipliers = Map.copyOf(multipliers);
        joiners = List.copyOf(joiners);
        counted = Map.copyOf(counted);
        half = List.copyOf(half);
        halfYear = List.copyOf(halfYear);
        born = List.copyOf(born);
        regionOther = List.copyOf(regionOther);
        relatives = List.copyOf(relatives);
        hedges = List.copyOf(hedges);
        commonWords = List.copyOf(commonWords);
        outside = Map.copyOf(outside);
    }

    /**
     * One group of things outside the bot's topics ({@code "pharmacy": {"words": ["pharmacy", "apotek"],
     * "outweighs": ["prescription"]}}).
     *
     * @param words     words and phrases that name the outside service or thing
     * @param outweighs topic words that, asked together with one of {@code words}, are about the outside
     *                  thing, not about a topic ("renew my prescription on helsenorge")
     */
    public record Outside(List<String> words, List<String> outweighs) {
        public Outside {
            words = List.copyOf(words);
            outweighs = List.copyOf(outweighs);
        }
    }

    /** Unit words. */
    public record Units(List<String> year, List<String> month, List<String> week, List<String> day, List<String> km,
                        List<String> mil, List<String> moneyAfter, List<String> moneyBefore) {
        public Units {
            year = List.copyOf(year);
            month = List.copyOf(month);
            week = List.copyOf(week);
            day = List.copyOf(day);
            km = List.copyOf(km);
            mil = List.copyOf(mil);
            moneyAfter = List.copyOf(moneyAfter);
            moneyBefore = List.copyOf(moneyBefore);
        }
    }

    /**
     * Words around an age.
     *
     * @param before   phrases before the number ("I am", "han er")
     * @param unit     the unit after the number ("years", "år")
     * @param after    after the unit ("old", "gammel")
     * @param notAfter words that make "N years" a duration, not an age ("for 3 years", "i 3 år")
     */
    public record Age(List<String> before, List<String> unit, List<String> after, List<String> notAfter) {
        public Age {
            before = List.copyOf(before);
            unit = List.copyOf(unit);
            after = List.copyOf(after);
            notAfter = List.copyOf(notAfter);
        }
    }

    /** Words saying what an amount is, and how ranges and clauses are written. */
    public record Amounts(List<String> total, List<String> oneWay, List<String> roundTrip, List<String> approximately,
                          List<String> between, List<String> range, List<String> clauseBreaks) {
        public Amounts {
            total = List.copyOf(total);
            oneWay = List.copyOf(oneWay);
            roundTrip = List.copyOf(roundTrip);
            approximately = List.copyOf(approximately);
            between = List.copyOf(between);
            range = List.copyOf(range);
            clauseBreaks = List.copyOf(clauseBreaks);
        }
    }

    /**
     * Emergency words.
     *
     * @param naming     words that only name an emergency or the services ("emergency", "akutt", "113")
     * @param describing words and phrases that describe one ("not breathing", "puster ikke")
     */
    public record Emergency(List<String> naming, List<String> describing) {
        public Emergency {
            naming = List.copyOf(naming);
            describing = List.copyOf(describing);
        }
    }

    /**
     * Evidence of the language beyond its cues.
     *
     * @param strongCues    words only this language (and its close relatives' texts) writes that
     *                      weigh more than a cue: pronouns and function words ("eg", "ikkje", "jeg")
     *                      rather than content words, which writers of a close standard borrow
     * @param latinCues     for a language whose script is not Latin: words as its writers spell them
     *                      in Latin letters ("spasibo", "dyakuyu"); empty for a Latin-script language
     * @param latinSpelling for such a language: how Latin letters are read back into its script, one
     *                      rule a line, "latin script" ("shch щ", "zh ж", "a а"), longest first
     */
    public record Evidence(List<String> strongCues, List<String> latinCues, List<String> latinSpelling) {
        public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

        public Evidence {
            strongCues = List.copyOf(strongCues);
            latinCues = List.copyOf(latinCues);
            latinSpelling = List.copyOf(latinSpelling);
        }
    }
}
