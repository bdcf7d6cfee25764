package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.UserTables;

/**
 * A backup of the user's own data in one file: versioned JSON. With a password the JSON is sealed with AES-256-GCM
 * under a key made from the password (see {@link DatabaseKey}), inside a small JSON envelope that names the key
 * parameters; a changed byte, a cut-off file or a wrong password all fail the GCM check.
 *
 * <p>Reading checks the whole file (format, version, every table, row and field, its type and length) before it
 * returns anything, so a restore never starts on a file it cannot finish.
 */
public final class BackupFile {

    public static final String FORMAT = "relocation-planner-backup";
    public static final int VERSION = 1;
    /** Larger files are refused unread: a backup of one person's data is a few megabytes at most. */
    public static final int MAX_BYTES = 256 * 1024 * 1024;
    private static final String CIPHER = "AES-256-GCM";
    private static final byte[] AAD = (FORMAT + "/" + VERSION).getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Why a file was refused; {@link #where} names the place for {@link Reason#DAMAGED}. */
    public static final class BackupException extends Exception {
        private final Reason reason;
        private final String where;

        BackupException(Reason reason, String where) {
            super(reason + (where == null ? "" : ": " + where));
            this.reason = reason;
            this.where = where;
        }

        public Reason reason() {
            return reason;
        }

        public String where() {
            return where == null ? "" : where;
        }
    }

    public enum Reason { NOT_A_BACKUP, NEWER_VERSION, PASSWORD_NEEDED, WRONG_PASSWORD, DAMAGED }

    /** What a checked backup holds. */
    public record Contents(Instant created, Map<String, List<Map<String, Object>>> tables) {
        public int rows(String table) {
            return tables.getOrDefault(table, List.of()).size();
        }
    }

    private BackupFile() {
    }

    /** The backup of {@code tables}; sealed with {@code key} when it is not null. */
    public static byte[] write(Map<String, List<Map<String, Object>>> tables, Instant created, DatabaseKey key) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("encrypted", false);
        root.put("created", created.toString());
        ObjectNode all = root.putObject("tables");
        for (UserTables.Table t : UserTables.TABLES) {
            ArrayNode rows = all.putArray(t.name());
            for (Map<String, Object> row : tables.getOrDefault(t.name(), List.of())) {
                ObjectNode r = rows.addObject();
                for (UserTables.Column c : t.columns()) {
                    Object v = row.get(c.name());
                    if (v == null) {
                        r.putNull(c.name());
                    } else if (v instanceof String s) {
                        r.put(c.name(), s);
                    } else if (v instanceof Integer i) {
                        r.put(c.name(), i);
                    } else if (v instanceof Long l) {
                        r.put(c.name(), l);
                    } else if (v instanceof BigDecimal d) {
                        r.put(c.name(), d.toPlainString()); // as text: JSON numbers lose digits in many readers
                    } else if (v instanceof Boolean b) {
                        r.put(c.name(), b);
                    } else if (v instanceof byte[] bytes) {
                        r.put(c.name(), Base64.getEncoder().encodeToString(bytes));
                    } else {
                        r.put(c.name(), v.toString()); // LocalDate, LocalDateTime: ISO text
                    }
                }
            }
        }
        byte[] plain = toBytes(root);
        if (key == null) {
            return plain;
        }
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        ObjectNode env = JsonNodeFactory.instance.objectNode();
        env.put("format", FORMAT);
        env.put("version", VERSION);
        env.put("encrypted", true);
        env.put("cipher", CIPHER);
        env.put("kdf", DatabaseKey.KDF);
        env.put("iterations", key.iterations());
        env.put("salt", Base64.getEncoder().encodeToString(key.salt()));
        env.put("nonce", Base64.getEncoder().encodeToString(nonce));
        env.put("data", Base64.getEncoder().encodeToString(crypt(Cipher.ENCRYPT_MODE, key, nonce, plain)));
        return toBytes(env);
    }

