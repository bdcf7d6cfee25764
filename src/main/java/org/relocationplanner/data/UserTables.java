package org.relocationplanner.data;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The user's own data, table by table, as a backup holds it: settings (with the budget plan), own values and notes
 * over shipped facts, trips, documents, the user's own and imported central-bank rates, and the CBR currency codes
 * learnt from imports. Shipped data is not part of it: a restore installs it afresh.
 */
public final class UserTables {

    /** The value types a column holds, as Java sees them. */
    public enum Type {
        /** String, up to the column's length. */
        TEXT,
        /** Integer. */
        INT,
        /** Long. */
        BIGINT,
        /** BigDecimal. */
        DECIMAL,
        /** LocalDate. */
        DATE,
        /** LocalDateTime. */
        TIMESTAMP,
        /** Boolean. */
        BOOLEAN,
        /** byte[], up to the column's length. */
        BINARY
    }

    public record Column(String name, Type type, boolean nullable, int maxLength) {
    }

    /** A table and, when only part of it is the user's, the rows that are. */
    public record Table(String name, String where, List<Column> columns) {
        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private static Column text(String name, int max) {
        return new Column(name, Type.TEXT, false, max);
    }

    private static Column textOrNull(String name, int max) {
        return new Column(name, Type.TEXT, true, max);
    }

    private static Column of(String name, Type type, boolean nullable) {
        return new Column(name, type, nullable, 0);
    }

    /** The user's tables, in the order a restore fills them. */
    public static final List<Table> TABLES = List.of(
            new Table("user_setting", null, List.of(text("name", 100), text("val", 4000))),
            new Table("user_annotation", null, List.of(text("country", 8), text("criterion", 40),
                    textOrNull("kind", 12), of("num_value", Type.DECIMAL, true), of("count_value", Type.BIGINT, true),
                    of("year_value", Type.INT, true), textOrNull("code_value", 40), textOrNull("currency", 3),
                    textOrNull("text_en", 2000), textOrNull("text_ru", 2000), text("note", 4000),
                    of("updated_at", Type.TIMESTAMP, false))),
            new Table("trip", null, List.of(of("position", Type.INT, false), text("country", 2),
                    of("entry_date", Type.DATE, false), of("exit_date", Type.DATE, true), text("note", 2000),
                    of("planned", Type.BOOLEAN, false), textOrNull("passport", 2))), // passport: since V8, optional
            new Table("passport", null, List.of(of("position", Type.INT, false), text("country", 2),
                    text("number", 40), of("expiry", Type.DATE, false))),
            new Table("visa", null, List.of(of("position", Type.INT, false), text("area", 16), text("kind", 16),
                    of("valid_from", Type.DATE, false), of("valid_to", Type.DATE, false), of("entries", Type.INT, true),
                    of("allowed_days", Type.INT, true), text("note", 2000))),
            new Table("residence_permit", null, List.of(of("position", Type.INT, false), text("country", 2),
                    of("valid_from", Type.DATE, false), of("valid_to", Type.DATE, false), text("note", 2000))),
            new Table("rate_series", "source IN ('MANUAL', 'CBR')", List.of(text("currency", 3), text("source", 40),
                    of("days", Type.INT, false), new Column("data", Type.BINARY, false, 64 * 1024 * 1024))),
            new Table("cbr_currency_id", null, List.of(text("cbr_id", 10), text("currency", 3))),
            new Table("rate_set_aside", null, List.of(text("currency", 3), text("source", 40), text("day_text", 24),
                    text("rate_text", 200))));

    /** Tables added after backups were first written: a backup of an earlier version has none of their rows. */
    public static final java.util.Set<String> ADDED_LATER = java.util.Set.of("rate_set_aside");

    private UserTables() {
    }

    public static Table table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Every user row, table by table, with values of the column's {@link Type}. */
    public static Map<String, List<Map<String, Object>>> export(Database db) {
        return db.jdbi().inTransaction(h -> {
            Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
            for (Table t : TABLES) {
                all.put(t.name(), read(h, t));
            }
            return all;
        });
    }

