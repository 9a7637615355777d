package healthbot.rules;

import static healthbot.rules.RuleCheck.CTX;
import static healthbot.rules.RuleCheck.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dental_eligibility; the treatment year is 2026 (CTX is 21 November 2026). */
class DentalEligibilityRuleTest {

    private final Rule rule = new DentalEligibilityRule();

    private static final String FREE_TO_18 =
            "Everyone is entitled to free dental treatment until the year they reach the age of 18.";
    private static final String YOUTH =
            "Young people pay reduced fees from the year they reach the age of 19 to the year they reach 20.";
    private static final String OSTFOLD_75 =
            "If you reach the age of 19 or 20 in the treatment year, you get a 75 per cent discount on the total fee.";
    private static final String BAERUM_25 = "There is a 25 per cent discount for 19 and 20 year-olds.";
    private static final String ADULT =
            "Our clinics also accept adult fee-paying patients for all types of dental treatment, providing the necessary capacity is available.";
    private static final String LEARNING =
            "People with learning disabilities have the right to necessary dental treatment free of charge. Diagnosis (ICD-10) F70 - F79.";
    private static final String LONG_TERM =
            "“Long-term residence” is defined as lasting continuously for three months or more.";
    private static final String ACUTE_FIRST_3 =
            "Only emergency (acute) treatment is provided free in the first three months.";
    private static final String RELATIVES =
            "have the right in Østfold to necessary dental treatment free of charge. Documentation from the local authority is required.";
    private static final String CONVICT_FULL =
            "Dental check-ups as well as necessary preventive measures and normal dental treatment are provided to convicts serving sentences of longer than three months.";
    private static final String CONVICT_ACUTE =
            "All people serving prison sentences have the right to necessary emergency (acute) dental treatment as and when required, regardless of the length of their sentence.";
    private static final String HOME_SENTENCE = "Sentences served at home give no rights.";
    private static final String WEEKLY =
            "it is provided weekly (at least once a week) over a continuous period of three months or more.";
    private static final String LAR =
            "People on medication-assisted rehabilitation have the right to necessary dental treatment free of charge.";
    private static final String HOME_NURSING =
            "home nursing is provided on a weekly basis (at least once a week) for a continuous period of three months or more.";
    private static final String SHELTERED =
            "Residents in sheltered accommodation who receive nursing care there, will have the right to dental treatment free of charge on the same terms as people who live and stay in their private home.";
    private static final String PRIVATE =
            "Residents in private institutions for treating substance abusers which have no agreement with a regional health authority or a local authority have no rights in the dental health service.";

