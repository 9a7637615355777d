/**
 * The Telegram channel: long polling or a webhook in front of {@link healthbot.dialogue.Bot}, with
 * at-least-once delivery (the consumer never throws and finishes a batch before returning, one
 * chat in order, chats in parallel, redelivered update ids skipped), Telegram's rate limits and
 * retries, HTML rendering and inline keyboards. No domain logic lives here.
 *
 * <p>The bot token is in every request URL: nothing here logs a URL, a request, an exception
 * message from the HTTP layer, or the library's {@code BotSession}.
 */
package healthbot.channel.telegram;
