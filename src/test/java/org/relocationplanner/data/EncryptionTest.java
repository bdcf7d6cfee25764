package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.Trip;

class EncryptionTest {

    static final String NOTE = "Flat on Chavchavadze avenue, landlord Nino";

    @TempDir
    Path dir;

    /** A plain database with a trip, a setting and a rate series big enough to be kept as a large object. */
    private Path plainDatabase() throws Exception {
        Path base = dir.resolve("planner");
        try (Database db = Database.open(base)) {
            new RecordRepository(db).saveTrips(List.of(
                    new Trip("GE", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 20), NOTE)));
            new SettingsRepository(db).put("profile.country", "GE");
            List<Rate> rates = new ArrayList<>();
            for (int i = 0; i < 6000; i++) {
                rates.add(new Rate(LocalDate.of(2008, 1, 1).plusDays(i), "GEL",
                        new BigDecimal("18.5").add(BigDecimal.valueOf(i, 3)), "MANUAL"));
            }
            new RateRepository(db).save(rates);
        }
        return base;
    }

    private static byte[] file(Path base) throws Exception {
        return Files.readAllBytes(base.resolveSibling(base.getFileName() + Database.FILE_SUFFIX));
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void anEncryptedCopyHoldsEverythingAndNoReadableTripData() throws Exception {
        Path plain = plainDatabase();
        for (String readable : List.of("Chavchavadze", "landlord Nino", "ENTRY_DATE", "profile.country")) {
            assertTrue(contains(file(plain), readable), "the check must see " + readable + " in a plain file");
        }
        Path secret = dir.resolve("planner-2");
        DatabaseKey key = DatabaseKey.create("correct horse".toCharArray());
        try (Database db = Database.open(plain)) {
            db.writeCopy(secret, key);
        }
        byte[] bytes = file(secret);
        for (String readable : List.of("Chavchavadze", "landlord Nino", "ENTRY_DATE", "profile.country", "2022-03-01")) {
            assertFalse(contains(bytes, readable), "the encrypted file shows " + readable);
        }
        DatabaseKey again = DatabaseKey.forDatabase(secret, "correct horse".toCharArray());
        try (Database db = Database.open(secret, again)) {
            assertEquals(NOTE, new RecordRepository(db).trips().get(0).note());
            assertEquals(6000, new RateRepository(db).all().stream().filter(r -> r.source().equals("MANUAL"))
                    .count());
        }
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedAndChangesNothing() throws Exception {
        Path plain = plainDatabase();
        Path secret = dir.resolve("planner-2");
        try (Database db = Database.open(plain)) {
            db.writeCopy(secret, DatabaseKey.create("correct horse".toCharArray()));
        }
        byte[] before = file(secret);
        DatabaseKey wrong = DatabaseKey.forDatabase(secret, "wrong horse".toCharArray());
        assertEquals(DatabaseProblem.Kind.WRONG_PASSWORD,
                assertThrows(DatabaseProblem.class, () -> Database.open(secret, wrong)).kind());
        assertEquals(DatabaseProblem.Kind.PASSWORD_NEEDED,
                assertThrows(DatabaseProblem.class, () -> Database.open(secret)).kind());
        assertArrayEquals(before, file(secret));
    }

    @Test
    void thePasswordCanBeChangedAndRemoved() throws Exception {
        Path plain = plainDatabase();
        Path first = dir.resolve("planner-2");
        Path second = dir.resolve("planner-3");
        Path open = dir.resolve("planner-4");
        try (Database db = Database.open(plain)) {
            db.writeCopy(first, DatabaseKey.create("one".toCharArray()));
        }
        try (Database db = Database.open(first, DatabaseKey.forDatabase(first, "one".toCharArray()))) {
            db.writeCopy(second, DatabaseKey.create("two".toCharArray()));
        }
        assertEquals(DatabaseProblem.Kind.WRONG_PASSWORD, assertThrows(DatabaseProblem.class,
                () -> Database.open(second, DatabaseKey.forDatabase(second, "one".toCharArray()))).kind());
        try (Database db = Database.open(second, DatabaseKey.forDatabase(second, "two".toCharArray()))) {
            db.writeCopy(open, null);
        }
        assertFalse(DatabaseKey.isProtected(open));
        try (Database db = Database.open(open)) {
            assertEquals(NOTE, new RecordRepository(db).trips().get(0).note());
            assertEquals("GE", new SettingsRepository(db).get("profile.country").orElseThrow());
        }
    }

    @Test
    void aCopyOntoAnExistingDatabaseIsRefusedAndLeavesBothAlone() throws Exception {
        Path plain = plainDatabase();
        byte[] before = file(plain);
        try (Database db = Database.open(plain)) {
            assertThrows(java.io.IOException.class, () -> db.writeCopy(plain, DatabaseKey.create("x".toCharArray())));
        }
        assertFalse(DatabaseKey.isProtected(plain));
        try (Database db = Database.open(plain)) {
            assertEquals(1, new RecordRepository(db).trips().size());
        }
    }

    @Test
    void aKeyKnowsItsPasswordAndNothingElse() {
        DatabaseKey key = DatabaseKey.create("пароль с пробелом".toCharArray());
        assertTrue(key.matches("пароль с пробелом".toCharArray()));
        assertFalse(key.matches("пароль".toCharArray()));
        assertFalse(key.matches(new char[0]));
        assertFalse(java.util.Arrays.equals(key.subkey("h2-file"), key.subkey("backup")));
    }

    @Test
    void wipingOverwritesTheBytesBeforeDeleting() throws Exception {
        Path plain = plainDatabase();
        Path file = plain.resolveSibling("planner.mv.db");
        // a second name for the same bytes shows what the wipe left on the disk
        Path sameBytes = dir.resolve("same-bytes");
        Files.createLink(sameBytes, file);
        Path other = dir.resolve("other.txt");
        Files.write(other, new byte[] {1, 2, 3});
        FileWipe.wipeDatabase(plain);
        assertFalse(Files.exists(file));
        byte[] left = Files.readAllBytes(sameBytes);
        assertTrue(left.length > 0);
        assertFalse(contains(left, "Chavchavadze"), "the bytes were overwritten before the name went");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(other), "only the database's own files go");
    }
}
