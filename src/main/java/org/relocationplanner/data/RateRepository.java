package org.relocationplanner.data;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.relocationplanner.domain.Rate;

/**
 * Stored exchange rates. An import is one transaction and idempotent: a row whose day, currency and source are
 * stored with the same rate is skipped, with another rate it is updated, else added.
 */
public final class RateRepository {

    private static final int BATCH = 5000;

    private final Jdbi jdbi;

    public RateRepository(Database db) {
        this.jdbi = db.jdbi();
    }

    /** How an import went. */
    public record ImportResult(int added, int updated, int skipped) {
    }

    public ImportResult save(List<Rate> rates) {
        return jdbi.inTransaction(h -> save(h, rates));
    }

    private static ImportResult save(Handle h, List<Rate> rates) {
        Map<String, Map<LocalDate, BigDecimal>> stored = new HashMap<>();
        for (Rate r : rates) {
            String key = r.currency() + "|" + r.source();
            if (!stored.containsKey(key)) {
                Map<LocalDate, BigDecimal> days = new HashMap<>();
                h.createQuery("SELECT rate_day, rub_per_unit FROM rate WHERE currency = :c AND source = :s")
                        .bind("c", r.currency()).bind("s", r.source())
                        .map((rs, ctx) -> {
                            days.put(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2));
                            return null;
                        }).forEach(x -> { });
                stored.put(key, days);
            }
        }
        PreparedBatch insert = h.prepareBatch(
                "INSERT INTO rate (currency, source, rate_day, rub_per_unit) VALUES (:c, :s, :d, :r)");
        PreparedBatch update = h.prepareBatch(
                "UPDATE rate SET rub_per_unit = :r WHERE currency = :c AND source = :s AND rate_day = :d");
        int added = 0;
        int updated = 0;
        int skipped = 0;
        int pendingInsert = 0;
        int pendingUpdate = 0;
        for (Rate r : rates) {
            Map<LocalDate, BigDecimal> days = stored.get(r.currency() + "|" + r.source());
            BigDecimal old = days.get(r.date());
            if (old != null && old.compareTo(r.rubPerUnit()) == 0) {
                skipped++;
                continue;
            }
            PreparedBatch b = old == null ? insert : update;
            b.bind("c", r.currency()).bind("s", r.source()).bind("d", Date.valueOf(r.date()))
                    .bind("r", r.rubPerUnit()).add();
            days.put(r.date(), r.rubPerUnit());
            if (old == null) {
                added++;
                if (++pendingInsert == BATCH) {
                    insert.execute();
                    pendingInsert = 0;
                }
            } else {
                updated++;
                if (++pendingUpdate == BATCH) {
                    update.execute();
                    pendingUpdate = 0;
                }
            }
        }
        if (pendingInsert > 0) {
            insert.execute();
        }
        if (pendingUpdate > 0) {
            update.execute();
        }
        return new ImportResult(added, updated, skipped);
    }

    /** Every stored rate, for the in-memory history. */
    public List<Rate> all() {
        return jdbi.withHandle(h -> {
            List<Rate> out = new ArrayList<>(200_000);
            h.createQuery("SELECT rate_day, currency, rub_per_unit, source FROM rate")
                    .map((rs, ctx) -> new Rate(rs.getDate(1).toLocalDate(), rs.getString(2),
                            rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4)))
                    .forEach(out::add);
            return out;
        });
    }

    public Optional<Integer> shippedVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM rate_dataset WHERE id = 1")
                .mapTo(Integer.class).findOne());
    }

    /** Installs the shipped history of {@code version} with the version mark, in one transaction. */
    public ImportResult installShipped(List<Rate> rates, int version) {
        return jdbi.inTransaction(h -> {
            ImportResult r = save(h, rates);
            h.createUpdate("MERGE INTO rate_dataset (id, version) KEY (id) VALUES (1, :v)").bind("v", version)
                    .execute();
            return r;
        });
    }

    /** The Central Bank of Russia's codes seen so far (R01235 to USD). */
    public Map<String, String> cbrIds() {
        return jdbi.withHandle(h -> {
            Map<String, String> m = new HashMap<>();
            h.createQuery("SELECT cbr_id, currency FROM cbr_currency_id").map((rs, ctx) -> {
                m.put(rs.getString(1), rs.getString(2).strip());
                return null;
            }).forEach(x -> { });
            return m;
        });
    }

    public void rememberCbrIds(Map<String, String> ids) {
        jdbi.useTransaction(h -> {
            for (Map.Entry<String, String> e : ids.entrySet()) {
                h.createUpdate("MERGE INTO cbr_currency_id (cbr_id, currency) KEY (cbr_id) VALUES (:i, :c)")
                        .bind("i", e.getKey()).bind("c", e.getValue()).execute();
            }
        });
    }
}