    private static List<Map<String, Object>> read(Handle h, Table t) {
        String columns = String.join(", ", t.columns().stream().map(c -> quote(c.name())).toList());
        String sql = "SELECT " + columns + " FROM " + t.name() + (t.where() == null ? "" : " WHERE " + t.where())
                + " ORDER BY " + quote(t.columns().get(0).name()) + ", " + quote(t.columns().get(1).name());
        return h.createQuery(sql).map((rs, ctx) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                Object v = switch (c.type()) {
                    case TEXT -> rs.getString(i + 1);
                    case INT -> rs.getObject(i + 1, Integer.class);
                    case BIGINT -> rs.getObject(i + 1, Long.class);
                    case DECIMAL -> rs.getBigDecimal(i + 1);
                    case DATE -> rs.getObject(i + 1, LocalDate.class);
                    case TIMESTAMP -> rs.getObject(i + 1, LocalDateTime.class);
                    case BOOLEAN -> rs.getObject(i + 1, Boolean.class);
                    case BINARY -> rs.getBytes(i + 1);
                };
                row.put(c.name(), v);
            }
            return row;
        }).list();
    }

    private static String quote(String column) {
        return "\"" + column.toUpperCase(java.util.Locale.ROOT) + "\"";
    }

    /**
     * Replaces the user's rows with {@code tables} in one transaction: all of it or none. The rows must already hold
     * values of their columns' types (a backup reader checks that); the database's own constraints are the last
     * word.
     */
    public static void replace(Database db, Map<String, List<Map<String, Object>>> tables) {
        db.jdbi().useTransaction(h -> {
            for (Table t : TABLES) {
                h.execute("DELETE FROM " + t.name() + (t.where() == null ? "" : " WHERE " + t.where()));
                List<Map<String, Object>> rows = tables.getOrDefault(t.name(), List.of());
                if (rows.isEmpty()) {
                    continue;
                }
                List<String> names = t.columns().stream().map(Column::name).toList();
                String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", names.stream()
                        .map(UserTables::quote).toList()) + ") VALUES (" + String.join(", ", names.stream()
                        .map(n -> ":" + n).toList()) + ")";
                var batch = h.prepareBatch(sql);
                for (Map<String, Object> row : rows) {
                    for (Column c : t.columns()) {
                        Object v = row.get(c.name());
                        if (v instanceof LocalDateTime ldt) {
                            batch.bind(c.name(), Timestamp.valueOf(ldt));
                        } else if (v == null) {
                            batch.bindNull(c.name(), sqlType(c.type()));
                        } else {
                            batch.bindByType(c.name(), v, v.getClass());
                        }
                    }
                    batch.add();
                }
                batch.execute();
            }
        });
    }

    private static int sqlType(Type type) {
        return switch (type) {
            case TEXT -> java.sql.Types.VARCHAR;
            case INT -> java.sql.Types.INTEGER;
            case BIGINT -> java.sql.Types.BIGINT;
            case DECIMAL -> java.sql.Types.DECIMAL;
            case DATE -> java.sql.Types.DATE;
            case TIMESTAMP -> java.sql.Types.TIMESTAMP;
            case BOOLEAN -> java.sql.Types.BOOLEAN;
            case BINARY -> java.sql.Types.VARBINARY;
        };
    }

    /** Whether two exports hold the same rows (byte arrays and decimals compared by value). */
    public static boolean same(Map<String, List<Map<String, Object>>> a, Map<String, List<Map<String, Object>>> b) {
        for (Table t : TABLES) {
            List<Map<String, Object>> x = a.getOrDefault(t.name(), List.of());
            List<Map<String, Object>> y = b.getOrDefault(t.name(), List.of());
            if (!canonical(x).equals(canonical(y))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> canonical(List<Map<String, Object>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            StringBuilder s = new StringBuilder();
            row.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Object v = e.getValue();
                s.append(e.getKey()).append('=').append(v instanceof byte[] bytes ? Arrays.toString(bytes)
                        : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v))
                        .append(';');
            });
            out.add(s.toString());
        }
        out.sort(null);
        return out;
    }
}
