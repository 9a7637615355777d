package healthbot.dialogue;

import healthbot.nlu.Prediction;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies that are a question with choices and change nothing in the session but the offered
 * buttons: the language menu, the answer to a language the bot does not speak, and "did you mean".
 * Stateless.
 */
final class MenuReplies {

    private MenuReplies() {
    }

    /**
     * The languages the bot speaks, each a button in its own name; the chat's question (if any) stays
     * open. {@code uiKey} says why (asked for, or a message in a language the bot does not speak).
     */
    static Reply languages(Knowledge k, ReplyBuilder out, String uiKey) {
        List<String> names = new ArrayList<>();
        List<ButtonAction> choices = new ArrayList<>();
        for (var language : k.content.languages().all()) {
            names.add(language.name());
            choices.add(new ButtonAction.SetLanguage(language.code()));
        }
        out.kind(ReplyKind.COMMAND);
        out.emit(out.ui(uiKey), names, choices);
        return out.finish("language", 1.0, null);
    }

    /** A message in a script the bot reads no language of: in the source language, with the language buttons. */
    static Reply unsupportedLanguage(Knowledge k, ReplyBuilder out) {
        out.writeIn(k.content.languages().source());
        return languages(k, out, "unsupported_language");
    }

    /** "Did you mean ...?" with the two likeliest intents as buttons. */
    static Reply didYouMean(Knowledge k, ReplyBuilder out, Prediction p) {
        List<ButtonAction> choices = List.of(new ButtonAction.GoTo(p.intent()), new ButtonAction.GoTo(p.runnerUp()));
        List<String> labels = List.of(out.label(k.intent(p.intent())), out.label(k.intent(p.runnerUp())));
        out.kind(ReplyKind.CLARIFY);
        out.emit(out.ui("did_you_mean"), labels, choices);
        return out.finish(p.intent(), p.confidence(), null);
    }
}
