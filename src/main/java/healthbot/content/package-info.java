/**
 * The content staff edit in {@code intents/}: loaded with Jackson into immutable records and
 * checked before the bot may use it. Nothing here knows about NLU, dialogue or Telegram.
 */
package healthbot.content;
