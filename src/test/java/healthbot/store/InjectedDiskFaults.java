package healthbot.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * Opens real SQLite connections whose writes fail, on request, with the error SQLite gives on a
 * full disk ({@code SQLITE_FULL}) or a read-only file ({@code SQLITE_READONLY}), as the JDBC
 * driver reports it; reads go through. For machines where a small file system cannot be mounted.
 * Public for tests outside this package ({@link #sqlite} opens the real store on it).
 */
public final class InjectedDiskFaults implements SqliteStore.Opener {

    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "CREATE",
            "ALTER", "DROP");

    private volatile SQLiteErrorCode failing;

    /** From now on every write fails with {@code code} ({@code null}: writes work again). */
    public void fail(SQLiteErrorCode code) {
        this.failing = code;
    }

    /** The real SQLite store on {@code file}, its connections opened through this. */
    public ConversationStore sqlite(Path file) {
        return new SqliteStore(file, java.time.Clock.systemUTC(), this);
    }

    @Override
    public Connection open(Path file, SQLiteConfig config) throws SQLException {
        return wrap(Connection.class, config.createConnection("jdbc:sqlite:" + file), null);
    }

    private void check(String sql) throws SQLException {
        SQLiteErrorCode code = failing;
        if (code == null || sql == null) {
            return;
        }
        String first = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (WRITES.contains(first)) {
            throw new SQLiteException("[" + code.name() + "] " + code.message + " (injected)", code);
        }
    }

    private <T> T wrap(Class<T> type, T target, String sql) {
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                check(args != null && args.length > 0 && args[0] instanceof String s ? s : sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement ps && name.equals("prepareStatement")) {
                return wrap(PreparedStatement.class, ps, (String) args[0]);
            }
            if (result instanceof Statement st && name.equals("createStatement")) {
                return wrap(Statement.class, st, null);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }
}
