package healthbot.dialogue;

import java.util.List;

/**
 * What the bot remembers about one chat: language, the flow in progress, a flow paused by a
 * digression, the buttons last offered and the region once given. No message text is kept.
 * Guarded by its own monitor: one message of a chat at a time.
 */
final class Session {

    /** The language code the chat is answered in. */
    String language;
    FlowState flow;
    FlowState paused;
    String region;
    List<ButtonAction> offer = List.of();
    List<String> offerLabels = List.of();
    int offerId;
    long lastSeenMillis;
    /** True until the first turn on a session that no store or memory held before (a new conversation); never stored. */
    boolean fresh;

    /** A session answered in {@code language} (the content's source language for a new chat). */
    Session(String language) {
        this.language = language;
    }

    /** A copy of everything remembered, so a turn that fails can be undone ({@link #restore}). */
    Session snapshot() {
        Session copy = new Session(language);
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
