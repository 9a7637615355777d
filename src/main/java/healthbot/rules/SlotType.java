package healthbot.rules;

/** What kind of value a slot holds; the NLU layer knows how to extract each from text. */
public enum SlotType {
    /** an age in years, Integer */
    AGE,
    /** a four-digit birth year, Integer */
    BIRTH_YEAR,
    /** a duration in the unit it was given in ({@link SlotValue.Duration}: "5 months", "2 years", "i 3 veker"); a bare number is months */
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
