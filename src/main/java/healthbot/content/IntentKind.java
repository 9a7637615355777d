package healthbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What role an intent plays besides answering a question. */
public enum IntentKind {
    /** an ordinary topic: its answer states facts and must name a source */
    @JsonProperty("topic") TOPIC,
    /** greeting, thanks, goodbye, help: no facts, no source line */
    @JsonProperty("smalltalk") SMALLTALK,
    /** the out-of-scope class: its examples are what the bot must not answer */
    @JsonProperty("fallback") FALLBACK,
    /** checked before anything else on every message; its triggers always win */
    @JsonProperty("emergency") EMERGENCY
}
