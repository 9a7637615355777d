package healthbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SQL of {@link StaffRecords} on the SQLite file: tables {@code inbox} and {@code usage_counts} (schema version 4). */
final class SqliteStaffTables {

    private SqliteStaffTables() {
    }

    static String addToInbox(Connection c, InboxEntry e, long expiresAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox(kind, text, language, hour, guesses, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, e.kind());
            ps.setString(2, e.text());
            ps.setString(3, e.language());
            ps.setLong(4, e.hour().toEpochMilli());
            ps.setString(5, InboxCodec.guesses(e.guesses()));
            ps.setLong(6, expiresAt);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Long.toString(rs.getLong(1));
            }
        }
    }

    static List<InboxEntry> inbox(Connection c, long now) throws SQLException {
        List<InboxEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, text, language, hour, guesses FROM inbox"
                + " WHERE expires_at > ? ORDER BY id")) {
            ps.setLong(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InboxEntry(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5)), InboxCodec.guesses(rs.getString(6))));
                }
            }
        }
        return out;
    }

    static boolean removeFromInbox(Connection c, String id, long now) throws SQLException {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM inbox WHERE id = ? RETURNING expires_at")) {
            ps.setLong(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > now;
            }
        }
    }

    static void addCount(Connection c, UsageKey k, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_counts(day, channel, language, intent, measure, n)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(day, channel, language, intent, measure) DO UPDATE SET n = n + excluded.n")) {
            ps.setString(1, k.day().toString());
            ps.setString(2, k.channel());
            ps.setString(3, k.language());
            ps.setString(4, k.intent());
            ps.setString(5, k.measure());
            ps.setLong(6, n);
            ps.executeUpdate();
        }
    }

    static List<UsageCount> counts(Connection c, LocalDate from) throws SQLException {
        List<UsageCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day, channel, language, intent, measure, n FROM usage_counts"
                + " WHERE day >= ? ORDER BY day, channel, language, intent, measure")) {
            ps.setString(1, from.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UsageCount(new UsageKey(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)), rs.getLong(6)));
                }
            }
        }
        return out;
    }
}
