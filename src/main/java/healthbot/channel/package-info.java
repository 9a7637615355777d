/**
 * Channels: translate between a wire format (console text, JSON lines, Telegram) and the
 * {@link healthbot.dialogue.Bot}. No domain logic lives here.
 */
package healthbot.channel;
