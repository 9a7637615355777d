/**
 * Time as the bot needs it: {@link healthbot.clock.OsloClock} (Norway's time zone, fixed for
 * {@code --now}, scripts and tests) and {@link healthbot.clock.NorwegianHolidays} (public
 * holidays, from jollyday's Norway calendar). Depends on nothing of ours, so rules can be given
 * "today" and "is a holiday" as plain values by whoever calls them.
 */
package healthbot.clock;
