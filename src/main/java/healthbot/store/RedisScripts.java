package healthbot.store;

/**
 * The Lua scripts of {@link RedisStore}: each one atomic on the server. A chat's keys share a
 * hash tag, so each script touches one slot (Redis Cluster) and one primary.
 *
 * <p>A session is two keys: {@code s:{chat}} the body, {@code a:{chat}} a hash with the update
 * that produced it ({@code u}) and the body before that update ({@code p}, absent when there was
 * none); both expire together.
 */
final class RedisScripts {

    private RedisScripts() {
    }

    /**
     * KEYS: session, answer. ARGV: the update being answered ('0': none). Returns {kind, the update
     * that produced the stored session ('0': none known), body}: kind 'body' (the stored session),
     * 'prior' (the session was produced by that same update, which is answered again: the body
     * before it) or 'none' (no session, and no body).
     */
    static final String LOAD = """
            local u = redis.call('HGET', KEYS[2], 'u') or '0'
            if ARGV[1] ~= '0' and u == ARGV[1] then
              local p = redis.call('HGET', KEYS[2], 'p')
              if p then return {'prior', u, p} end
              return {'none', u}
            end
            local b = redis.call('GET', KEYS[1])
            if b then return {'body', u, b} end
            return {'none', u}""";

    /**
     * KEYS: session, fence, answer. ARGV: body, ttl ms, fence, update ('0': none). Returns 0 when
     * written, else the newest fence (the write is refused). The update's answer record keeps the
     * body before it: the one stored now, or, when the same update is answered again, the one
     * kept the first time.
     */
    static final String SAVE = """
            local f = tonumber(ARGV[3])
            if f > 0 then
              local newest = tonumber(redis.call('GET', KEYS[2]) or '0')
              if f < newest then return newest end
            end
            local u = ARGV[4]
            if u == '0' then
              redis.call('DEL', KEYS[3])
            else
              local prior
              if redis.call('HGET', KEYS[3], 'u') == u then
                prior = redis.call('HGET', KEYS[3], 'p')
              else
                prior = redis.call('GET', KEYS[1])
              end
              redis.call('DEL', KEYS[3])
              if prior then
                redis.call('HSET', KEYS[3], 'u', u, 'p', prior)
              else
                redis.call('HSET', KEYS[3], 'u', u)
              end
              redis.call('PEXPIRE', KEYS[3], ARGV[2])
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 0""";

    /**
     * KEYS: lock, fence. ARGV: token, lease ms, fence kept ms. Returns the new fence, or 0 when
     * held by another. The fence is at least the server's clock in microseconds, so it keeps
     * growing across a failover even when the counter's last increments never reached the
     * replica that took over (as long as the servers' clocks agree to well within the time a
     * failover takes: NTP does).
     */
    static final String LOCK = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              local t = redis.call('TIME')
              local floor = tonumber(t[1]) * 1000000 + tonumber(t[2])
              local f = tonumber(redis.call('GET', KEYS[2]) or '0') + 1
              if f < floor then f = floor end
              redis.call('SET', KEYS[2], string.format('%d', f), 'PX', ARGV[3])
              return f
            end
            return 0""";

    /** KEYS: lock. ARGV: token. Deletes the lock only if this token holds it. */
    static final String UNLOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    /** KEYS: pending. ARGV: update id, ttl ms. Adds the id with its expiry; the key lives as long as its newest entry. */
    static final String ADD_PENDING = """
            local t = redis.call('TIME')
            local ttl = tonumber(ARGV[2])
            redis.call('ZADD', KEYS[1], t[1] * 1000 + math.floor(t[2] / 1000) + ttl, ARGV[1])
            if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
            return 0""";

    /** KEYS: pending. Drops expired ids; returns the lowest remaining id (as text), or nil. */
    static final String LOWEST_PENDING = """
            local t = redis.call('TIME')
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t[1] * 1000 + math.floor(t[2] / 1000))
            local lowest = nil
            for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              local n = tonumber(id)
              if lowest == nil or n < lowest then lowest = n end
            end
            if lowest == nil then return false end
            return string.format('%d', lowest)""";
}
