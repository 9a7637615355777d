package healthbot.dialogue;

import healthbot.content.Intent;
import healthbot.rules.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two replies a story reading adds ({@link healthbot.nlu.Reading}): "which of these?" when a
 * message is ours but its topic unclear, and "you also asked about X" for a second topic.
 */
final class StoryReplies {

    private StoryReplies() {
    }

    /**
     * Between answering and giving up: the likeliest topics as buttons, and "Something else" (the
     * fallback, which names 113), in the writer's language.
     */
    static Reply whichTopic(Knowledge k, ReplyBuilder out, List<String> likely, double confidence) {
        List<ButtonAction> choices = new ArrayList<>(likely.size() + 1);
        List<String> labels = new ArrayList<>(likely.size() + 1);
        for (String topic : likely) {
            choices.add(new ButtonAction.GoTo(topic));
            labels.add(out.label(k.intent(topic)));
        }
        choices.add(new ButtonAction.GoTo(k.fallback.name()));
        labels.add(out.label(k.fallback));
        out.kind(ReplyKind.CLARIFY);
        out.emit(out.ui("which_topic"), labels, choices);
        return out.finish(likely.get(0), confidence, null);
    }

    /** "You also asked about X", with X as a button: the second topic of a message that asks two things. */
    static void alsoAsked(Knowledge k, ReplyBuilder out, Intent other) {
        String label = out.label(other);
        out.emit(out.render(k.ui.get("also_asked"), Map.of("topic", new Value.Word(label))), List.of(label),
                List.of(new ButtonAction.GoTo(other.name())));
    }
}
