/**
 * The {@code bench} command's measurements of a whole bot on the real content: start-up (in
 * process, and as fresh {@code java -jar} processes with and without the model cache), latency per
 * message over a realistic mix of conversations, the emergency path, allocation per message,
 * throughput on a thread pool, and retained heap per session; then each figure against the
 * targets of {@code design.md}. A hand-written harness, not JMH (see {@link healthbot.bench.Bench}).
 * Builds its bot through {@code dialogue}'s {@code BotFactory}; uses {@code nlu}'s model cache for
 * the cold starts and {@code store}'s interface for runs against a session store.
 */
package healthbot.bench;
