/**
 * Generated conversations for robustness: {@link healthbot.fuzz.Fuzz} sends messages drawn from a
 * seed (random Unicode, the bot's own vocabulary, numbers in every format, button labels old and
 * new, commands, emergencies) to a {@link healthbot.dialogue.Bot} and counts what went wrong.
 * Depends on dialogue and content only.
 */
package healthbot.fuzz;
