package healthbot.clock;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether a date is a Norwegian public holiday (jollyday's Norway calendar): 1 January, Maundy
 * Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and
 * Monday, 25 and 26 December. Holidays are computed once per year and cached; thread-safe.
 */
public final class NorwegianHolidays implements Predicate<LocalDate> {

    private final HolidayManager manager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean test(LocalDate date) {
        return date != null && holidays(date.getYear()).contains(date);
    }

    /** The public holidays of one year (unmodifiable). */
    public Set<LocalDate> holidays(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Set<LocalDate> load(int year) {
        synchronized (manager) { // jollyday does not promise thread safety
            return manager.getHolidays(Year.of(year)).stream()
                    .map(Holiday::getDate)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
