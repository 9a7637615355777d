package healthbot.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of the three seed pages (/work/shared/seeds) as {@link Facts}, for tests in any
 * package: every fact key of the rules spec with its value, source id and year.
 */
public final class SeedFacts implements Facts {

    public static final String PHYSIO = "physio";
    public static final String BAERUM = "baerum";
    public static final String OSTFOLD = "ostfold";

    private final Map<String, Fact> facts;
    private final Map<String, Source> sources;

    private SeedFacts(Map<String, Fact> facts, Map<String, Source> sources) {
        this.facts = Map.copyOf(facts);
        this.sources = Map.copyOf(sources);
    }

    public static Facts seedFacts() {
        return new SeedFacts(seedFactMap(), seedSources());
    }

    /** The seed facts with some replaced or added, e.g. to test that rules follow the content. */
    public static Facts seedFactsWith(Fact... replacements) {
        Map<String, Fact> map = seedFactMap();
        for (Fact f : replacements) {
            map.put(f.key(), f);
        }
        return new SeedFacts(map, seedSources());
    }

    /** The seed facts as a mutable map, keyed by fact key. */
    public static Map<String, Fact> seedFactMap() {
        Map<String, Fact> m = new LinkedHashMap<>();
        // "Everyone is entitled to free dental treatment until the year they reach the age of 18."
        put(m, "dental.free_until_age", "18", OSTFOLD);
        // "Young people pay reduced fees from the year they reach the age of 19 to the year they reach 20."
        put(m, "dental.youth_discount_from_age", "19", OSTFOLD);
        put(m, "dental.youth_discount_to_age", "20", OSTFOLD);
        // "There is a 25 per cent discount for 19 and 20 year-olds."
        put(m, "dental.youth_discount.baerum", "25", BAERUM);
        // "If you reach the age of 19 or 20 in the treatment year, you get a 75 per cent discount on the total fee."
        put(m, "dental.youth_discount.ostfold", "75", OSTFOLD);
        // "“Long-term residence” is defined as lasting continuously for three months or more."
        put(m, "dental.min_months", "3", OSTFOLD);
        // "Diagnosis (ICD-10) F70 - F79."
        put(m, "dental.learning_disability_icd", "F70–F79", OSTFOLD);
        // "If you live in a local authority which does not have a dental clinic, and have had travel
        // costs of more than NOK 400, ..." / "The kilometre rate is then NOK 2.30." / "NOK 146 per
        // journey (in other words, NOK 292 for a round trip)" / "more than 174 kilometres"
        put(m, "travel.threshold", "400", OSTFOLD);
        put(m, "travel.km_rate", "2.30", OSTFOLD);
        put(m, "travel.specialist_contribution", "146", OSTFOLD);
        put(m, "travel.specialist_round_trip", "292", OSTFOLD);
        put(m, "travel.break_even_km", "174", OSTFOLD);
        // "Children under 16 years of age" / "The patient’s charge limit for 2018 is NOK 2025."
        put(m, "physio.exempt_under_age", "16", PHYSIO);
        m.put("physio.charge_limit", new Fact("physio.charge_limit", "2025", PHYSIO, 2018));
        // "To register with a GP call 810 59 500" / "For medical emergencies call 113."
        put(m, "gp.registration_phone", "810 59 500", BAERUM);
        put(m, "emergency.number", "113", BAERUM);
        // "calling 69 11 77 99" / "open on Saturdays, Sundays and public holidays between 11.00 and 14.00."
        put(m, "emergency_dentist.phone", "69 11 77 99", OSTFOLD);
        put(m, "emergency_dentist.opens", "11.00", OSTFOLD);
        put(m, "emergency_dentist.closes", "14.00", OSTFOLD);
        // "Children’s health clinics provide services for children up to six years old" /
        // "For young people between the ages of 12 and 24"
        put(m, "clinic.child_max_age", "6", BAERUM);
        put(m, "clinic.youth_min_age", "12", BAERUM);
        put(m, "clinic.youth_max_age", "24", BAERUM);
        return m;
    }

    private static Map<String, Source> seedSources() {
        return Map.of(
                PHYSIO, new Source(PHYSIO, "Municipal physiotherapy", "municipality not named"),
                BAERUM, new Source(BAERUM, "Bærum municipality: health services for new residents", "Bærum"),
                OSTFOLD, new Source(OSTFOLD, "Østfold county's public dental health service", "Østfold"));
    }

    private static void put(Map<String, Fact> m, String key, String value, String source) {
        m.put(key, new Fact(key, value, source, null));
    }

    @Override
    public Fact fact(String key) {
        Fact fact = facts.get(key);
        if (fact == null) {
            throw new MissingFactException(key);
        }
        return fact;
    }

    @Override
    public Source source(String sourceId) {
        Source source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("No source '" + sourceId + "'");
        }
        return source;
    }
}
