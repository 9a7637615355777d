package healthbot.rules;

/** What kind of value a slot holds; the NLU layer knows how to extract each from text. */
public enum SlotType {
    /** an age in years, Integer */
    AGE,
    /** a four-digit birth year, Integer */
    BIRTH_YEAR,
    /** a duration in whole months, Integer ("5 months", "2 years" = 24, "six weeks" = 1) */
    MONTHS,
    /** a distance in kilometres, BigDecimal */
    KM,
    /** an amount of money in NOK, BigDecimal */
    MONEY,
    /** yes/no, Boolean */
    YES_NO,
    /** a region id: "baerum", "ostfold" or "other", String */
    REGION,
    /** one of the slot's choice ids, String */
    CHOICE
}
