package healthbot.dialogue;

import healthbot.content.Language;

import java.util.List;

/**
 * What the bot remembers about one chat: language, the flow in progress, a flow paused by a
 * digression, the buttons last offered and the region once given. No message text is kept.
 * Guarded by its own monitor: one message of a chat at a time.
 */
final class Session {

    Language language = Language.EN;
    FlowState flow;
    FlowState paused;
    String region;
    List<ButtonAction> offer = List.of();
    List<String> offerLabels = List.of();
    int offerId;
    long lastSeenMillis;

    /** A copy of everything remembered, so a turn that fails can be undone ({@link #restore}). */
    Session snapshot() {
        Session copy = new Session();
        copy.restore(this);
        return copy;
    }

    /** Puts back what {@code saved} remembered (flow states and lists are immutable, so sharing them is safe). */
    void restore(Session saved) {
        language = saved.language;
        flow = saved.flow;
        paused = saved.paused;
        region = saved.region;
        offer = saved.offer;
        offerLabels = saved.offerLabels;
        offerId = saved.offerId;
        lastSeenMillis = saved.lastSeenMillis;
    }

    void clear() {
        flow = null;
        paused = null;
        region = null;
        offer = List.of();
        offerLabels = List.of();
    }

    /** The action of an offered button whose label is exactly {@code text} (case-insensitive), or null. */
    ButtonAction buttonLabelled(String text) {
        for (int i = 0; i < offerLabels.size(); i++) {
            if (offerLabels.get(i).equalsIgnoreCase(text)) {
                return offer.get(i);
            }
        }
        return null;
    }
}