    static Stream<Arguments> rows() {
        return Stream.of(
                // age bands by birth year (age reached in 2026)
                row(FREE_TO_18, "?birth_year", ""),
                row(FREE_TO_18, "FREE_CHILD", "age_this_year=18; year=2026; free_until_age=18", "birth_year", 2008),
                row(FREE_TO_18, "FREE_CHILD", "age_this_year=0", "birth_year", 2026),
                row(YOUTH, "?region", "", "birth_year", 2007),
                row(OSTFOLD_75, "YOUTH_DISCOUNT", "age_this_year=19; discount=75; region_name=Østfold", "birth_year", 2007, "region", "ostfold"),
                row(BAERUM_25, "YOUTH_DISCOUNT", "age_this_year=20; discount=25; region_name=Bærum", "birth_year", 2006, "region", "baerum"),
                row(BAERUM_25, "YOUTH_DISCOUNT_BOTH", "discount_baerum=25; discount_ostfold=75", "birth_year", 2006, "region", "other"),
                row(YOUTH, "?region", "", "birth_year", 2006, "region", "mars"),
                row(ADULT, "?category", "", "birth_year", 2005),
                // age instead of birth year: the person turns age or age+1 this year
                row(FREE_TO_18, "FREE_CHILD", "year=2026", "age", 17),
                row(FREE_TO_18, "?birth_year", "", "age", 18),
                row(OSTFOLD_75, "YOUTH_DISCOUNT", "discount=75", "age", 19, "region", "ostfold"),
                row(YOUTH, "?birth_year", "", "age", 20),
                row(ADULT, "?category", "", "age", 21),
                row(FREE_TO_18, "FREE_CHILD", "age_this_year=18", "birth_year", 2008, "age", 40),
                // odd answers are asked again
                row(FREE_TO_18, "?birth_year", "", "age", -5),
                row(FREE_TO_18, "?birth_year", "", "age", 130),
                row(FREE_TO_18, "?birth_year", "", "birth_year", 2030),
                row(FREE_TO_18, "?birth_year", "", "birth_year", 1850),
                row(FREE_TO_18, "?birth_year", "", "birth_year", "nineteen"),
                row(ADULT, "?category", "", "birth_year", 1980, "category", "astronaut"),
                // adults by category
                row(LEARNING, "?diagnosis", "", "birth_year", 1980, "category", "learning_disability"),
                row(LEARNING, "FREE_LEARNING_DISABILITY", "icd=F70–F79; age_this_year=46", "birth_year", 1980, "category", "learning_disability", "diagnosis", true),
                row(LEARNING, "ADULT_FEE_PAYING", "icd=F70–F79", "birth_year", 1980, "category", "learning_disability", "diagnosis", false),
                row(LONG_TERM, "?months", "", "birth_year", 1980, "category", "institution"),
                row(LONG_TERM, "FREE_INSTITUTION", "months=3; min_months=3", "birth_year", 1980, "category", "institution", "months", 3),
                row(ACUTE_FIRST_3, "ACUTE_ONLY_INSTITUTION", "months=2; months_left=1; min_months=3", "birth_year", 1980, "category", "institution", "months", 2),
                row(ACUTE_FIRST_3, "ACUTE_ONLY_INSTITUTION", "months=0; months_left=3", "birth_year", 1980, "category", "institution", "months", 0),
                row(ACUTE_FIRST_3, "?months", "", "birth_year", 1980, "category", "institution", "months", -1),
                row(RELATIVES, "?region", "", "birth_year", 1980, "category", "relatives_care"),
                row(RELATIVES, "FREE_RELATIVES_CARE", "", "birth_year", 1980, "category", "relatives_care", "region", "ostfold"),
                row(RELATIVES, "RELATIVES_CARE_OSTFOLD_ONLY", "", "birth_year", 1980, "category", "relatives_care", "region", "baerum"),
                row(RELATIVES, "RELATIVES_CARE_OSTFOLD_ONLY", "", "birth_year", 1980, "category", "relatives_care", "region", "other"),
                row(HOME_SENTENCE, "?home_sentence", "", "birth_year", 1980, "category", "convict"),
                row(HOME_SENTENCE, "CONVICT_HOME_NO_RIGHTS", "", "birth_year", 1980, "category", "convict", "home_sentence", true),
                row(CONVICT_FULL, "?months", "", "birth_year", 1980, "category", "convict", "home_sentence", false),
                row(CONVICT_ACUTE, "CONVICT_ACUTE_ONLY", "months=3; min_months=3", "birth_year", 1980, "category", "convict", "home_sentence", false, "months", 3),
                row(CONVICT_FULL, "CONVICT_FULL_CARE", "months=4", "birth_year", 1980, "category", "convict", "home_sentence", false, "months", 4),
                row(WEEKLY, "?weekly", "", "birth_year", 1980, "category", "substance_decision"),
                row(WEEKLY, "SUBSTANCE_NOT_YET", "", "birth_year", 1980, "category", "substance_decision", "weekly", false),
                row(WEEKLY, "?months", "", "birth_year", 1980, "category", "substance_decision", "weekly", true),
                row(WEEKLY, "SUBSTANCE_NOT_YET", "months=2; months_left=1", "birth_year", 1980, "category", "substance_decision", "weekly", true, "months", 2),
                row(WEEKLY, "FREE_SUBSTANCE_DECISION", "months=3", "birth_year", 1980, "category", "substance_decision", "weekly", true, "months", 3),
                row(LAR, "FREE_LAR", "", "birth_year", 1980, "category", "lar"),
                row(HOME_NURSING, "?weekly", "", "birth_year", 1980, "category", "home_nursing", "months", 12),
                row(HOME_NURSING, "HOME_NURSING_NOT_YET", "", "birth_year", 1980, "category", "home_nursing", "weekly", false),
                row(HOME_NURSING, "HOME_NURSING_NOT_YET", "months_left=1", "birth_year", 1980, "category", "home_nursing", "weekly", true, "months", 2),
                row(HOME_NURSING, "FREE_HOME_NURSING", "months=3", "birth_year", 1980, "category", "home_nursing", "weekly", true, "months", 3),
                row(SHELTERED, "FREE_SHELTERED_ACCOMMODATION", "", "birth_year", 1980, "category", "sheltered_accommodation", "weekly", true, "months", 6),
                row(SHELTERED, "HOME_NURSING_NOT_YET", "months_left=2", "birth_year", 1980, "category", "sheltered_accommodation", "weekly", true, "months", 1),
                row(PRIVATE, "PRIVATE_INSTITUTION_NO_RIGHTS", "", "birth_year", 1980, "category", "private_substance_institution"),
                row(ADULT, "ADULT_FEE_PAYING", "age_this_year=46", "birth_year", 1980, "category", "none"),
                row(ADULT, "ADULT_FEE_PAYING", "year=2026", "age", 46, "category", "none"));
    }

