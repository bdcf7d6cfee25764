package org.relocationplanner.service;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.UserTables;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.BackupFile;

class DataSafetyTest {

    static final String NOTE = "Rented from Giorgi on Paliashvili street";
    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir.resolve("data"));
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    /** The data folder's database with the shipped data and one trip of the user's. */
    private Database withTrip() throws Exception {
        Database db = Database.open(folder().databaseBase());
        DataSafety.installShipped(db);
        new RecordRepository(db).saveTrips(List.of(new Trip("GE", LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 9, 20), NOTE)));
        new SettingsRepository(db).put("profile.country", "GE");
        return db;
    }

    private static boolean fileShows(Path base, String text) throws Exception {
        return new String(Files.readAllBytes(base.resolveSibling(base.getFileName() + ".mv.db")),
                StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void settingAPasswordMovesTheDataToAnEncryptedFileAndWipesThePlainOne() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Path before = folder().databaseBase();
        Database db = withTrip();
        assertTrue(fileShows(before, "Paliashvili"));
        DatabaseKey key = DatabaseKey.create("a long passphrase".toCharArray());
        Database moved = safety.convert(db, null, key, null).db();
        Path after = folder().databaseBase();
        moved.close();
        assertNotEquals(before, after, "the pointer names the new file");
        assertFalse(Files.exists(before.resolveSibling("planner.mv.db")), "the plain file is gone");
        assertFalse(fileShows(after, "Paliashvili"));
        assertTrue(DatabaseKey.isProtected(after));
        try (Database again = Database.open(after, DatabaseKey.forDatabase(after, "a long passphrase".toCharArray()))) {
            assertEquals(NOTE, new RecordRepository(again).trips().get(0).note());
        }
    }

    @Test
    void otherDataFilesInTheFolderMoveUnderTheNewPasswordOrAreNamed() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        withTrip().close();
        Path kept = folder().databaseBase(); // the data before a fresh start, kept beside the new file
        folder().startFresh(at(NOW.minusSeconds(60)));
        Files.write(folder().dir().resolve("planner-damaged.mv.db"), new byte[] {7, 7, 7});
        Database current = Database.open(folder().databaseBase());
        DataSafety.Converted c = safety.convert(current, null, DatabaseKey.create("a long passphrase".toCharArray()),
                "a long passphrase".toCharArray());
        c.db().close();
        assertEquals(List.of(folder().dir().resolve("planner-damaged")), c.leftAlone());
        assertFalse(Files.exists(kept.resolveSibling("planner.mv.db")), "the kept plain file is gone");
        int protectedFiles = 0;
        for (Path base : folder().databases()) {
            if (DatabaseKey.isProtected(base)) {
                protectedFiles++;
                assertFalse(fileShows(base, "Paliashvili"));
            }
        }
        assertEquals(2, protectedFiles, "the file in use and the kept one, both under the password");
    }

    @Test
    void theWipeTakesOnlyTheAppsOwnFilesFromASharedFolder() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        safety.autoBackup(db, null, 3);
        db.close();
        Path mine = folder().dir().resolve("passport-scan.pdf");
        Files.write(mine, new byte[] {1});
        Files.write(folder().backups().resolve("notes.txt"), new byte[] {2});
        safety.wipeEverything();
        try (var left = Files.list(folder().dir())) {
            assertEquals(List.of("backups", "passport-scan.pdf"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (var left = Files.list(folder().backups())) {
            assertEquals(List.of("notes.txt"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aConversionCutShortIsFinishedAtTheNextStartWithoutTouchingTheDatabaseInUse() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        withTrip().close();
        Path current = folder().databaseBase();
        Path leftover = folder().dir().resolve("planner-old");
        Files.write(leftover.resolveSibling("planner-old.mv.db"), new byte[] {1, 2, 3});
        folder().markForWipe(leftover);
        safety.finishPendingWipe();
        assertFalse(Files.exists(leftover.resolveSibling("planner-old.mv.db")));
        folder().markForWipe(current);
        safety.finishPendingWipe();
        assertTrue(Files.exists(current.resolveSibling("planner.mv.db")), "the file in use is never wiped");
    }

    @Test
    void aBackupRestoresIntoANewFileAndThePreviousDataIsKept() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        byte[] backup = safety.backup(db, null);
        new RecordRepository(db).saveTrips(List.of());
        new SettingsRepository(db).put("profile.country", "AM");
        Path before = folder().databaseBase();
        BackupFile.Contents contents = BackupFile.read(backup, null);
        Database restored = safety.restore(db, null, contents);
        try {
            assertEquals(NOTE, new RecordRepository(restored).trips().get(0).note());
            assertEquals("GE", new SettingsRepository(restored).get("profile.country").orElseThrow());
            assertFalse(new DestinationRepository(restored).destinations().isEmpty(), "shipped data installed");
        } finally {
            restored.close();
        }
        assertTrue(Files.exists(before.resolveSibling("planner.mv.db")), "the data before the restore is kept");
        try (Database old = Database.open(before)) {
            assertEquals("AM", new SettingsRepository(old).get("profile.country").orElseThrow());
        }
    }

    @Test
    void aBackupTheAppCannotReadBackIsRefusedAndChangesNothing() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        String json = new String(safety.backup(db, null), StandardCharsets.UTF_8);
        // well typed, but "Q!" is no country code: the app's own reader refuses it
        String bad = json.replace("\"country\" : \"GE\"", "\"country\" : \"Q!\"");
        BackupFile.Contents contents = BackupFile.read(bad.getBytes(StandardCharsets.UTF_8), null);
        Path before = folder().databaseBase();
        var exported = UserTables.export(db);
        assertThrows(Exception.class, () -> safety.restore(db, null, contents));
        assertEquals(before, folder().databaseBase());
        assertTrue(UserTables.same(exported, UserTables.export(db)), "the open database is untouched");
        assertEquals(List.of(before), folder().databases(), "the half-built file is gone");
        db.close();
    }

    @Test
    void mutatedBackupsThatStillReadEitherRestoreOrChangeNothing() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        byte[] good = safety.backup(db, null);
        Random r = new Random(11);
        int tried = 0;
        for (int i = 0; i < 2_000 && tried < 12; i++) {
            byte[] m = org.relocationplanner.io.BackupFileTest.mutate(good, r);
            BackupFile.Contents c;
            try {
                c = BackupFile.read(m, null);
            } catch (BackupFile.BackupException e) {
                continue;
            }
            tried++;
            Path before = folder().databaseBase();
            var exported = UserTables.export(db);
            try {
                Database next = safety.restore(db, null, c);
                db = next; // a valid backup after all: it is now the data
            } catch (Exception e) {
                assertEquals(before, folder().databaseBase());
                assertTrue(UserTables.same(exported, UserTables.export(db)));
            }
        }
        db.close();
        assertTrue(tried > 0);
    }

    @Test
    void automaticBackupsAreDailySealedWithThePasswordAndRolled() throws Exception {
        Database db = withTrip();
        DatabaseKey key = DatabaseKey.create("a long passphrase".toCharArray());
        Instant t = NOW;
        assertNull(new DataSafety(folder(), at(t)).autoBackup(db, key, 0), "0: automatic backups are off");
        Path first = new DataSafety(folder(), at(t)).autoBackup(db, key, 3);
        assertTrue(BackupFile.isEncrypted(Files.readAllBytes(first)));
        assertNull(new DataSafety(folder(), at(t.plus(Duration.ofHours(23)))).autoBackup(db, key, 3),
                "at most one a day");
        for (int day = 1; day <= 4; day++) {
            new DataSafety(folder(), at(t.plus(Duration.ofDays(day)))).autoBackup(db, key, 3);
        }
        List<Path> kept = new DataSafety(folder(), at(t)).automaticBackups();
        assertEquals(3, kept.size());
        assertEquals("auto-20261126-090000.rpbackup.json", kept.get(0).getFileName().toString());
        assertFalse(Files.exists(first), "the oldest went");
        db.close();
    }

    @Test
    void theQuickWipeLeavesAnEmptyFolderAndTheAppStartsAfreshWithTheShippedData() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        Database moved = safety.convert(db, null, DatabaseKey.create("a long passphrase".toCharArray()), null).db();
        safety.autoBackup(moved, null, 3);
        moved.close();
        safety.wipeEverything();
        try (var left = Files.list(folder().dir())) {
            assertEquals(List.of(), left.toList());
        }
        org.relocationplanner.service.Session.Opened opened = org.relocationplanner.service.Session.openAndRead(folder(), at(NOW), null);
        try {
            assertTrue(opened.snapshot().trips().isEmpty());
            assertFalse(opened.snapshot().destinations().isEmpty());
        } finally {
            opened.db().close();
        }
    }

    private int wipe(String confirmation, String... args) {
        return org.relocationplanner.cli.Cli.run(args, new org.relocationplanner.cli.Terminal(
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), at(NOW), () -> null,
                () -> confirmation));
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theWipeCommandAsksFirstAndRefusesWhileTheAppHasTheDataOpen() throws Exception {
        String data = folder().dir().toString();
        Database db = withTrip();
        assertEquals(1, wipe(null, "wipe", "--data-dir", data, "--yes"), "the app has it open");
        assertTrue(err.toString().contains("open"));
        db.close();
        assertEquals(2, wipe(null, "wipe", "--data-dir", data), "no console, no --yes");
        assertEquals(1, wipe("erase", "wipe", "--data-dir", data), "not the word asked for");
        assertTrue(Files.exists(folder().databaseBase().resolveSibling("planner.mv.db")));
        assertEquals(0, wipe("ERASE", "wipe", "--data-dir", data));
        try (var left = Files.list(folder().dir())) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void commandsAskForThePasswordOfAProtectedDatabase() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        safety.convert(withTrip(), null, DatabaseKey.create("a long passphrase".toCharArray()), null).db().close();
        PrintStream e = new PrintStream(err);
        try {
            assertNull(RatesService.open(folder(), e, "rates import", () -> null));
            assertTrue(err.toString().contains("protected by a password"), err.toString());
            assertNull(RatesService.open(folder(), e, "rates import", () -> "wrong one".toCharArray()));
            assertTrue(err.toString().contains("not the password"), err.toString());
            try (Database db = RatesService.open(folder(), e, "rates import", () -> "a long passphrase".toCharArray())) {
                assertEquals(NOTE, new RecordRepository(db).trips().get(0).note());
            }
        } finally {
            e.flush();
        }
    }

    @Test
    void movingTheFolderCopiesChecksSwitchesAndOnlyThenErasesTheOldFiles() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        DatabaseKey key = DatabaseKey.create("a long passphrase".toCharArray());
        Database db = safety.convert(withTrip(), null, key, null).db();
        safety.autoBackup(db, key, 7);
        Path target = dir.resolve("elsewhere/planner-data");
        List<Path> switched = new java.util.ArrayList<>();
        DataSafety.Moved moved = safety.moveTo(target, db, key, switched::add);
        assertEquals(List.of(target), switched, "the new place is recorded once the copy is checked");
        assertEquals(List.of(), moved.leftBehind());
        assertEquals(1, new RecordRepository(moved.db()).trips().size(), "the trip is read at the new place");
        moved.db().close();
        assertFalse(Files.exists(folder().dir()), "nothing of the app's is left in the old folder");
        try (var backups = Files.list(target.resolve("backups"))) {
            assertEquals(1, backups.count(), "the automatic backup moved too");
        }
        assertTrue(DatabaseKey.isProtected(new DataFolder(target).databaseBase()), "still under the password");
    }

    @Test
    void aMoveThatCannotBeRecordedLeavesTheDataWhereItWasAndOpen() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Database db = withTrip();
        Path target = dir.resolve("elsewhere");
        DataSafety.MoveFailed failed = assertThrows(DataSafety.MoveFailed.class, () -> safety.moveTo(target, db, null,
                dir -> {
                    throw new IllegalStateException("preferences not writable");
                }));
        try (Database back = failed.reopened) {
            assertEquals(1, new RecordRepository(back).trips().size());
        }
        assertTrue(fileShows(folder().databaseBase(), "Paliashvili"), "the old file is untouched");
        try (var left = Files.list(target)) {
            assertEquals(0, left.count(), "the copies were removed");
        }
    }

    @Test
    void aFolderWithOtherFilesGetsAFolderOfTheAppsAndOneInsideTheOldFolderIsRefused() throws Exception {
        DataSafety safety = new DataSafety(folder(), at(NOW));
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Files.createDirectories(usb.resolve("lost+found"));
        assertEquals(usb.resolve("relocation-planner"), DataSafety.moveTarget(usb, folder().dir()),
                "a drive's root is not empty: the data goes into a folder of its own there");
        Files.createDirectories(usb.resolve("relocation-planner"));
        Files.writeString(usb.resolve("relocation-planner/photo.jpg"), "x");
        assertThrows(IllegalArgumentException.class, () -> DataSafety.moveTarget(usb, folder().dir()));
        try (Database db = withTrip()) {
            assertThrows(IllegalArgumentException.class, () -> safety.moveTo(folder().dir().resolve("sub"), db, null,
                    p -> { }));
            assertThrows(IllegalArgumentException.class, () -> safety.moveTo(folder().dir(), db, null, p -> { }),
                    "the folder itself: its app folder would lie inside the old one");
            assertEquals(1, new RecordRepository(db).trips().size(), "the database stays open and in use");
        }
    }
}
