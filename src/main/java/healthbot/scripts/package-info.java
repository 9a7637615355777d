/**
 * Dialogue scripts staff write in {@code intents/tests/*.convo}: the parser, the runner that plays
 * each script against a fresh bot, coverage of intents and rule outcomes, and a JUnit XML report.
 * Depends on the dialogue engine only through {@link healthbot.dialogue.Bot}'s public API.
 */
package healthbot.scripts;
