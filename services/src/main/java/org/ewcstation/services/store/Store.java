package org.ewcstation.services.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The app's SQLite file: WAL mode (readers never wait for the writer, and a kill -9 loses nothing that was
 * committed), schema migrated by Flyway at open. One connection, used under a lock: SQLite serialises
 * writers anyway, and a desktop tool writes a few rows a second.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    public static final String FILE_NAME = "ewc-station.db";

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * The newest migration under {@code db/migration}. When the file's history already ends there, Flyway is not
     * started at all: loading and scanning it was about a third of the main thread's start-up on every launch, to
     * learn that nothing was to do. {@code StoreTest} fails when a new migration file is not counted here.
     */
    static final int SCHEMA_VERSION = 11;

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE_NAME);
            SQLiteDataSource ds = dataSource(file);
            Connection connection = ds.getConnection();
            try {
                if (!isCurrent(connection)) {
                    migrate(ds, file);
                }
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Store(file, connection);
        } catch (Exception e) {
            throw new StoreException("store.open", e);
        }
    }

    private static void migrate(SQLiteDataSource ds, Path file) {
        var result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Store {} migrated to schema version {}", file, result.targetSchemaVersion);
        }
    }

    /**
     * True when Flyway's history ends, successfully, at {@link #SCHEMA_VERSION}. Anything else (a new file, an
     * older or newer schema, a failed migration) goes through Flyway, which decides as it always did.
     */
    static boolean isCurrent(Connection c) {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next()
                    && rs.getBoolean(2)
                    && String.valueOf(SCHEMA_VERSION).equals(rs.getString(1));
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} with the store's connection, one caller at a time. */
    public <T> T withConnection(SqlFunction<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException("store.query", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction. */
    public <T> T inTransaction(SqlFunction<T> work) {
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the store failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** JDBC work that may throw. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }
}
