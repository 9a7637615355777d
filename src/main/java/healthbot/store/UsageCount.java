package healthbot.store;

/** A daily usage counter and its value. */
public record UsageCount(UsageKey key, long count) {}
