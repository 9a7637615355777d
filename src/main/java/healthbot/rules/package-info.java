/**
 * Pure decisions: each {@link healthbot.rules.Rule} takes the facts it needs (numbers, limits,
 * hours, each with its source) and the user's answers, and returns either the next slot it still
 * needs or a {@link healthbot.rules.Decision} with reasons and sources. No I/O, no NLU, no
 * Telegram: everything here is testable with plain values.
 */
package healthbot.rules;
