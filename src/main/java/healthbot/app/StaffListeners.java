package healthbot.app;

import healthbot.dialogue.Bot;
import healthbot.staff.ReviewInbox;
import healthbot.staff.ReviewSettings;
import healthbot.staff.UsageCounter;
import healthbot.store.ConversationStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Hangs the staff listeners on a bot that keeps its sessions in a store: the usage counter
 * always, the review inbox when {@code HEALTHBOT_REVIEW=on}. A bot with sessions in memory gets
 * neither (nothing would outlive the process).
 */
final class StaffListeners {

    private static final Logger LOG = LoggerFactory.getLogger(StaffListeners.class);

    private StaffListeners() {
    }

    /** {@code bot} with the listeners attached (returned for chaining). */
    static Bot attach(Bot bot, ConversationStore store, String channel, Map<String, String> env) {
        if (store == null) {
            return bot;
        }
        bot.listen(new UsageCounter(store, channel));
        ReviewSettings review;
        try {
            review = ReviewSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (review.on()) {
            bot.listen(new ReviewInbox(store, review.keep()));
            bot.keepsForReview((int) review.keep().toDays());
            LOG.info("review inbox on: unanswered messages are kept masked for {} days in {}", review.keep().toDays(),
                    store.describe());
        }
        return bot;
    }
}
