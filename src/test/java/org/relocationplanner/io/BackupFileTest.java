package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.UserTables;

public class BackupFileTest {

    static final Instant CREATED = Instant.parse("2026-11-22T09:00:00Z");
    static DatabaseKey key;

    @BeforeAll
    static void key() {
        key = DatabaseKey.create("correct horse".toCharArray());
    }

    /** One row in every table, with every column type. */
    static Map<String, List<Map<String, Object>>> sample() {
        Map<String, List<Map<String, Object>>> t = new LinkedHashMap<>();
        for (UserTables.Table table : UserTables.TABLES) {
            t.put(table.name(), List.of());
        }
        t.put("user_setting", List.of(row("name", "profile.country", "val", "GE")));
        Map<String, Object> note = row("country", "GE", "criterion", "RENT", "kind", "MONEY", "num_value",
                new BigDecimal("1450.500000"), "count_value", null, "year_value", 2026, "code_value", null,
                "currency", "GEL", "text_en", null, "text_ru", null, "note", "Vake, two rooms",
                "updated_at", LocalDateTime.of(2026, 11, 20, 18, 30));
        t.put("user_annotation", List.of(note));
        t.put("trip", List.of(row("position", 0, "country", "GE", "entry_date", LocalDate.of(2022, 3, 1),
                "exit_date", LocalDate.of(2022, 9, 20), "note", "Тбилиси", "planned", false, "passport", "BY")));
        t.put("rate_series", List.of(row("currency", "GEL", "source", "MANUAL", "days", 1, "data",
                new byte[] {1, 2, 3, 4})));
        t.put("cbr_currency_id", List.of(row("cbr_id", "R01210", "currency", "GEL")));
        t.put("rate_set_aside", List.of(row("currency", "GEL", "source", "X", "day_text", "9999-12-31",
                "rate_text", "33")));
        return t;
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aPlainBackupReadsBackExactly() throws Exception {
        byte[] file = BackupFile.write(sample(), CREATED, null);
        assertTrue(new String(file, StandardCharsets.UTF_8).contains("\"format\" : \"relocation-planner-backup\""));
        assertFalse(BackupFile.isEncrypted(file));
        BackupFile.Contents c = BackupFile.read(file, null);
        assertEquals(CREATED, c.created());
        assertTrue(UserTables.same(sample(), c.tables()));
        assertEquals(new BigDecimal("1450.500000"), c.tables().get("user_annotation").get(0).get("num_value"));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, (byte[]) c.tables().get("rate_series").get(0).get("data"));
    }

    /** A backup written before the set-aside table existed reads with that table empty; the rest is required. */
    @Test
    void aBackupOfAnEarlierVersionWithoutTheSetAsideTableStillReads() throws Exception {
        BackupFile.Contents c = BackupFile.read(without("rate_set_aside"), null);
        assertEquals(List.of(), c.tables().get("rate_set_aside"));
        assertEquals(1, c.tables().get("trip").size());
        assertEquals(BackupFile.Reason.DAMAGED, reason(without("trip"), null));
    }

    /** The sample backup with one table left out of its file. */
    private static byte[] without(String table) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json
                .readTree(BackupFile.write(sample(), CREATED, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("tables")).remove(table);
        return json.writeValueAsBytes(root);
    }

    @Test
    void aSealedBackupHidesEverythingAndNeedsItsPassword() throws Exception {
        byte[] file = BackupFile.write(sample(), CREATED, key);
        String text = new String(file, StandardCharsets.UTF_8);
        // quoted as JSON writes them: a bare "GEL" turned up by chance in the encrypted text's base64 (1 run in ~50)
        for (String readable : List.of("Vake", "profile.country", "2022-03-01", "\"trip\"", "\"GEL\"")) {
            assertFalse(text.contains(readable), "the sealed backup shows " + readable);
        }
        assertTrue(BackupFile.isEncrypted(file));
        assertTrue(UserTables.same(sample(), BackupFile.read(file, "correct horse".toCharArray()).tables()));
        assertEquals(BackupFile.Reason.PASSWORD_NEEDED, reason(file, null));
        assertEquals(BackupFile.Reason.WRONG_PASSWORD, reason(file, "wrong horse".toCharArray()));
    }

    private static BackupFile.Reason reason(byte[] file, char[] password) {
        return assertThrows(BackupFile.BackupException.class, () -> BackupFile.read(file, password)).reason();
    }

