package healthbot.rules;

/** A rule asked for a fact the content does not define. */
public class MissingFactException extends RuntimeException {
    public MissingFactException(String key) {
        super("No fact '" + key + "' in the content. Add it to intents/facts.json with a value and a source.");
    }
}
