/**
 * The Telegram channel: long polling or a webhook in front of {@link healthbot.dialogue.Bot}, with
 * delivery through the {@link healthbot.store.ConversationStore} (answered update ids checked
 * before and marked after each reply, so a crash repeats only replies in flight; in webhook mode
 * each chat answered under the store's lock with a fencing token, so several instances can share
 * one bot), Telegram's rate limits and retries, HTML rendering and inline keyboards, and metrics
 * recorded into {@link healthbot.ops.Metrics}. The consumer never throws and finishes a batch
 * before returning. No domain logic lives here; the delivery invariants are in {@code Delivery}.
 *
 * <p>The bot token is in every request URL: nothing here logs a URL, a request, an exception
 * message from the HTTP layer, or the library's {@code BotSession}.
 */
package healthbot.channel.telegram;
