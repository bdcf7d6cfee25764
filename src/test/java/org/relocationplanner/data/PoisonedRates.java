package org.relocationplanner.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database as a version before issue 15 could leave it: a rate series holding days or rates outside the ranges
 * the app keeps, written in the series' stored layout (count, then epoch day, scale and unscaled value per day)
 * past the checks {@link RateRepository#save} now makes, and without the mark that its rates were checked.
 */
public final class PoisonedRates {

    private PoisonedRates() {
    }

    public static void store(Database db, String currency, String source, TreeMap<LocalDate, BigDecimal> days)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(days.size());
            for (Map.Entry<LocalDate, BigDecimal> d : days.entrySet()) {
                out.writeInt((int) d.getKey().toEpochDay());
                out.writeByte(d.getValue().scale());
                out.writeLong(d.getValue().unscaledValue().longValueExact());
            }
        }
        db.jdbi().useHandle(h -> h.createUpdate("MERGE INTO rate_series (currency, source, days, data) "
                        + "KEY (currency, source) VALUES (:c, :s, :n, :d)").bind("c", currency).bind("s", source)
                .bind("n", days.size()).bind("d", bytes.toByteArray()).execute());
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM user_setting WHERE name = 'data.rates_checked'")
                .execute());
    }
}
