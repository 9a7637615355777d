package healthbot.app;

import healthbot.clock.OsloClock;
import healthbot.staff.UsageTable;
import healthbot.store.ConversationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code usage}: the daily usage counts, counts below 5 shown as {@code <5}. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Print the daily usage counts (per day, channel, language, intent, measure);"
                + " counts below 5 are shown as <5.")
final class UsageCommand implements Callable<Integer> {

    private static final Pattern DAYS = Pattern.compile("(\\d{1,4})d");

    @Mixin
    StaffStoreOption storeOption;

    @Option(names = "--since", paramLabel = "30d|DATE", defaultValue = "30d",
            description = "From this many days ago (30d, today included) or from this date (2026-12-01). Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--csv", description = "CSV with a header line instead of the text table.")
    boolean csv;

    @Option(names = "--now", paramLabel = "DATETIME", hidden = true, description = "Fix the clock (tests).")
    String now;

    @Override
    public Integer call() {
        LocalDate from = from(since, OsloClock.fixedOrSystem(now));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ConversationStore store = storeOption.open()) {
            UsageTable table = new UsageTable(store.counts(from));
            out.print(csv ? table.csv() : table.text());
            return 0;
        }
    }

    /** The first day {@code since} names. */
    static LocalDate from(String since, Clock clock) {
        LocalDate today = OsloClock.now(clock).toLocalDate();
        Matcher m = DAYS.matcher(since.strip());
        if (m.matches()) {
            int days = Integer.parseInt(m.group(1));
            if (days < 1) {
                throw new UserError("--since " + since + ": give at least 1d (today)");
            }
            return today.minusDays(days - 1L);
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("--since " + since + " is neither a number of days (30d) nor a date (2026-12-01)");
        }
    }
}
