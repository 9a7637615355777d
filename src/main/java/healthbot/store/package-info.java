/**
 * Where conversations live between messages, and the bookkeeping that makes delivery
 * at-least-once without repeats: one interface, {@link healthbot.store.ConversationStore}, and its
 * implementations (in memory; a SQLite file, the embedded default; Redis, one server or a primary
 * found through Sentinel, shared by several instances). This package knows nothing of dialogue:
 * a session is opaque text, encoded and versioned by {@code dialogue}'s codec.
 *
 * <h2>What is stored</h2>
 * <ul>
 *   <li>per chat id, the encoded session (language, region, flow and slot values, a paused flow,
 *       the buttons offered, their offer id, its expiry; never message text), with a time to live
 *       of the bot's idle time: each save restarts it; an expired session is never returned and
 *       is deleted by the store (Redis TTL, or a sweep). A session saved while the channel answers
 *       a Telegram update ({@link healthbot.store.ConversationStore#answering}) is stored with
 *       that update's id and the session as it was before it, both gone with the session; a load
 *       for the same update returns the latter, so an update delivered again after a crash is
 *       answered from the state it was first answered from, with the same reply;</li>
 *   <li>per Telegram update id, a mark "answered", with its own time to live;</li>
 *   <li>per chat id, the update ids received and not yet answered ("pending"), each with its own
 *       short time to live (a few seconds longer than a lock lease), so that several instances
 *       answer a chat's updates in update-id order: the lock holder answers only when no lower id
 *       of the chat is pending, else lets the lock go and waits its turn (a ticket lock). An id
 *       left by a dead instance stops counting when it expires, so it holds a chat back for at
 *       most that long;</li>
 *   <li>per chat id, a lock lease (holder token, expiry) and a fence counter (a number that only
 *       grows; it holds no conversation and expires after a day without locks).</li>
 * </ul>
 *
 * <h2>Fencing</h2>
 * A lock is a lease: when its holder dies (or stalls longer than the lease) another process may
 * take it. Each take increments the chat's fence counter and hands the new value to the holder;
 * {@code saveSession} compares the writer's fence with the counter <em>in the same atomic
 * step</em> as the write (one Lua script in Redis, one transaction in SQLite, one map bin in
 * memory) and refuses a write whose fence is older ({@link healthbot.store.StaleFenceException}).
 * So a stalled holder that wakes up after its lease expired cannot overwrite the session written
 * by the next holder. Releasing compares the holder's token before deleting, so a late release
 * never frees someone else's lock. Fence {@code 0} means "no lock": one process that serialises
 * a chat's messages itself.
 *
 * <h2>What a crash at each step leaves behind</h2>
 * The channel answers one update as: (webhook mode) add its id as pending, take the chat lock,
 * check the update id, (webhook mode) wait while a lower id of the chat is pending, load the
 * session, answer, save the session (with the update and the session before it), (Redis with a
 * replica) wait for the replica to acknowledge the save, send the reply, mark the update id,
 * remove the pending id, release the lock.
 * <ul>
 *   <li>after adding the pending id, before the mark: the id holds the chat's higher updates
 *       back until it expires or its redelivery is answered; nothing is lost;</li>
 *   <li>before the save: nothing changed; the update is delivered again (Telegram or the
 *       polling offset) and answered as if for the first time;</li>
 *   <li>after the save, before the reply is sent (or after some parts of it): the session has
 *       moved on but the user saw nothing (or part); on redelivery the update is answered again
 *       from the session before it, with the same reply: nothing is lost;</li>
 *   <li>after the reply, before the mark: the update is answered a second time on redelivery,
 *       with the same reply (the "few at the instant of the kill", at most one per chat in
 *       flight);</li>
 *   <li>after the mark, before the release (or before the pending id is removed): the lock
 *       expires after its lease, the pending id after its time to live; the chat waits at most
 *       that long.</li>
 * </ul>
 * Each store write is atomic (one Redis command or script; one SQLite transaction), so a crash
 * never leaves half a session. SQLite runs in WAL mode with {@code synchronous=NORMAL}: a
 * committed write survives a process crash ({@code kill -9}); only a power loss or OS crash may
 * lose the last transactions, never corrupt the file.
 *
 * What a Redis failover loses (the primary's last writes, which had not reached the replica)
 * and why that costs no wrong answer is worked through record by record in
 * {@link healthbot.store.RedisStore}'s opening comment.
 *
 * <h2>When the store is unreachable, the disk full, the file read-only</h2>
 * Every method may throw {@link healthbot.store.StoreUnavailableException}; its message says
 * what failed and how to fix it (a full disk and a read-only file are named as such). The bot
 * then answers from a copy of the chat's session in its own memory, logs the store error at most
 * once a minute, reports the store down in {@link healthbot.store.ConversationStore#health()}
 * (whose check writes, so that a full disk shows), and writes the in-memory copy back when the
 * store takes writes again. With Sentinel, an outage younger than the failover wait
 * ({@code REDIS_FAILOVER_WAIT}) is waited through instead: a message that arrives while a
 * replica is being promoted is answered a few seconds late from the shared state.
 */
package healthbot.store;
