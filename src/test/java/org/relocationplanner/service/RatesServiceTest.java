package org.relocationplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.io.ShippedRates;

class RatesServiceTest {

    @TempDir
    Path dir;

    @Test
    void aNewerShippedHistoryIsTakenOnTheNextStartAndTheUsersOwnRatesStay() throws Exception {
        try (Database db = Database.open(dir.resolve("planner"))) {
            RateRepository repo = new RateRepository(db);
            Rate mine = new Rate(LocalDate.of(2026, 11, 20), "GEL", new BigDecimal("31.25"), "MANUAL");
            Rate imported = new Rate(LocalDate.of(2026, 11, 21), "GEL", new BigDecimal("30.7"), "CBR");
            // a database as version 1 left it: its old history ended on 31 December 2025
            repo.installShipped(List.of(
                    new Rate(LocalDate.of(2025, 12, 31), "GEL", new BigDecimal("29.1"), "MARKET-SNAPSHOT")), 1);
            repo.save(List.of(mine, imported));

            assertTrue(RatesService.installShipped(db), "version " + ShippedRates.version() + " replaces version 1");
            assertEquals(ShippedRates.version(), repo.shippedVersion().orElseThrow());
            List<Rate> all = repo.all();
            assertTrue(all.contains(mine), "the user's own rate is kept");
            assertTrue(all.contains(imported), "an imported Bank of Russia rate is kept");
            assertTrue(all.stream().anyMatch(r -> r.currency().equals("GEL")
                    && r.date().equals(LocalDate.of(2026, 9, 29))), "the history now reaches 29 September 2026");

            assertFalse(RatesService.installShipped(db), "the same version is not installed twice");
        }
    }

    /**
     * Issue 15: a dynamic file's IDs are read from a password-protected database opened read-only, which leaves
     * its file byte for byte as it was; a wrong password is said, not taken for "no IDs".
     */
    @Test
    void storedIdsAreReadFromAProtectedDatabaseWithoutChangingItsFile() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("protected"));
        org.relocationplanner.data.DatabaseKey key = org.relocationplanner.data.DatabaseKey.create(
                "river-stone-42".toCharArray());
        try (Database db = Database.create(folder.databaseBase(), key)) {
            new RateRepository(db).save(List.of(), java.util.Map.of("R01503", "MNT"));
        }
        Path file = folder.databaseBase().resolveSibling(folder.databaseBase().getFileName() + ".mv.db");
        byte[] before = java.nio.file.Files.readAllBytes(file);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(java.util.Map.of("R01503", "MNT"), RatesService.storedIds(folder, e, "rates import",
                "river-stone-42"::toCharArray));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(file));
        assertEquals(null, RatesService.storedIds(folder, e, "rates import", "wrong"::toCharArray));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("that is not the password of"),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
