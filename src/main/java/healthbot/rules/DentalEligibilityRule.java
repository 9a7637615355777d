package healthbot.rules;

import static healthbot.rules.Read.ask;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Free or discounted dental care from the public dental service. The age band uses the age
 * reached in the treatment year (the year of {@code ctx.now}); adults (21+) qualify by category
 * (Østfold's page). The 19–20 discount differs by region, so it is given for the user's region
 * or for both.
 *
 * <p>Odd answers: a birth year in the future or more than {@value Read#MAX_AGE} years back, an age
 * outside 0..{@value Read#MAX_AGE} or negative months count as not given and are asked again
 * (an unusable age makes it ask for the birth year). When both birth year and age are given, the
 * birth year wins. {@code months 0} is valid (just started: three months left).
 *
 * <p>Durations keep the unit they were given in: "3 weeks" is compared with the 3 months as 21
 * days against the calendar ({@link MonthsThreshold}), never taken as 3 months; days or weeks too
 * close to the threshold to tell are asked again in months.
 */
final class DentalEligibilityRule implements Rule {

    static final String NAME = "dental_eligibility";
    private static final String OSTFOLD = "ostfold";
    private static final List<String> CATEGORIES = List.of("learning_disability", "institution",
            "relatives_care", "convict", "substance_decision", "lar", "home_nursing",
            "sheltered_accommodation", "private_substance_institution", "none");
    private static final List<Slot> SLOTS = List.of(
            Slot.of("birth_year", SlotType.BIRTH_YEAR),
            Slot.of("age", SlotType.AGE),
            Slot.of("region", SlotType.REGION),
            new Slot("category", SlotType.CHOICE, CATEGORIES),
            Slot.of("diagnosis", SlotType.YES_NO),
            Slot.of("months", SlotType.MONTHS),
            Slot.of("weekly", SlotType.YES_NO),
            Slot.of("home_sentence", SlotType.YES_NO));

    private enum Band { CHILD, YOUTH, ADULT }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Slot> slots() {
        return SLOTS;
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("FREE_CHILD", "YOUTH_DISCOUNT", "YOUTH_DISCOUNT_BOTH",
                "FREE_LEARNING_DISABILITY", "ADULT_FEE_PAYING", "FREE_INSTITUTION",
                "ACUTE_ONLY_INSTITUTION", "FREE_RELATIVES_CARE", "RELATIVES_CARE_OSTFOLD_ONLY",
                "CONVICT_HOME_NO_RIGHTS", "CONVICT_FULL_CARE", "CONVICT_ACUTE_ONLY",
                "SUBSTANCE_NOT_YET", "FREE_SUBSTANCE_DECISION", "FREE_LAR", "HOME_NURSING_NOT_YET",
                "FREE_HOME_NURSING", "FREE_SHELTERED_ACCOMMODATION", "PRIVATE_INSTITUTION_NO_RIGHTS");
    }

    @Override
    public Set<String> variables() {
        return Set.of("age_this_year", "year", "min_months", "free_until_age", "months",
                "months_left", "given_amount", "given_unit", "given_is", "discount", "region_name", "discount_baerum", "discount_ostfold", "icd");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("dental.free_until_age", "dental.youth_discount_from_age",
                "dental.youth_discount_to_age", "dental.youth_discount.baerum",
                "dental.youth_discount.ostfold", "dental.min_months", "dental.learning_disability_icd");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        int year = context.now().getYear();
        int freeUntil = d.integer("dental.free_until_age");
        int youthFrom = d.integer("dental.youth_discount_from_age");
        int youthTo = d.integer("dental.youth_discount_to_age");
        d.var("year", year).var("free_until_age", freeUntil);

        Band band;
        Optional<Integer> birthYear = Read.whole(answers, "birth_year", year - Read.MAX_AGE, year);
        if (birthYear.isPresent()) {
            int ageThisYear = year - birthYear.get();
            band = band(ageThisYear, freeUntil, youthFrom, youthTo);
            d.var("age_this_year", ageThisYear)
                    .reason("Born in %d, you turn %d in the treatment year %d.", birthYear.get(), ageThisYear, year);
        } else {
            Optional<Integer> age = Read.age(answers, "age");
            if (age.isEmpty()) {
                return ask("birth_year");
            }
            band = band(age.get(), freeUntil, youthFrom, youthTo);
            if (band != band(age.get() + 1, freeUntil, youthFrom, youthTo)) {
                return ask("birth_year"); // the birthday decides the band
            }
            d.reason("Aged %d, you turn %d or %d in %d; both give the same answer.",
                    age.get(), age.get(), age.get() + 1, year);
        }

        return switch (band) {
            case CHILD -> d.reason("Dental care is free until the year you turn %d (%s).",
                    freeUntil, d.regionOf("dental.free_until_age")).decide("FREE_CHILD");
            case YOUTH -> youth(answers, d, youthFrom, youthTo);
            case ADULT -> adult(answers, d);
        };
    }

    private static Band band(int ageThisYear, int freeUntil, int youthFrom, int youthTo) {
        if (ageThisYear <= freeUntil) {
            return Band.CHILD;
        }
        return ageThisYear >= youthFrom && ageThisYear <= youthTo ? Band.YOUTH : Band.ADULT;
    }

    private static Step youth(Answers answers, DecisionBuilder d, int from, int to) {
        Optional<String> region = Read.oneOf(answers, "region", Read.REGIONS);
        if (region.isEmpty()) {
            return ask("region");
        }
        if (region.get().equals("other")) {
            String baerum = d.text("dental.youth_discount.baerum");
            String ostfold = d.text("dental.youth_discount.ostfold");
            return d.var("discount_baerum", baerum).var("discount_ostfold", ostfold)
                    .reason("The discount for the years you turn %d and %d is %s %% in %s and %s %% in %s.",
                            from, to, baerum, d.regionOf("dental.youth_discount.baerum"),
                            ostfold, d.regionOf("dental.youth_discount.ostfold"))
                    .decide("YOUTH_DISCOUNT_BOTH");
        }
        String key = "dental.youth_discount." + region.get();
        String discount = d.text(key);
        String regionName = d.regionOf(key);
        return d.var("discount", discount).var("region_name", regionName)
                .reason("In %s the discount for the years you turn %d and %d is %s %%.", regionName, from, to, discount)
                .decide("YOUTH_DISCOUNT");
    }

    private static Step adult(Answers answers, DecisionBuilder d) {
        Optional<String> category = Read.oneOf(answers, "category", CATEGORIES);
        if (category.isEmpty()) {
            return ask("category");
        }
        String ostfold = d.region(OSTFOLD);
        switch (category.get()) {
            case "learning_disability" -> {
                String icd = d.text("dental.learning_disability_icd");
                d.var("icd", icd);
                Optional<Boolean> diagnosis = Read.yesNo(answers, "diagnosis");
                if (diagnosis.isEmpty()) {
                    return ask("diagnosis");
                }
                return diagnosis.get()
                        ? d.reason("A learning disability with diagnosis %s gives free dental care (%s).", icd, ostfold)
                                .decide("FREE_LEARNING_DISABILITY")
                        : d.reason("Without a diagnosis %s, adults pay the fee (%s).", icd, ostfold)
                                .decide("ADULT_FEE_PAYING");
            }
            case "institution" -> {
                int min = d.integer("dental.min_months");
                d.var("min_months", min);
                Optional<MonthsThreshold.Relation> stay = months(answers, d, min, false);
                if (stay.isEmpty()) {
                    return ask("months");
                }
                if (stay.get() != MonthsThreshold.Relation.LESS) {
                    return d.reason("Residents of %d months or more get free dental care (%s).", min, ostfold)
                            .decide("FREE_INSTITUTION");
                }
                return d.reason("Only acute treatment is free in the first %d months (%s).", min, ostfold)
                        .decide("ACUTE_ONLY_INSTITUTION");
            }
            case "relatives_care" -> {
                Optional<String> region = Read.oneOf(answers, "region", Read.REGIONS);
                if (region.isEmpty()) {
                    return ask("region");
                }
                return region.get().equals(OSTFOLD)
                        ? d.reason("Care from relatives gives free dental care in %s.", ostfold)
                                .decide("FREE_RELATIVES_CARE")
                        : d.reason("Free dental care for people cared for by relatives is a rule of %s only.", ostfold)
                                .decide("RELATIVES_CARE_OSTFOLD_ONLY");
            }
            case "convict" -> {
                Optional<Boolean> home = Read.yesNo(answers, "home_sentence");
                if (home.isEmpty()) {
                    return ask("home_sentence");
                }
                if (home.get()) {
                    return d.reason("Sentences served at home give no rights (%s).", ostfold)
                            .decide("CONVICT_HOME_NO_RIGHTS");
                }
                int min = d.integer("dental.min_months");
                d.var("min_months", min);
                Optional<MonthsThreshold.Relation> sentence = months(answers, d, min, true);
                if (sentence.isEmpty()) {
                    return ask("months");
                }
                return sentence.get() == MonthsThreshold.Relation.MORE
                        ? d.reason("Sentences longer than %d months give full dental care (%s).", min, ostfold)
                                .decide("CONVICT_FULL_CARE")
                        : d.reason("Sentences of %d months or less give acute treatment only (%s).", min, ostfold)
                                .decide("CONVICT_ACUTE_ONLY");
            }
            case "substance_decision" -> {
                return weeklyForMonths(answers, d, ostfold, "FREE_SUBSTANCE_DECISION", "SUBSTANCE_NOT_YET");
            }
            case "home_nursing" -> {
                return weeklyForMonths(answers, d, ostfold, "FREE_HOME_NURSING", "HOME_NURSING_NOT_YET");
            }
            case "sheltered_accommodation" -> {
                return weeklyForMonths(answers, d, ostfold, "FREE_SHELTERED_ACCOMMODATION", "HOME_NURSING_NOT_YET");
            }
            case "lar" -> {
                return d.reason("Medication-assisted rehabilitation (LAR) gives free dental care (%s).", ostfold)
                        .decide("FREE_LAR");
            }
            case "private_substance_institution" -> {
                return d.reason("Private substance-abuse institutions without an agreement give no rights (%s).", ostfold)
                        .decide("PRIVATE_INSTITUTION_NO_RIGHTS");
            }
            default -> {
                return d.reason("Adults outside the free groups pay the fee (%s).", ostfold)
                        .decide("ADULT_FEE_PAYING");
            }
        }
    }

    /** Services at least weekly for a continuous period of at least the minimum months. */
    private static Step weeklyForMonths(Answers answers, DecisionBuilder d, String ostfold,
                                        String free, String notYet) {
        int min = d.integer("dental.min_months");
        d.var("min_months", min);
        Optional<Boolean> weekly = Read.yesNo(answers, "weekly");
        if (weekly.isEmpty()) {
            return ask("weekly");
        }
        if (!weekly.get()) {
            return d.reason("The services must be given at least once a week (%s).", ostfold).decide(notYet);
        }
        Optional<MonthsThreshold.Relation> period = months(answers, d, min, false);
        if (period.isEmpty()) {
            return ask("months");
        }
        if (period.get() != MonthsThreshold.Relation.LESS) {
            return d.reason("Weekly services for %d months or more give free dental care (%s).", min, ostfold)
                    .decide(free);
        }
        return d.reason("Weekly services must have lasted %d months (%s).", min, ostfold)
                .decide(notYet);
    }

    /**
     * How the months given compare with the threshold {@code min}, or empty when they are not given,
     * unusable, or in days or weeks too close to {@code min} months to tell (then asked in months).
     * Sets {@code months} (what was given, in months: exact for months and years, whole months
     * certainly reached for days and weeks) and {@code months_left} (rounded up, so "after N more
     * months" is always true). A duration not given in months also sets {@code given_amount},
     * {@code given_unit} (day, week, year) and {@code given_is} (less, at_least; with
     * {@code strictlyMore}: more, not_more), so the reply can say how it was read.
     */
    private static Optional<MonthsThreshold.Relation> months(Answers answers, DecisionBuilder d, int min,
                                                             boolean strictlyMore) {
        Optional<SlotValue.Duration> given = Read.duration(answers, "months");
        if (given.isEmpty()) {
            return Optional.empty();
        }
        SlotValue.Duration duration = given.get();
        MonthsThreshold.Relation relation = MonthsThreshold.compare(duration, min);
        if (relation == MonthsThreshold.Relation.UNDECIDED) {
            return Optional.empty();
        }
        BigDecimal exact = MonthsThreshold.exactMonths(duration);
        if (exact != null) {
            d.quantity("months", exact);
        } else {
            d.var("months", MonthsThreshold.wholeMonthsReached(duration));
        }
        d.var("months_left", MonthsThreshold.monthsLeft(duration, min));
        if (duration.unit() != DurationUnit.MONTH) {
            boolean passes = strictlyMore ? relation == MonthsThreshold.Relation.MORE : relation != MonthsThreshold.Relation.LESS;
            d.quantity("given_amount", duration.amount()).var("given_unit", duration.unit().id())
                    .var("given_is", strictlyMore ? (passes ? "more" : "not_more") : (passes ? "at_least" : "less"))
                    .reason("%s %ss is %s %d months.", duration.amount().toPlainString(), duration.unit().id(),
                            passes ? (strictlyMore ? "more than" : "at least") : (strictlyMore ? "not more than" : "less than"), min);
        }
        return Optional.of(relation);
    }
}
