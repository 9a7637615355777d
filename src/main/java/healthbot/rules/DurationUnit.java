package healthbot.rules;

/** The unit a resident gave a duration in ("3 veker", "2 years"); never assumed, always read. */
public enum DurationUnit {
    DAY, WEEK, MONTH, YEAR;

    /** The unit's id in content and sessions: "day", "week", "month", "year". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
