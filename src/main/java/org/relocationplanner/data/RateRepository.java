package org.relocationplanner.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.relocationplanner.domain.Plausible;
import org.relocationplanner.domain.Rate;

/**
 * Stored exchange rates. An import is one transaction and idempotent: a row whose day, currency and source are
 * stored with the same rate is skipped, with another rate it is updated, else added.
 */
public final class RateRepository {

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
        // each rate checked and made exact in the order given, grouped by series (a file is usually in series
        // order, so the key is built once per run of a series, not once per rate)
        Map<String, Given> given = new java.util.LinkedHashMap<>();
        Given run = null;
        for (Rate r : rates) {
            if (!Plausible.day(r.date()) || !Plausible.rate(r.rubPerUnit())) {
                throw new IllegalArgumentException("A rate of " + r.rubPerUnit() + " " + r.currency() + " on "
                        + r.date() + " is outside the dates and values the app accepts (" + Plausible.days() + ")");
            }
            BigDecimal rate = exact(r.rubPerUnit());
            if (run == null || !r.currency().equals(run.currency()) || !r.source().equals(run.source())) {
                run = given.computeIfAbsent(r.currency() + "|" + r.source(), k -> new Given(r.currency(), r.source()));
            }
            run.days.add(r.date());
            run.rates.add(rate);
        }
        int added = 0;
        int updated = 0;
        int skipped = 0;
        for (Given g : given.values()) {
            java.util.TreeMap<LocalDate, BigDecimal> days = read(h, g.currency(), g.source());
            byte[] data;
            int count;
            if (days.isEmpty() && ascending(g.days())) {
                // a new series given in order, each day once (the shipped history, a first import): every rate is
                // added, packed as it comes (issue 20: the first Budget in a data folder stores 120,000 of them)
                added += g.days().size();
                data = pack(g.days(), g.rates());
                count = g.days().size();
            } else {
                boolean changed = false;
                for (int i = 0; i < g.days().size(); i++) {
                    BigDecimal rate = g.rates().get(i);
                    BigDecimal old = days.put(g.days().get(i), rate);
                    if (old == null) {
                        added++;
                        changed = true;
                    } else if (old.compareTo(rate) == 0) {
                        skipped++;
                    } else {
                        updated++;
                        changed = true;
                    }
                }
                if (!changed) {
                    continue;
                }
                data = pack(days);
                count = days.size();
            }
            h.createUpdate("MERGE INTO rate_series (currency, source, days, data) KEY (currency, source) "
                            + "VALUES (:c, :s, :n, :d)")
                    .bind("c", g.currency()).bind("s", g.source()).bind("n", count).bind("d", data).execute();
        }
        return new ImportResult(added, updated, skipped);
    }

    /** The rates given for one series, in the order given, each made exact. */
    private record Given(String currency, String source, List<LocalDate> days, List<BigDecimal> rates) {
        Given(String currency, String source) {
            this(currency, source, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static boolean ascending(List<LocalDate> days) {
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).isAfter(days.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal exact(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        r = r.precision() > 18 ? r.round(new java.math.MathContext(18)).stripTrailingZeros() : r;
        if (r.scale() > Byte.MAX_VALUE || r.scale() < Byte.MIN_VALUE) {
            throw new IllegalArgumentException("A rate of " + rate + " is out of the range a series keeps");
        }
        return r;
    }

    private static java.util.TreeMap<LocalDate, BigDecimal> read(Handle h, String currency, String source) {
        return h.createQuery("SELECT data FROM rate_series WHERE currency = :c AND source = :s")
                .bind("c", currency).bind("s", source).mapTo(byte[].class).findOne().map(RateRepository::unpack)
                .orElseGet(java.util.TreeMap::new);
    }

    private static byte[] pack(java.util.TreeMap<LocalDate, BigDecimal> days) {
        return pack(new ArrayList<>(days.keySet()), new ArrayList<>(days.values()));
    }

    /**
     * Days (in ascending order, each once) and their exact rates as count, then per day: epoch day, scale and
     * unscaled value.
     */
    private static byte[] pack(List<LocalDate> days, List<BigDecimal> rates) {
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(4 + 13 * days.size());
        out.putInt(days.size());
        for (int i = 0; i < days.size(); i++) {
            BigDecimal v = rates.get(i);
            out.putInt((int) days.get(i).toEpochDay()).put((byte) v.scale()).putLong(v.unscaledValue().longValueExact());
        }
        return out.array();
    }

    /** A stored series whose bytes do not hold what their count says (a damaged file, a forged backup). */
    public static final class DamagedSeries extends IllegalStateException {
        DamagedSeries(String message) {
            super(message);
        }
    }

    /** A stored series as its bytes hold it: epoch days and rates, in the order stored. */
    private record Stored(int[] days, BigDecimal[] rates) {

        /** Whether each day comes after the one before, as {@link #pack} writes them. */
        boolean ordered() {
            for (int i = 1; i < days.length; i++) {
                if (days[i] <= days[i - 1]) {
                    return false;
                }
            }
            return true;
        }

        /** The days in order, each once (a day stored twice: the later one). */
        java.util.TreeMap<LocalDate, BigDecimal> tree() {
            java.util.TreeMap<LocalDate, BigDecimal> tree = new java.util.TreeMap<>();
            for (int i = 0; i < days.length; i++) {
                tree.put(LocalDate.ofEpochDay(days[i]), rates[i]);
            }
            return tree;
        }
    }

    private static Stored decode(byte[] data) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(data);
        int n = data.length >= 4 ? in.getInt() : -1;
        if (n < 0 || data.length != 4 + 13L * n) {
            throw new DamagedSeries("a stored rate series of " + data.length + " bytes is damaged (its count says "
                    + n + " days)");
        }
        int[] days = new int[n];
        BigDecimal[] rates = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            days[i] = in.getInt();
            int scale = in.get();
            rates[i] = BigDecimal.valueOf(in.getLong(), scale);
        }
        return new Stored(days, rates);
    }

    private static java.util.TreeMap<LocalDate, BigDecimal> unpack(byte[] data) {
        return decode(data).tree();
    }

    /** Every stored rate, for the in-memory history. */
    public List<Rate> all() {
        return jdbi.withHandle(h -> {
            List<Rate> out = new ArrayList<>(200_000);
            h.createQuery("SELECT currency, source, data FROM rate_series ORDER BY currency, source")
                    .map((rs, ctx) -> {
                        String currency = rs.getString(1).strip();
                        String source = rs.getString(2);
                        Stored stored = decode(rs.getBytes(3));
                        if (stored.ordered()) {
                            // as the app writes a series: straight into the list, without a tree (issue 20)
                            for (int i = 0; i < stored.days().length; i++) {
                                out.add(new Rate(LocalDate.ofEpochDay(stored.days()[i]), currency, stored.rates()[i],
                                        source));
                            }
                        } else {
                            for (Map.Entry<LocalDate, BigDecimal> d : stored.tree().entrySet()) {
                                out.add(new Rate(d.getKey(), currency, d.getValue(), source));
                            }
                        }
                        return null;
                    }).forEach(x -> { });
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

    /** Stores an imported file's rates and the Bank of Russia IDs it named, in one transaction. */
    public ImportResult save(List<Rate> rates, Map<String, String> cbrIds) {
        return jdbi.inTransaction(h -> {
            remember(h, cbrIds);
            return save(h, rates);
        });
    }

    private static void remember(Handle h, Map<String, String> ids) {
        for (Map.Entry<String, String> e : ids.entrySet()) {
            h.createUpdate("MERGE INTO cbr_currency_id (cbr_id, currency) KEY (cbr_id) VALUES (:i, :c)")
                    .bind("i", e.getKey()).bind("c", e.getValue()).execute();
        }
    }

    /** A stored rate set aside: its day and rate as text, exactly as they were stored. */
    public record SetAside(String currency, String source, String day, String rate) {
    }

    /**
     * Moves every stored rate outside the dates and values the app accepts (an earlier version let them in) out of
     * its series into the set-aside table, in one transaction; returns how many it moved.
     */
    public int setAsideImplausible() {
        return jdbi.inTransaction(h -> {
            List<String[]> keys = h.createQuery("SELECT currency, source FROM rate_series")
                    .map((rs, ctx) -> new String[] {rs.getString(1).strip(), rs.getString(2)}).list();
            int moved = 0;
            for (String[] k : keys) {
                java.util.TreeMap<LocalDate, BigDecimal> days;
                try {
                    days = read(h, k[0], k[1]);
                } catch (DamagedSeries e) {
                    // kept, as its bytes, under the day "damaged": nothing can be counted of it
                    byte[] raw = h.createQuery("SELECT data FROM rate_series WHERE currency = :c AND source = :s")
                            .bind("c", k[0]).bind("s", k[1]).mapTo(byte[].class).one();
                    String hex = java.util.HexFormat.of().formatHex(raw, 0, Math.min(raw.length, 90));
                    h.createUpdate("MERGE INTO rate_set_aside (currency, source, day_text, rate_text) KEY (currency, "
                                    + "source, day_text) VALUES (:c, :s, 'damaged', :r)")
                            .bind("c", k[0]).bind("s", k[1]).bind("r", hex + (raw.length > 90 ? "…" : "")).execute();
                    h.createUpdate("DELETE FROM rate_series WHERE currency = :c AND source = :s").bind("c", k[0])
                            .bind("s", k[1]).execute();
                    moved++;
                    continue;
                }
                java.util.TreeMap<LocalDate, BigDecimal> kept = new java.util.TreeMap<>();
                List<SetAside> aside = new ArrayList<>();
                for (Map.Entry<LocalDate, BigDecimal> d : days.entrySet()) {
                    if (Plausible.day(d.getKey()) && Plausible.rate(d.getValue())) {
                        kept.put(d.getKey(), d.getValue());
                    } else {
                        aside.add(new SetAside(k[0], k[1], d.getKey().toString(), d.getValue().toString()));
                    }
                }
                if (aside.isEmpty()) {
                    continue;
                }
                for (SetAside a : aside) {
                    h.createUpdate("MERGE INTO rate_set_aside (currency, source, day_text, rate_text) KEY (currency, source, day_text)"
                                    + " VALUES (:c, :s, :d, :r)")
                            .bind("c", a.currency()).bind("s", a.source()).bind("d", a.day()).bind("r", a.rate())
                            .execute();
                }
                if (kept.isEmpty()) {
                    h.createUpdate("DELETE FROM rate_series WHERE currency = :c AND source = :s").bind("c", k[0])
                            .bind("s", k[1]).execute();
                } else {
                    h.createUpdate("UPDATE rate_series SET days = :n, data = :d WHERE currency = :c AND source = :s")
                            .bind("c", k[0]).bind("s", k[1]).bind("n", kept.size()).bind("d", pack(kept)).execute();
                }
                moved += aside.size();
            }
            return moved;
        });
    }

    /** The rates set aside so far, by currency, source and day. */
    public List<SetAside> setAside() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT currency, source, day_text, rate_text FROM rate_set_aside ORDER BY currency, source, day_text")
                .map((rs, ctx) -> new SetAside(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list());
    }

    public int setAsideCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM rate_set_aside").mapTo(Integer.class).one());
    }
}
