package org.relocationplanner.data;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database on the user's machine. Opening it applies the versioned migrations and
 * turns every failure into a {@link DatabaseProblem} that names the file; the file itself is never
 * changed when opening fails.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_SUFFIX = ".mv.db";
    /**
     * H2 writes failed statements, with their values, to a plain-text {@code .trace.db} file beside the database;
     * for an encrypted database that would leak what the encryption hides, so the trace file is off. The page
     * cache is 4 MB instead of H2's 16 MB: the user's database is a few MB, read mostly once, at start, and the
     * memory is better left to the window.
     * <p>
     * MAX_COMPACT_TIME=0: H2 2.3.232 compacts for up to 200 ms while it closes a file, and that compaction can leave
     * a file that no longer opens ("File corrupted while reading record", MVStoreException "Double mark" in
     * FreeSpaceBitSet.markUsed; h2database issues #4083 and #4387). Five plain open, read and close cycles of a
     * database with the shipped rates did it here ({@code DatabaseReopenTest}). The file is instead rewritten whole
     * by SHUTDOWN COMPACT when most of it is dead space ({@link #close}).
     */
    private static final String NO_TRACE = ";TRACE_LEVEL_FILE=0;CACHE_SIZE=4096;MAX_COMPACT_TIME=0";
    /** A file larger than this, with less than half of its chunks live, is rewritten whole as it closes. */
    static final long COMPACT_ABOVE_BYTES = 8L * 1024 * 1024;
    /**
     * The highest migration this app ships (db/migration/V{n}__*.sql). When the file is already at this
     * version, start-up skips Flyway, which takes about a second to load; a test keeps the number true.
     */
    public static final int SCHEMA_VERSION = 8;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Path file;
    private final boolean migrated;

    private Database(JdbcConnectionPool pool, Path file, boolean migrated) {
        this(pool, file, migrated, true);
    }

    private Database(JdbcConnectionPool pool, Path file, boolean migrated, boolean writable) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.file = file;
        this.migrated = migrated;
        this.compactOnClose = writable && mostlyDead(jdbi);
    }

    /** Whether the file, as opened, was large and mostly dead space: it is then rewritten whole as it closes. */
    private final boolean compactOnClose;

    /** Whether opening ran Flyway (a new or older file) or found the schema current and skipped it. */
    public boolean migrated() {
        return migrated;
    }

    /**
     * Opens (or creates) the database whose file is {@code base + ".mv.db"} and brings its schema up to date.
     */
    public static Database open(Path base) throws DatabaseProblem {
        return open(base, null);
    }

    /**
     * Opens the database at {@code base} with its key (null for a database without a password). A protected
     * database opened without a key, or with the wrong one, is refused and left exactly as it was.
     */
    public static Database open(Path base, DatabaseKey key) throws DatabaseProblem {
        Path file = base.resolveSibling(base.getFileName() + FILE_SUFFIX);
        if (key == null && DatabaseKey.isProtected(base)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.PASSWORD_NEEDED, file,
                    "The database is protected by a password", null);
        }
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
        } catch (Exception e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file, e.getMessage(), e);
        }
        // IFEXISTS is not used: a missing file is simply a first start. A damaged file must not be
        // "repaired" by H2 behind the user's back, so recovery options stay off.
        // WRITE_DELAY=0: a commit is in the file when it returns. H2's default keeps commits up to half a second in
        // memory, and a killed app (a crash, a power cut, kill -9) lost them: the crash-safety test showed it.
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + NO_TRACE
                + (key == null ? "" : ";CIPHER=AES");
        Database db = open(url, file, key);
        OwnerOnly.tighten(base.toAbsolutePath().getParent()); // the file H2 just made, and what was there before
        return db;
    }

    /**
     * Opens an existing database only to read it: H2 writes nothing to a file opened so, not even on close, and
     * nothing is migrated. For reading what a file needs before it is taken (the IDs a rates file refers to), so
     * that a file refused leaves the database byte for byte as it was.
     */
    public static Database openReadOnly(Path base, DatabaseKey key) throws DatabaseProblem {
        Path file = base.resolveSibling(base.getFileName() + FILE_SUFFIX);
        if (!Files.exists(file)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file, "There is no database yet", null);
        }
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE" + NO_TRACE
                + (key == null ? "" : ";CIPHER=AES");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "planner", key == null ? "" : key.h2FilePassword() + " ");
        try (var c = pool.getConnection()) {
            return new Database(pool, file, false, false);
        } catch (Exception e) {
            pool.dispose();
            throw classify(e, file, key != null);
        }
    }

    /**
     * Creates a new database at {@code base}, protected by {@code key} when it is not null; refuses to touch a
     * database already there.
     */
    public static Database create(Path base, DatabaseKey key) throws DatabaseProblem, IOException {
        Path file = base.resolveSibling(base.getFileName() + FILE_SUFFIX);
        if (Files.exists(file) || DatabaseKey.isProtected(base)) {
            throw new IOException("A database already exists at " + file);
        }
        if (key != null) {
            Files.createDirectories(base.toAbsolutePath().getParent());
            key.writeParameters(base);
        }
        return open(base, key);
    }

    /** A private in-memory database, for tests and headless checks. */
    public static Database inMemory(String name) throws DatabaseProblem {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", Path.of(name), null);
    }

    private static Database open(String url, Path file, DatabaseKey key) throws DatabaseProblem {
        // with CIPHER=AES H2 takes "filePassword userPassword"; the user password stays empty
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "planner", key == null ? "" : key.h2FilePassword() + " ");
        try {
            try (var c = pool.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT READONLY()")) {
                // H2 opens a file it may not write as read-only, quietly: every save would then fail
                if (rs.next() && rs.getBoolean(1)) {
                    throw new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file,
                            "The data file can only be read, not written", null);
                }
            }
            int current = appliedVersion(pool);
            if (current > SCHEMA_VERSION) {
                throw new DatabaseProblem(DatabaseProblem.Kind.NEWER_VERSION, file,
                        "The database is at schema version " + current + ", this app knows " + SCHEMA_VERSION, null);
            }
            if (current == SCHEMA_VERSION) {
                // schema current: nothing for Flyway to do
                LOG.info("Database ready: {}", file);
                return new Database(pool, file, false);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load();
            MigrationInfo[] all = flyway.info().all();
            if (Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new DatabaseProblem(DatabaseProblem.Kind.NEWER_VERSION, file,
                        "The database was written by a newer version of the app", null);
            }
            flyway.migrate();
            LOG.info("Database ready: {}", file);
            return new Database(pool, file, true);
        } catch (DatabaseProblem p) {
            pool.dispose();
            throw p;
        } catch (Exception e) {
            pool.dispose();
            throw classify(e, file, key != null);
        }
    }

    /** The newest successfully applied migration, 0 for a new file; plain SQL, no Flyway. */
    private static int appliedVersion(JdbcConnectionPool pool) throws SQLException {
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            int max = 0;
            try (var rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    try {
                        max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                    } catch (NumberFormatException e) {
                        return -1; // not a version this app writes: let Flyway judge
                    }
                }
            }
            return max;
        }
    }

    static DatabaseProblem classify(Throwable e, Path file, boolean withKey) {
        // the SQL error codes anywhere in the chain say most: a Flyway failure often wraps one
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    return new DatabaseProblem(DatabaseProblem.Kind.LOCKED, file, sql.getMessage(), e);
                }
                if (code == ErrorCode.DATABASE_IS_READ_ONLY) {
                    return new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file, sql.getMessage(), e);
                }
                if (withKey && (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_PASSWORD_FORMAT)) {
                    return new DatabaseProblem(DatabaseProblem.Kind.WRONG_PASSWORD, file, sql.getMessage(), e);
                }
                if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                        || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                    return new DatabaseProblem(DatabaseProblem.Kind.CORRUPT, file, sql.getMessage(), e);
                }
            }
        }
        // A file the app may not read or write is not damaged: say so, and offer no fresh start that would
        // leave the user's data behind.
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file)
                || !Files.isWritable(file.toAbsolutePath().getParent()))) {
            return new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file, String.valueOf(e.getMessage()), e);
        }
        // Otherwise an existing file that H2 or Flyway cannot read (H2 reports IO or general errors for arbitrary
        // bytes and truncated stores) is treated as damaged.
        if (Files.exists(file)) {
            return new DatabaseProblem(DatabaseProblem.Kind.CORRUPT, file, String.valueOf(e.getMessage()), e);
        }
        return new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, file, String.valueOf(e.getMessage()), e);
    }

    /**
     * Writes a copy of this database to {@code newBase}, encrypted with {@code newKey} (plain when null), then opens
     * the copy afresh and checks that it holds exactly what this one holds. This database is only read. When
     * anything fails the copy's files are removed and the exception says what happened.
     */
    public void writeCopy(Path newBase, DatabaseKey newKey) throws IOException {
        Path newFile = newBase.resolveSibling(newBase.getFileName() + FILE_SUFFIX);
        if (Files.exists(newFile) || DatabaseKey.isProtected(newBase)) {
            throw new IOException("A database already exists at " + newFile);
        }
        boolean done = false;
        try {
            List<String> script = jdbi.withHandle(Database::script);
            if (newKey != null) {
                newKey.writeParameters(newBase);
            }
            String url = "jdbc:h2:file:" + newBase.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE" + NO_TRACE
                    + (newKey == null ? "" : ";CIPHER=AES");
            String password = newKey == null ? "" : newKey.h2FilePassword() + " ";
            try (Connection c = DriverManager.getConnection(url, "planner", password)) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String sql : script) {
                        st.execute(sql);
                    }
                }
                c.commit();
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
            List<String> copied;
            try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "planner", password)) {
                copied = script(c);
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
            if (!comparable(script).equals(comparable(copied))) {
                throw new IOException("The copy at " + newFile + " does not read back the same");
            }
            done = true;
        } catch (SQLException e) {
            throw new IOException("Could not write the copy at " + newFile + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                FileWipe.wipeDatabase(newBase); // a half-written copy may hold the data in plain text
            }
        }
    }

    private static List<String> script(org.jdbi.v3.core.Handle h) throws SQLException {
        return script(h.getConnection());
    }

    /** The whole database as SQL statements, held in memory: a plain-text script never touches the disk. */
    private static List<String> script(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    /** A script without the user's password hash, which differs between two files by its random salt. */
    private static List<String> comparable(List<String> script) {
        return script.stream().filter(l -> !l.startsWith("CREATE USER")).toList();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            jdbi.useHandle(h -> h.execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN"));
        } catch (Exception e) {
            LOG.debug("Shutdown of {} reported {}", file, e.getMessage());
        }
        pool.dispose();
        if (compactOnClose && file.getParent() != null) {
            // the compacted file is a new file, made with the system's default permissions
            OwnerOnly.tighten(file.toAbsolutePath().getParent());
        }
    }

    /**
     * Whether the file is large and mostly dead space (each open and close adds a few dozen KB), as H2 counts it
     * when the file was just opened: within a session, chunks freed in it still count as live.
     */
    private static boolean mostlyDead(Jdbi jdbi) {
        java.util.Map<String, String> info = new java.util.HashMap<>();
        try {
            jdbi.useHandle(h -> h.createQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                + "('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')").map((rs, ctx) -> info.put(rs.getString(1),
                rs.getString(2))).list());
            return Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0")) > COMPACT_ABOVE_BYTES
                    && Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100")) < 50;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
