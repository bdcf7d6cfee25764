package org.relocationplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.data.Database;
import org.relocationplanner.io.DataPack;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.Json;
import org.relocationplanner.service.DataFolder;

/**
 * Issue 15: every family of file a command reads (rates as plain CSV, the ECB's CSV, the Bank of Russia's daily and
 * dynamic XML; signed data packs; budget plans; trips) is refused whole when one row is wrong, and the database file
 * is byte for byte what it was before, every table's rows included. The refused rows are the issue's own findings.
 */
class RefusedFilesChangeNothingTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Every row of every table, as text, table by table. */
    private static Map<String, List<String>> rows(Path base) throws Exception {
        try (Database db = Database.open(base)) {
            return db.jdbi().withHandle(h -> {
                Map<String, List<String>> all = new LinkedHashMap<>();
                for (String t : h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                        + "'PUBLIC' ORDER BY TABLE_NAME").mapTo(String.class).list()) {
                    List<String> rows = new ArrayList<>();
                    h.createQuery("SELECT * FROM \"" + t + "\"").map((rs, ctx) -> {
                        StringBuilder b = new StringBuilder();
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            int type = rs.getMetaData().getColumnType(c);
                            Object v = type == java.sql.Types.BLOB || type == java.sql.Types.VARBINARY
                                    ? (Object) java.util.Arrays.hashCode(rs.getBytes(c)) : rs.getObject(c);
                            b.append(v).append('|');
                        }
                        return b.toString();
                    }).forEach(rows::add);
                    java.util.Collections.sort(rows);
                    all.put(t, rows);
                }
                return all;
            });
        }
    }

    @Test
    void everyRefusedFileLeavesTheDatabaseByteForByteAsItWas() throws Exception {
        Path data = dir.resolve("data");
        Path base = new DataFolder(data).databaseBase();
        Path mv = base.resolveSibling(base.getFileName() + ".mv.db");
        assertEquals(0, run("rates", "import", file("good.csv", "date,currency,rate,source\n2026-11-20,GEL,30.5,CBR\n")
                .toString(), "--data-dir", data.toString()), cli.err());
        assertEquals(0, run("rates", "show", "--currency", "GEL", "--from", "2026-11-01", "--to", "2026-11-30",
                "--data-dir", data.toString()), cli.err());

        Path keys = dir.resolve("keys");
        assertEquals(0, run("dataset", "keygen", "--out", keys.toString()));
        java.security.PublicKey testKey = DataPack.publicKey(Files.readString(keys.resolve("maintainers-ed25519.pub"))
                .strip());
        Path longName = signed(keys, "long-name", root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root
                .get("destinations").get(0)).put("nameEn", "x".repeat(5000)));

        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("plain CSV with a row in the year +9999999", new String[] {"rates", "import", file("far.csv",
                "date,currency,rate,source\n2026-11-21,GEL,30.7,CBR\n+9999999-01-01,GEL,33,X\n").toString()});
        refused.put("ECB CSV with a date changed to 9999-12-31", new String[] {"rates", "import", file("ecb.csv",
                "Date,USD,RUB,\n2026-11-20,1.05,95.1,\n9999-12-31,1.1,90.5,\n").toString()});
        refused.put("CBR daily XML naming an unknown ID with a 200-digit value", new String[] {"rates", "import",
                file("daily.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs Date=\"01.04.2025\" "
                        + "name=\"Foreign Currency Market\"><Valute ID=\"R01239\"><CharCode>USD</CharCode><Nominal>1"
                        + "</Nominal><Value>90,5</Value></Valute><Valute ID=\"R09991\"><CharCode>XAU</CharCode>"
                        + "<Nominal>1</Nominal><Value>" + "9".repeat(200) + "</Value></Valute></ValCurs>\n")
                        .toString()});
        refused.put("CBR dynamic XML of an ID no daily file named", new String[] {"rates", "import",
                file("dynamic.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs ID=\"R09991\" "
                        + "DateRange1=\"01.04.2025\" DateRange2=\"02.04.2025\" name=\"Foreign Currency Market Dynamic\">"
                        + "<Record Date=\"01.04.2025\" Id=\"R09991\"><Nominal>1</Nominal><Value>90,5</Value></Record>"
                        + "</ValCurs>\n").toString()});
        refused.put("budget plan with an amount of 1e999999999", new String[] {"budget", "--plan", file("plan.json",
                "{\"host\":\"GEL\",\"start\":\"2026-01\",\"incomes\":[{\"name\":\"s\",\"amount\":\"1e999999999\","
                        + "\"currency\":\"RUB\",\"every\":\"month\"}]}").toString()});
        refused.put("trips CSV with a trip in the year +9999999", new String[] {"stays", "--trips", file("trips.csv",
                "country,entry,exit,note\nGE,2026-01-01,,\nKZ,+9999999-01-01,,\n").toString(), "--on", "2026-12-05"});
        refused.put("data pack that is not signed", new String[] {"dataset", "import", file("fake.rpdata",
                "{\"format\":\"relocation-planner-pack\"}").toString()});

        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            byte[] before = Files.readAllBytes(mv);
            Map<String, List<String>> rowsBefore = rows(base);
            before = Files.readAllBytes(mv); // reading the rows is not a change either
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(e.getValue()),
                    java.util.stream.Stream.of("--data-dir", data.toString())).toArray(String[]::new);
            assertEquals(2, run(args), e.getKey() + ": " + cli.err());
            assertTrue(cli.err().lines().count() == 1, e.getKey() + ": " + cli.err());
            assertArrayEquals(before, Files.readAllBytes(mv), e.getKey() + ": the database file changed");
            assertTrue(rowsBefore.equals(rows(base)), e.getKey() + ": a row changed");
        }

        byte[] before = Files.readAllBytes(mv);
        Map<String, List<String>> rowsBefore = rows(base);
        before = Files.readAllBytes(mv);
        assertEquals(2, DatasetCommands.importPack(longName, data.toString(), testKey, cli.terminal(java.time.Clock.systemDefaultZone())), cli.err());
        assertArrayEquals(before, Files.readAllBytes(mv), "a signed pack with a 5,000-character name changed the file");
        assertTrue(rowsBefore.equals(rows(base)), "a signed pack with a 5,000-character name changed a row");
    }

    private Path signed(Path keys, String name, java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode>
            change) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (java.io.InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SHIPPED_RESOURCE)) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(in);
        }
        root.put("version", 99);
        change.accept(root);
        Path json = file(name + ".json", Json.mapper().writeValueAsString(root));
        Path pack = dir.resolve(name + ".rpdata");
        assertEquals(0, run("dataset", "sign", "--key", keys.resolve("maintainers-ed25519.key").toString(), "--in",
                json.toString(), "--out", pack.toString()), cli.err());
        return pack;
    }
}
