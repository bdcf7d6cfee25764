package org.relocationplanner.cli;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.app.Launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.io.DataPack;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.Json;

/** A maintainer signs a dataset with a test key; a user imports it; the built-in key refuses the test key's pack. */
class DatasetCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream o() {
        out.reset();
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream e() {
        err.reset();
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private Terminal terminal() {
        return new Terminal(o(), e(), java.time.Clock.systemDefaultZone(), () -> null, () -> null);
    }

    private int run(String... args) {
        return Cli.run(args, terminal());
    }

    /** The shipped dataset as version 99. */
    private Path newerDataset() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (java.io.InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SHIPPED_RESOURCE)) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(in);
        }
        root.put("version", 99);
        Path f = dir.resolve("destinations.json");
        Files.writeString(f, Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSignedPackInstallsOnceKeepsTheUsersOwnValuesAndOnlyTheMaintainersKeyIsTrusted() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, run("dataset", "keygen", "--out", keys.toString()));
        Path pack = dir.resolve("update.rpdata");
        assertEquals(0, run("dataset", "sign", "--key", keys.resolve("maintainers-ed25519.key").toString(), "--in",
                newerDataset().toString(), "--out", pack.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("dataset", "sign", "--key", keys.resolve("maintainers-ed25519.key").toString(), "--in",
                newerDataset().toString(), "--out", pack.toString()), "never overwrites");

        // the app's own key did not sign it: refused, and nothing is written
        Path data = dir.resolve("data");
        assertEquals(2, run("dataset", "import", pack.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("refused: the signature does not match"),
                err.toString(StandardCharsets.UTF_8));

        // a database with the shipped data and one value of the user's own
        DataFolder folder = new DataFolder(data);
        try (Database db = Database.open(folder.databaseBase())) {
            ShippedData.installIfNewer(new DestinationRepository(db), DatasetReader.readShipped());
            new AnnotationRepository(db, Clock.systemUTC()).save(new UserAnnotation("GE", Criterion.RENT, null,
                    "a flat in Vake for 900 USD"));
        }
        java.security.PublicKey test = DataPack.publicKey(Files.readString(keys.resolve("maintainers-ed25519.pub"))
                .strip());
        assertEquals(0, DatasetCommands.importPack(pack, data.toString(), test, terminal()));
        assertEquals("update.rpdata: dataset version 99 installed; your own values and notes are kept",
                out.toString(StandardCharsets.UTF_8).strip());
        try (Database db = Database.open(folder.databaseBase())) {
            assertEquals(99, new DestinationRepository(db).installedDataset().orElseThrow().version());
            // the pack carries the Belarusian rules and every passport's listing (issue 17)
            org.relocationplanner.domain.RuleBook rules = new DestinationRepository(db).installed().rules();
            java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 5);
            assertEquals(org.relocationplanner.domain.StayRule.Confidence.H, rules.ruleOn("CN", "BY", day)
                    .orElseThrow().confidence());
            assertTrue(rules.ruleOn("SCHENGEN", "IL", day).orElseThrow().isBaseline());
            List<UserAnnotation> mine = new AnnotationRepository(db, Clock.systemUTC()).all();
            assertEquals("a flat in Vake for 900 USD", mine.get(0).note());
        }
        assertEquals(2, DatasetCommands.importPack(pack, data.toString(), test, terminal()), "not newer the second time");
    }

    /**
     * A pack that changes a stay rule reaches the command line as it reaches the window: {@code stays} counts with the
     * installed rules, and its answer is the one the window's session computes from the same database.
     */
    @Test
    void staysCountsWithTheRulesOfAnImportedPackAsTheWindowDoes() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (java.io.InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SHIPPED_RESOURCE)) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(in);
        }
        root.put("version", 99);
        for (com.fasterxml.jackson.databind.JsonNode d : root.get("destinations")) {
            for (com.fasterxml.jackson.databind.JsonNode r : d.get("rules")) {
                if (r.get("area").asText().equals("GE") && r.get("passport").asText().equals("RU")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("perEntryDays", 90);
                }
            }
        }
        Path json = dir.resolve("georgia-90.json");
        Files.writeString(json, Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
        Path keys = dir.resolve("keys");
        assertEquals(0, run("dataset", "keygen", "--out", keys.toString()));
        Path pack = dir.resolve("georgia.rpdata");
        assertEquals(0, run("dataset", "sign", "--key", keys.resolve("maintainers-ed25519.key").toString(), "--in",
                json.toString(), "--out", pack.toString()), err.toString(StandardCharsets.UTF_8));
        Path trips = dir.resolve("trips.csv");
        Files.writeString(trips, "country,entry,exit,note\nGE,2026-06-01,,\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        String[] stays = {"stays", "--trips", trips.toString(), "--on", "2026-12-05", "--data-dir", data.toString()};

        assertEquals(0, run(stays), err.toString(StandardCharsets.UTF_8));
        String before = out.toString(StandardCharsets.UTF_8);
        assertTrue(before.contains("\"area\":\"GE\""), before);
        java.security.PublicKey test = DataPack.publicKey(Files.readString(keys.resolve("maintainers-ed25519.pub"))
                .strip());
        try (Database db = Database.open(new DataFolder(data).databaseBase())) {
            ShippedData.installIfNewer(new DestinationRepository(db), DatasetReader.readShipped());
        }
        assertEquals(0, DatasetCommands.importPack(pack, data.toString(), test, terminal()));
        assertEquals(0, run(stays), err.toString(StandardCharsets.UTF_8));
        String after = out.toString(StandardCharsets.UTF_8).strip();
        assertNotEquals(before.strip(), after, "90 days a entry now, not a year");

        org.relocationplanner.service.Session.Opened opened = org.relocationplanner.service.Session.openAndRead(
                new DataFolder(data), Clock.systemUTC(), null);
        try {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 5);
            String window = org.relocationplanner.io.StaysReport.json(day, "RU",
                    new org.relocationplanner.domain.StayEngine(opened.snapshot().rules()).statuses(
                            org.relocationplanner.io.TripCsv.read(Files.newBufferedReader(trips)), "RU", day));
            assertEquals(window, after, "the window's rules give the same answer");
        } finally {
            opened.db().close();
        }
    }

    /** A rate history in the shipped format, version {@code version}, with one newer lari rate of the Bank of Russia. */
    private Path rateHistory(int version) throws Exception {
        Path f = dir.resolve("rates-v" + version + ".csv.gz");
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            gz.write(("# version=" + version + "\ndate,currency,rate,source\n2026-12-01,GEL,31.25,CBR\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    /** Maintainers publish rates between releases the same way: signed, newer, and nothing of the user's touched. */
    @Test
    void aSignedRatePackInstallsANewerHistoryOnceAndKeepsTheUsersOwnRates() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, run("dataset", "keygen", "--out", keys.toString()));
        String key = keys.resolve("maintainers-ed25519.key").toString();
        Path pack = dir.resolve("rates.rpdata");
        assertEquals(0, run("dataset", "sign", "--key", key, "--in", rateHistory(99).toString(), "--out",
                pack.toString()), err.toString(StandardCharsets.UTF_8));
        Path data = dir.resolve("data");
        assertEquals(2, run("dataset", "import", pack.toString(), "--data-dir", data.toString()),
                "the built-in key did not sign it");
        DataFolder folder = new DataFolder(data);
        try (Database db = Database.open(folder.databaseBase())) {
            new org.relocationplanner.data.RateRepository(db).save(List.of(new org.relocationplanner.domain.Rate(
                    java.time.LocalDate.of(2026, 12, 1), "GEL", new java.math.BigDecimal("32.9"), "MANUAL")));
        }
        java.security.PublicKey test = DataPack.publicKey(Files.readString(keys.resolve("maintainers-ed25519.pub"))
                .strip());
        assertEquals(0, DatasetCommands.importPack(pack, data.toString(), test, terminal()),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("rates.rpdata: rate history version 99 installed; your own and imported rates are kept",
                out.toString(StandardCharsets.UTF_8).strip());
        try (Database db = Database.open(folder.databaseBase())) {
            org.relocationplanner.data.RateRepository repo = new org.relocationplanner.data.RateRepository(db);
            assertEquals(99, repo.shippedVersion().orElseThrow());
            List<String> dec1 = repo.all().stream().filter(r -> r.date().equals(java.time.LocalDate.of(2026, 12, 1)))
                    .map(r -> r.source() + " " + r.rubPerUnit().toPlainString()).sorted().toList();
            assertEquals(List.of("CBR 31.25", "MANUAL 32.9"), dec1);
        }
        assertEquals(2, DatasetCommands.importPack(pack, data.toString(), test, terminal()), "not newer the second time");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("rate history version 99, not newer"),
                err.toString(StandardCharsets.UTF_8));
        // a changed pack is refused
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length - 5] ^= 1;
        Path changed = dir.resolve("changed.rpdata");
        Files.write(changed, bytes);
        assertEquals(2, DatasetCommands.importPack(changed, data.toString(), test, terminal()));
    }
}
