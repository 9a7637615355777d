package healthbot.rules;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * What a rule may know besides facts and answers.
 *
 * @param now           the current time in Europe/Oslo (fixed in tests and with {@code --now})
 * @param publicHoliday whether a date is a Norwegian public holiday
 */
public record RuleContext(ZonedDateTime now, Predicate<LocalDate> publicHoliday) {}
