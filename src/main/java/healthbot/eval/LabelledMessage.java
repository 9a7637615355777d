package healthbot.eval;

/**
 * A message and the intent it should reach ({@code fallback} for out-of-scope).
 *
 * @param text   the message
 * @param intent the expected intent
 * @param where  where it came from, e.g. {@code nlu-holdout.jsonl:12} or {@code intents/gp.json}
 */
public record LabelledMessage(String text, String intent, String where) {}