    private static byte[] edit(String from, String to) {
        String text = new String(BackupFile.write(sample(), CREATED, null), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void truncatedNewerAndForeignFilesAreRefusedWithTheReason() {
        byte[] good = BackupFile.write(sample(), CREATED, null);
        assertEquals(BackupFile.Reason.NOT_A_BACKUP, reason(Arrays.copyOf(good, good.length / 2), null));
        byte[] sealed = BackupFile.write(sample(), CREATED, key);
        BackupFile.Reason cut = reason(Arrays.copyOf(sealed, sealed.length - 40), "correct horse".toCharArray());
        assertTrue(cut == BackupFile.Reason.NOT_A_BACKUP || cut == BackupFile.Reason.DAMAGED, cut.name());
        assertEquals(BackupFile.Reason.NEWER_VERSION, reason(edit("\"version\" : 1", "\"version\" : 2"), null));
        assertEquals(BackupFile.Reason.NOT_A_BACKUP, reason("{\"trips\": []}".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(BackupFile.Reason.NOT_A_BACKUP, reason(new byte[0], null));
    }

    @Test
    void fieldsOfTheWrongTypeAreRefusedAndNamed() {
        Map<String, String> wrong = Map.of(
                "\"position\" : 0", "\"position\" : \"0\"",
                "\"planned\" : false", "\"planned\" : \"no\"",
                "\"entry_date\" : \"2022-03-01\"", "\"entry_date\" : \"2022-02-30\"",
                "\"num_value\" : \"1450.500000\"", "\"num_value\" : \"1E+99999999\"",
                "\"count_value\" : null", "\"count_value\" : 1.5",
                "\"year_value\" : 2026", "\"year_value\" : 2026.0",
                "\"updated_at\" : \"2026-11-20T18:30\"", "\"updated_at\" : 5",
                "\"data\" : \"AQIDBA==\"", "\"data\" : \"not base64!\"",
                "\"country\" : \"GE\",\n      \"entry_date\"", "\"country\" : null,\n      \"entry_date\"",
                "\"cbr_id\" : \"R01210\"", "\"cbr_id\" : \"R01210-far-too-long\"");
        for (Map.Entry<String, String> e : wrong.entrySet()) {
            BackupFile.BackupException ex = assertThrows(BackupFile.BackupException.class,
                    () -> BackupFile.read(edit(e.getKey(), e.getValue()), null), e.getValue());
            assertEquals(BackupFile.Reason.DAMAGED, ex.reason(), e.getValue());
            assertTrue(ex.where().startsWith("table "), ex.where());
        }
        assertEquals("table trip, row 1, field planned", assertThrows(BackupFile.BackupException.class,
                () -> BackupFile.read(edit("\"planned\" : false", "\"planned\" : 0"), null)).where());
        assertEquals(BackupFile.Reason.DAMAGED, reason(edit("\"planned\" : false", "\"planned\" : false, \"x\" : 1"),
                null));
        assertEquals(BackupFile.Reason.DAMAGED, reason(edit("\"trip\" : [", "\"trips\" : ["), null));
    }

    /** Flips, drops, repeats and inserts bytes of a good file: the reader refuses or reads, never anything else. */
    public static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 2 -> b = Arrays.copyOf(b, Math.max(1, at));
                case 3 -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) "{}[]\",:0-e.\\ntf".charAt(r.nextInt(15));
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
                default -> {
                    if (b.length > 2) {
                        byte[] c = new byte[b.length - 1];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, Math.min(at + 1, b.length), c, at, b.length - at - 1);
                        b = c;
                    }
                }
            }
        }
        return b;
    }

    @Test
    void tenThousandRandomMutationsNeverThrowAnythingButARefusal() {
        byte[] plain = BackupFile.write(sample(), CREATED, null);
        Random r = new Random(20261122);
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] m = mutate(plain, r);
            try {
                BackupFile.Contents c = BackupFile.read(m, null);
                // what reads must still be typed as the schema says
                for (UserTables.Table t : UserTables.TABLES) {
                    for (Map<String, Object> row : c.tables().get(t.name())) {
                        assertEquals(t.columns().size(), row.size());
                    }
                }
            } catch (BackupFile.BackupException e) {
                refused++;
            }
        }
        assertTrue(refused > 5_000, "most mutations break a file; refused " + refused);
    }

    @Test
    void mutationsOfASealedBackupAreAllRefused() {
        // a key of few rounds keeps this quick: the rounds do not change what GCM detects
        DatabaseKey quick = DatabaseKey.derive("pw".toCharArray(), new byte[16], 10_000);
        byte[] sealed = BackupFile.write(sample(), CREATED, quick);
        Random r = new Random(7);
        int read = 0;
        for (int i = 0; i < 300; i++) {
            byte[] m = mutate(sealed, r);
            try {
                BackupFile.Contents c = BackupFile.read(m, "pw".toCharArray());
                // only a change to the envelope's layout can still read, and then it reads the very same data
                assertTrue(UserTables.same(sample(), c.tables()), "a changed sealed backup read as other data");
                read++;
            } catch (BackupFile.BackupException e) {
                // refused, as it should be
            }
        }
        assertTrue(read < 300);
    }
}