    private static byte[] toBytes(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] crypt(int mode, DatabaseKey key, byte[] nonce, byte[] data) throws IllegalStateException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key.subkey("backup"), "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(AAD);
            return c.doFinal(data);
        } catch (AEADBadTagException e) {
            throw new BadTag();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks AES-GCM", e);
        }
    }

    private static final class BadTag extends IllegalStateException {
    }

    /** Reads and checks the backup in {@code file}; a file too large to be a backup is refused unread. */
    public static Contents read(java.nio.file.Path file, char[] password) throws BackupException, java.io.IOException {
        if (java.nio.file.Files.size(file) > MAX_BYTES) {
            throw new BackupException(Reason.DAMAGED, "the file is larger than any backup");
        }
        return read(java.nio.file.Files.readAllBytes(file), password);
    }

    /** Whether the file holds a sealed backup, which needs a password. */
    public static boolean isEncrypted(java.nio.file.Path file) throws java.io.IOException {
        return java.nio.file.Files.size(file) <= MAX_BYTES && isEncrypted(java.nio.file.Files.readAllBytes(file));
    }

    /** Whether the file is a sealed backup, which needs a password to read (false for anything unreadable). */
    public static boolean isEncrypted(byte[] file) {
        try {
            JsonNode root = JSON.readTree(file);
            return root != null && root.path("encrypted").asBoolean(false);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads and checks the whole backup. {@code password} is needed for a sealed one (null otherwise). Never throws
     * anything but {@link BackupException}, whatever the bytes.
     */
    public static Contents read(byte[] file, char[] password) throws BackupException {
        try {
            return readChecked(file, password);
        } catch (BackupException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new BackupException(Reason.DAMAGED, String.valueOf(e.getMessage()));
        }
    }

    private static Contents readChecked(byte[] file, char[] password) throws BackupException {
        if (file.length > MAX_BYTES) {
            throw new BackupException(Reason.DAMAGED, "the file is larger than any backup");
        }
        JsonNode root = parse(file);
        if (root.path("encrypted").asBoolean(false)) {
            if (password == null || password.length == 0) {
                throw new BackupException(Reason.PASSWORD_NEEDED, null);
            }
            byte[] plain = open(root, password);
            root = parse(plain);
            if (root.path("encrypted").asBoolean(true)) {
                throw new BackupException(Reason.DAMAGED, "a sealed backup inside a sealed backup");
            }
        }
        return contents(root);
    }

    private static JsonNode parse(byte[] bytes) throws BackupException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new BackupException(Reason.NOT_A_BACKUP, null);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new BackupException(Reason.NOT_A_BACKUP, null);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new BackupException(Reason.DAMAGED, "version");
        }
        if (version.asInt() > VERSION) {
            throw new BackupException(Reason.NEWER_VERSION, null);
        }
        JsonNode encrypted = root.get("encrypted");
        if (encrypted == null || !encrypted.isBoolean()) {
            throw new BackupException(Reason.DAMAGED, "encrypted");
        }
        return root;
    }

    private static byte[] open(JsonNode env, char[] password) throws BackupException {
        if (!CIPHER.equals(env.path("cipher").asText()) || !DatabaseKey.KDF.equals(env.path("kdf").asText())
                || !env.path("iterations").isInt()) {
            throw new BackupException(Reason.DAMAGED, "cipher");
        }
        byte[] salt = base64(env, "salt");
        byte[] nonce = base64(env, "nonce");
        byte[] data = base64(env, "data");
        if (nonce.length != 12) {
            throw new BackupException(Reason.DAMAGED, "nonce");
        }
        DatabaseKey key;
        try {
            key = DatabaseKey.derive(password, salt, env.path("iterations").asInt());
        } catch (IllegalArgumentException e) {
            throw new BackupException(Reason.DAMAGED, "salt or iterations");
        }
        try {
            return crypt(Cipher.DECRYPT_MODE, key, nonce, data);
        } catch (BadTag e) {
            // a wrong password and changed bytes look the same to GCM; the password is by far the likelier cause
            throw new BackupException(Reason.WRONG_PASSWORD, null);
        } finally {
            key.destroy();
        }
    }

    private static byte[] base64(JsonNode env, String field) throws BackupException {
        JsonNode n = env.get(field);
        if (n == null || !n.isTextual()) {
            throw new BackupException(Reason.DAMAGED, field);
        }
        try {
            return Base64.getDecoder().decode(n.asText());
        } catch (IllegalArgumentException e) {
            throw new BackupException(Reason.DAMAGED, field);
        }
    }

    private static Contents contents(JsonNode root) throws BackupException {
        Instant created;
        try {
            created = Instant.parse(root.path("created").asText(""));
        } catch (DateTimeParseException e) {
            throw new BackupException(Reason.DAMAGED, "created");
        }
        JsonNode tables = root.get("tables");
        if (tables == null || !tables.isObject()) {
            throw new BackupException(Reason.DAMAGED, "tables");
        }
        Iterator<String> names = tables.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (UserTables.table(name) == null) {
                throw new BackupException(Reason.DAMAGED, "table " + name);
            }
        }
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (UserTables.Table t : UserTables.TABLES) {
            JsonNode rows = tables.get(t.name());
            if (rows == null && UserTables.ADDED_LATER.contains(t.name())) {
                out.put(t.name(), List.of());
                continue;
            }
            if (rows == null) {
                throw new BackupException(Reason.DAMAGED, "table " + t.name() + " is missing");
            }
            if (!rows.isArray()) {
                throw new BackupException(Reason.DAMAGED, "table " + t.name());
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                list.add(row(t, rows.get(i), i + 1));
            }
            out.put(t.name(), list);
        }
        return new Contents(created, out);
    }

    private static Map<String, Object> row(UserTables.Table t, JsonNode row, int number) throws BackupException {
        String where = "table " + t.name() + ", row " + number;
        if (!row.isObject()) {
            throw new BackupException(Reason.DAMAGED, where);
        }
        Iterator<String> fields = row.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (t.column(f) == null) {
                throw new BackupException(Reason.DAMAGED, where + ", field " + f);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (UserTables.Column c : t.columns()) {
            JsonNode v = row.get(c.name());
            String at = where + ", field " + c.name();
            if (v == null || v.isNull()) {
                if (!c.nullable()) {
                    throw new BackupException(Reason.DAMAGED, at);
                }
                out.put(c.name(), null);
            } else {
                out.put(c.name(), value(c, v, at));
            }
        }
        return out;
    }

    private static Object value(UserTables.Column c, JsonNode v, String at) throws BackupException {
        try {
            switch (c.type()) {
                case TEXT -> {
                    if (!v.isTextual() || v.asText().length() > c.maxLength()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return v.asText();
                }
                case INT -> {
                    if (!v.isInt()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return v.intValue();
                }
                case BIGINT -> {
                    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return v.longValue();
                }
                case DECIMAL -> {
                    // plain digits only: an exponent such as 1E+99999999 would make a number too large to store
                    if (!v.isTextual() || !v.asText().matches("-?\\d{1,18}(\\.\\d{1,6})?")) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return new BigDecimal(v.asText());
                }
                case DATE -> {
                    if (!v.isTextual()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return LocalDate.parse(v.asText());
                }
                case TIMESTAMP -> {
                    if (!v.isTextual()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return LocalDateTime.parse(v.asText());
                }
                case BOOLEAN -> {
                    if (!v.isBoolean()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return v.booleanValue();
                }
                case BINARY -> {
                    if (!v.isTextual()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    byte[] bytes = Base64.getDecoder().decode(v.asText());
                    if (bytes.length > c.maxLength()) {
                        throw new BackupException(Reason.DAMAGED, at);
                    }
                    return bytes;
                }
                default -> throw new BackupException(Reason.DAMAGED, at);
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new BackupException(Reason.DAMAGED, at);
        } catch (IllegalArgumentException e) {
            throw new BackupException(Reason.DAMAGED, at);
        }
    }
}
