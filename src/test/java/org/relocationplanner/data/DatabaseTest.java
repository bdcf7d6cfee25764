package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileAndAppliesMigrationsOnFirstStart() throws Exception {
        try (Database db = Database.open(dir.resolve("planner"))) {
            new SettingsRepository(db).put("x", "1");
        }
        assertTrue(Files.exists(dir.resolve("planner.mv.db")));
        try (Database db = Database.open(dir.resolve("planner"))) {
            assertEquals("1", new SettingsRepository(db).get("x").orElseThrow());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsCorruptAndLeftUntouched() throws Exception {
        Path file = dir.resolve("planner.mv.db");
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        DatabaseProblem p = assertThrows(DatabaseProblem.class, () -> Database.open(dir.resolve("planner")));
        assertEquals(DatabaseProblem.Kind.CORRUPT, p.kind());
        assertEquals(file, p.file());
        assertTrue(java.util.Arrays.equals(junk, Files.readAllBytes(file)), "the damaged file must stay as it was");
    }

    @Test
    void aTruncatedDatabaseIsReportedAsCorrupt() throws Exception {
        try (Database db = Database.open(dir.resolve("planner"))) {
            new SettingsRepository(db).put("x", "1");
        }
        Path file = dir.resolve("planner.mv.db");
        byte[] all = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(all, 3000);
        Files.write(file, half);
        DatabaseProblem p = assertThrows(DatabaseProblem.class, () -> Database.open(dir.resolve("planner")));
        assertEquals(DatabaseProblem.Kind.CORRUPT, p.kind());
        assertTrue(java.util.Arrays.equals(half, Files.readAllBytes(file)));
    }

    @Test
    void aDatabaseFromANewerVersionOfTheAppIsRecognised() throws Exception {
        try (Database db = Database.open(dir.resolve("planner"))) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'planner', 1, TRUE)"));
        }
        DatabaseProblem p = assertThrows(DatabaseProblem.class, () -> Database.open(dir.resolve("planner")));
        assertEquals(DatabaseProblem.Kind.NEWER_VERSION, p.kind());
    }

    @Test
    void aFileHeldByAnotherRunningCopyIsReportedAsLocked() throws Exception {
        Path base = dir.resolve("planner");
        try (Database first = Database.open(base)) {
            new SettingsRepository(first).put("x", "1");
        }
        Process other = LockHolder.start(base);
        try {
            DatabaseProblem p = assertThrows(DatabaseProblem.class, () -> Database.open(base));
            assertEquals(DatabaseProblem.Kind.LOCKED, p.kind());
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void theSchemaVersionConstantNamesTheNewestShippedMigration() throws Exception {
        java.net.URL dir = Database.class.getResource("/db/migration");
        int newest;
        try (var files = Files.list(Path.of(dir.toURI()))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(newest, Database.SCHEMA_VERSION);
    }

    @Test
    void aCurrentFileOpensWithoutMigratingAgainAndKeepsItsData() throws Exception {
        try (Database db = Database.open(dir.resolve("planner"))) {
            assertTrue(db.migrated(), "a new file is migrated");
            new SettingsRepository(db).put("kept", "yes");
        }
        try (Database db = Database.open(dir.resolve("planner"))) {
            assertEquals(false, db.migrated(), "a current file skips Flyway");
            assertEquals("yes", new SettingsRepository(db).get("kept").orElseThrow());
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
                    .mapTo(Integer.class).one());
            assertEquals(Database.SCHEMA_VERSION, rows, "each migration ran once");
        }
    }

    @Test
    void anOlderFileIsMigratedForwardKeepingItsData() throws Exception {
        Path base = dir.resolve("planner");
        // a file at schema version 1, as the first release wrote it
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:h2:file:" + base.toAbsolutePath(), "planner", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "planner", "");
             var st = c.createStatement()) {
            st.execute("INSERT INTO user_setting (name, val) VALUES ('from-v1', 'kept')");
        }
        try (Database db = Database.open(base)) {
            assertTrue(db.migrated());
            assertEquals("kept", new SettingsRepository(db).get("from-v1").orElseThrow());
        }
    }

    @Test
    void aReadOnlyCauseInsideAMigrationFailureIsNotCalledCorrupt() throws Exception {
        Path file = dir.resolve("planner.mv.db");
        Files.writeString(file, "x");
        var readOnly = new java.sql.SQLException("The database is read only", "90097", org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY);
        var migration = new org.flywaydb.core.api.FlywayException("Migration failed", readOnly);
        assertEquals(DatabaseProblem.Kind.UNAVAILABLE, Database.classify(migration, file, false).kind());
        var locked = new java.sql.SQLException("in use", "90020", org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1);
        assertEquals(DatabaseProblem.Kind.LOCKED,
                Database.classify(new org.flywaydb.core.api.FlywayException("x", locked), file, false).kind());
        assertEquals(DatabaseProblem.Kind.CORRUPT,
                Database.classify(new org.flywaydb.core.api.FlywayException("checksum mismatch"), file, false).kind());
    }
}