    @ParameterizedTest(name = "{index}: {1} {2} <- {3} | {0}")
    @MethodSource("rows")
    void decidesAsTheSourceSays(String quote, String expected, String variables, Answers answers) {
        RuleCheck.assertRow(rule, CTX, expected, variables, answers);
    }

    @Test
    void tableReachesEveryOutcomeAndSlot() {
        // age is accepted when given but never asked: the birth year is unambiguous
        RuleCheck.assertTableCovers(rule, rows(), Set.of("age"));
    }

    @Test
    void seventeenYearOldIsNeverAskedRegionOrCategory() {
        var c = RuleCheck.converse(rule, CTX, Answers.none(),
                Map.of("birth_year", 2009, "region", "ostfold", "category", "none"));
        assertEquals("FREE_CHILD", c.decision().outcome());
        assertEquals(List.of("birth_year"), c.asked());

        var byAge = RuleCheck.converse(rule, CTX, Answers.of("age", 17), Map.of());
        assertEquals("FREE_CHILD", byAge.decision().outcome());
        assertEquals(List.of(), byAge.asked());
    }

    @Test
    void adultWhoGivesRegionFirstIsNotAskedAgain() {
        var c = RuleCheck.converse(rule, CTX, Answers.of("region", "baerum", "age", 45),
                Map.of("category", "relatives_care"));
        assertEquals("RELATIVES_CARE_OSTFOLD_ONLY", c.decision().outcome());
        assertEquals(List.of("category"), c.asked());
    }

    @Test
    void ambiguousAgeAsksBirthYearOnly() {
        var c = RuleCheck.converse(rule, CTX, Answers.of("age", 20),
                Map.of("birth_year", 2005, "category", "lar"));
        assertEquals("FREE_LAR", c.decision().outcome());
        assertEquals(List.of("birth_year", "category"), c.asked());
    }

    @Test
    void homeSentenceIsNeverAskedForMonths() {
        var c = RuleCheck.converse(rule, CTX, Answers.of("birth_year", 1970, "category", "convict"),
                Map.of("home_sentence", true));
        assertEquals("CONVICT_HOME_NO_RIGHTS", c.decision().outcome());
        assertEquals(List.of("home_sentence"), c.asked());
    }

    @Test
    void regionalDiscountsNameTheirRegionAndSource() {
        Decision baerum = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 2007, "region", "baerum"), CTX);
        assertTrue(baerum.sources().contains("baerum"));
        assertTrue(baerum.reasons().stream().anyMatch(r -> r.contains("Bærum") && r.contains("25")), baerum.reasons()::toString);
        assertFalse(baerum.variables().containsKey("discount_ostfold"));

        Decision both = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 2007, "region", "other"), CTX);
        assertEquals(Set.of("baerum", "ostfold"), both.sources());
        assertTrue(both.reasons().stream().anyMatch(r -> r.contains("25 % in Bærum") && r.contains("75 % in Østfold")),
                both.reasons()::toString);
    }

    @Test
    void treatmentYearComesFromTheClock() {
        Answers born2007 = Answers.of("birth_year", 2007, "region", "ostfold");
        assertEquals("FREE_CHILD", ((Decision) RuleCheck.step(rule, born2007, RuleCheck.ctx("2025-12-31T23:59:00"))).outcome());
        assertEquals("YOUTH_DISCOUNT", ((Decision) RuleCheck.step(rule, born2007, RuleCheck.ctx("2026-01-01T00:00:00"))).outcome());
    }

    @Test
    void figuresComeFromTheFacts() {
        Facts changed = SeedFacts.seedFactsWith(
                new Fact("dental.youth_discount.ostfold", "80", "ostfold", null),
                new Fact("dental.min_months", "6", "ostfold", null));
        Decision youth = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 2007, "region", "ostfold"), CTX, changed);
        assertEquals("80", youth.variables().get("discount").plain());
        Decision institution = (Decision) RuleCheck.step(rule,
                Answers.of("birth_year", 1980, "category", "institution", "months", 4), CTX, changed);
        assertEquals("ACUTE_ONLY_INSTITUTION", institution.outcome());
        assertEquals("2", institution.variables().get("months_left").plain());
    }
}
