/**
 * Conversations: one {@link healthbot.dialogue.Bot} for all chats, a session per chat, flows that
 * fill the slots their rule still needs, digressions, commands and reply rendering. Channels
 * (console, Telegram) only translate between their wire format and {@link healthbot.dialogue.Reply}.
 */
package healthbot.dialogue;
