package org.relocationplanner.data;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.relocationplanner.domain.AreaMember;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.ResidenceRoute;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Source;
import org.relocationplanner.domain.StayRule;

/** The shipped host-country data in H2. It is replaced as a whole; the user's annotations live elsewhere. */
public final class DestinationRepository {

    private final Jdbi jdbi;

    public DestinationRepository(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<Dataset.Info> installedDataset() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, released FROM dataset_info WHERE id = 1")
                .map((rs, ctx) -> new Dataset.Info(rs.getInt("version"), rs.getObject("released", LocalDate.class)))
                .findOne());
    }

    /** Installs {@code dataset} in place of the shipped data, in one transaction: all of it or nothing. */
    public void replaceShipped(Dataset dataset) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM stay_rule");
            h.execute("DELETE FROM area_member");
            h.execute("DELETE FROM residence_route");
            h.execute("DELETE FROM fact_alternative");
            h.execute("DELETE FROM fact");
            h.execute("DELETE FROM destination");
            h.execute("DELETE FROM passport_listing");
            h.execute("DELETE FROM baseline_info");
            insertDestinations(h, dataset.destinations(), dataset.rules());
            insertMembers(h, dataset.members());
            insertBaseline(h, dataset.baseline());
            h.execute("MERGE INTO dataset_info (id, version, released, installed) KEY (id) VALUES (1, ?, ?, ?)",
                    dataset.info().version(), Date.valueOf(dataset.info().released()), Timestamp.from(Instant.now()));
        });
    }

    private static void insertBaseline(Handle h, org.relocationplanner.domain.Baseline baseline) {
        if (baseline.source() == null) {
            return; // a dataset without one
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO passport_listing (passport, listings) VALUES (?, ?)");
        baseline.compact().forEach((p, l) -> batch.add(p, l));
        executeIfAny(batch);
        h.execute("INSERT INTO baseline_info (id, source_name, source_url, verified_on, window_max) VALUES "
                + "(1, ?, ?, ?, ?)", baseline.source().name(), baseline.source().url(),
                baseline.source().verifiedOn(), baseline.windowMax());
    }

    private static org.relocationplanner.domain.Baseline baseline(Handle h) {
        Map<String, String> listings = new HashMap<>();
        h.createQuery("SELECT passport, listings FROM passport_listing")
                .map((rs, ctx) -> listings.put(rs.getString("passport"), rs.getString("listings"))).list();
        return h.createQuery("SELECT * FROM baseline_info WHERE id = 1").map((rs, ctx) ->
                new org.relocationplanner.domain.Baseline(listings, new org.relocationplanner.domain.Source(
                        rs.getString("source_name"), rs.getString("source_url"),
                        rs.getObject("verified_on", LocalDate.class)), rs.getInt("window_max")))
                .findOne().orElse(org.relocationplanner.domain.Baseline.NONE);
    }

    private static void insertMembers(Handle h, List<AreaMember> members) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO area_member (country, area, member_from, source_name, "
                + "source_url, verified_on, verified_approx) VALUES (:country, :area, :from, :source_name, :source_url, "
                + ":verified_on, :verified_approx)");
        for (AreaMember m : members) {
            Map<String, Object> source = noteAndSource(LocalizedText.EMPTY, m.source());
            source.remove("note_en");
            source.remove("note_ru");
            batch.bind("country", m.country()).bind("area", m.area()).bind("from", m.from()).bindMap(source).add();
        }
        executeIfAny(batch);
    }

    private static void insertDestinations(Handle h, List<Destination> destinations, List<StayRule> moreRules) {
        PreparedBatch dest = h.prepareBatch("INSERT INTO destination (code, name_en, name_ru, currency, area, area_from) "
                + "VALUES (:code, :en, :ru, :currency, :area, :from)");
        PreparedBatch facts = h.prepareBatch("INSERT INTO fact (country, criterion, " + FactColumns.COLUMNS
                + ", note_en, note_ru, source_name, source_url, verified_on, verified_approx) VALUES (:country, :criterion, "
                + FactColumns.PARAMS + ", :note_en, :note_ru, :source_name, :source_url, :verified_on, :verified_approx)");
        PreparedBatch alternatives = h.prepareBatch("INSERT INTO fact_alternative (country, criterion, "
                + FactColumns.COLUMNS + ", note_en, note_ru, source_name, source_url, verified_on, verified_approx) VALUES "
                + "(:country, :criterion, " + FactColumns.PARAMS + ", :note_en, :note_ru, :source_name, :source_url, "
                + ":verified_on, :verified_approx)");
        PreparedBatch routes = h.prepareBatch("INSERT INTO residence_route (country, seq, kind, status, note_en, "
                + "note_ru, source_name, source_url, verified_on, verified_approx) VALUES (:country, :seq, :kind, :status, "
                + ":note_en, :note_ru, :source_name, :source_url, :verified_on, :verified_approx)");
        PreparedBatch rules = h.prepareBatch("INSERT INTO stay_rule (area, passport, valid_from, valid_to, visa_free, "
                + "per_entry_days, window_days, window_period, window_kind, year_cap_days, reset_on_exit, confidence, "
                + "note_en, note_ru, source_name, source_url, verified_on, verified_approx, counts_days_before, "
                + "keeps_rule_at_entry, listing, caveat_en, caveat_ru) VALUES (:area, :passport, "
                + ":valid_from, :valid_to, :visa_free, :per_entry_days, :window_days, :window_period, :window_kind, "
                + ":year_cap_days, :reset_on_exit, :confidence, :note_en, :note_ru, :source_name, :source_url, "
                + ":verified_on, :verified_approx, :counts_days_before, :keeps_rule_at_entry, :listing, :caveat_en, "
                + ":caveat_ru)");
        Map<String, StayRule> seenRules = new HashMap<>();
        for (Destination d : destinations) {
            dest.bind("code", d.code()).bind("en", d.name().en()).bind("ru", d.name().ru())
                    .bind("currency", d.currency())
                    .bind("area", d.membership() == null ? null : d.membership().area())
                    .bind("from", d.membership() == null ? null : d.membership().from())
                    .add();
            for (Fact f : d.facts().values()) {
                facts.bindMap(FactColumns.toColumns(f.value()))
                        .bind("country", d.code()).bind("criterion", f.criterion().name())
                        .bindMap(noteAndSource(f.note(), f.source()))
                        .add();
                Fact alt = f.alternative();
                if (alt != null) {
                    alternatives.bindMap(FactColumns.toColumns(alt.value()))
                            .bind("country", d.code()).bind("criterion", alt.criterion().name())
                            .bindMap(noteAndSource(alt.note(), alt.source()))
                            .add();
                }
            }
            int seq = 0;
            for (ResidenceRoute r : d.routes()) {
                routes.bind("country", d.code()).bind("seq", seq++).bind("kind", r.kind().name())
                        .bind("status", r.status().name())
                        .bindMap(noteAndSource(r.note(), r.source())).add();
            }
            for (StayRule r : d.rules()) {
                addRule(rules, r, seenRules);
            }
        }
        for (StayRule r : moreRules) {
            addRule(rules, r, seenRules);
        }
        executeIfAny(dest);
        executeIfAny(facts);
        executeIfAny(alternatives);
        executeIfAny(routes);
        executeIfAny(rules);
    }

    /** Adds a rule to the batch once: an area's rules (SCHENGEN) come with every member. */
    private static void addRule(PreparedBatch rules, StayRule r, Map<String, StayRule> seen) {
        String key = r.area() + "|" + r.passport() + "|" + r.validFrom();
        if (seen.putIfAbsent(key, r) != null) {
            return;
        }
        rules.bind("area", r.area()).bind("passport", r.passport())
                .bind("valid_from", r.validFrom()).bind("valid_to", r.validTo())
                .bind("visa_free", r.visaFree()).bind("per_entry_days", r.perEntryDays())
                .bind("window_days", r.windowDays()).bind("window_period", r.windowPeriod())
                .bind("window_kind", r.windowKind().name()).bind("year_cap_days", r.yearCapDays())
                .bind("reset_on_exit", r.resetOnExit()).bind("confidence", r.confidence().name())
                .bind("counts_days_before", r.countsDaysBefore()).bind("keeps_rule_at_entry", r.keepsRuleAtEntry())
                .bind("listing", r.listing())
                .bind("caveat_en", r.caveat().en().isEmpty() ? null : r.caveat().en())
                .bind("caveat_ru", r.caveat().ru().isEmpty() ? null : r.caveat().ru())
                .bindMap(noteAndSource(r.note(), r.source()))
                .add();
    }

    private static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static Map<String, Object> noteAndSource(LocalizedText note, Source source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note_en", note.en().isEmpty() ? null : note.en());
        m.put("note_ru", note.ru().isEmpty() ? null : note.ru());
        m.put("source_name", source == null ? null : source.name());
        m.put("source_url", source == null || source.url().isEmpty() ? null : source.url());
        m.put("verified_on", source == null ? null : source.verifiedOn());
        m.put("verified_approx", source != null && source.approximate());
        return m;
    }

    /** Every shipped destination with its facts, routes and the rules of its own area and of the area it joined. */
    public List<Destination> destinations() {
        return jdbi.withHandle(h -> destinations(h, rules(h)));
    }

    /**
     * The stay rules as installed: every destination, every other country and area, the area members; read in one
     * pass with the destinations.
     */
    public Installed installed() {
        return jdbi.withHandle(h -> {
            Map<String, List<StayRule>> rules = rules(h);
            List<Destination> destinations = destinations(h, rules);
            List<AreaMember> members = h.createQuery("SELECT * FROM area_member ORDER BY country")
                    .map((rs, ctx) -> new AreaMember(rs.getString("country"), rs.getString("area"),
                            rs.getObject("member_from", LocalDate.class), source(rs))).list();
            List<StayRule> all = new ArrayList<>();
            rules.values().forEach(all::addAll);
            return new Installed(destinations, RuleBook.of(destinations, members, all, baseline(h)));
        });
    }

    /** The installed destinations and the rule book of every country and area. */
    public record Installed(List<Destination> destinations, RuleBook rules) {
    }

    private static Map<String, List<StayRule>> rules(Handle h) {
        Map<String, List<StayRule>> rules = new HashMap<>();
        h.createQuery("SELECT * FROM stay_rule ORDER BY area, valid_from").map((rs, ctx) -> {
            StayRule r = rule(rs);
            if (r != null) {
                rules.computeIfAbsent(r.area(), k -> new ArrayList<>()).add(r);
            }
            return 0;
        }).list();
        return rules;
    }

    private static List<Destination> destinations(Handle h, Map<String, List<StayRule>> rules) {
        {
            Map<String, Map<Criterion, Fact>> alternatives = facts(h, "fact_alternative", Map.of());
            Map<String, Map<Criterion, Fact>> facts = facts(h, "fact", alternatives);
            Map<String, List<ResidenceRoute>> routes = new HashMap<>();
            h.createQuery("SELECT * FROM residence_route ORDER BY country, seq").map((rs, ctx) -> {
                ResidenceRoute.Kind kind = known(ResidenceRoute.Kind.class, rs.getString("kind"));
                ResidenceRoute.Status status = known(ResidenceRoute.Status.class, rs.getString("status"));
                if (kind != null && status != null) {
                    routes.computeIfAbsent(rs.getString("country"), k -> new ArrayList<>())
                            .add(new ResidenceRoute(kind, status, note(rs), source(rs)));
                }
                return 0;
            }).list();
            return h.createQuery("SELECT * FROM destination ORDER BY name_en").map((rs, ctx) -> {
                String code = rs.getString("code");
                String area = rs.getString("area");
                List<StayRule> own = new ArrayList<>(rules.getOrDefault(code, List.of()));
                Destination.AreaMembership membership = null;
                if (area != null) {
                    own.addAll(rules.getOrDefault(area, List.of()));
                    membership = new Destination.AreaMembership(area, rs.getObject("area_from", LocalDate.class));
                }
                return new Destination(code, LocalizedText.of(rs.getString("name_en"), rs.getString("name_ru")),
                        rs.getString("currency"), facts.getOrDefault(code, Map.of()),
                        routes.getOrDefault(code, List.of()), own, membership);
            }).list();
        }
    }

    /** The facts of a table by country, each with its alternative from {@code alternatives} when there is one. */
    private static Map<String, Map<Criterion, Fact>> facts(Handle h, String table,
                                                         Map<String, Map<Criterion, Fact>> alternatives) {
        Map<String, Map<Criterion, Fact>> facts = new HashMap<>();
        h.createQuery("SELECT * FROM " + table).map((rs, ctx) -> {
            Criterion c = FactColumns.criterion(rs);
            if (c == null) {
                return 0;
            }
            FactValue v = FactColumns.fromRow(rs, c);
            String country = rs.getString("country");
            Fact alt = alternatives.getOrDefault(country, Map.of()).get(c);
            facts.computeIfAbsent(country, k -> new EnumMap<>(Criterion.class))
                    .put(c, new Fact(c, v == null ? FactValue.UNKNOWN : v, source(rs), note(rs), alt));
            return 0;
        }).list();
        return facts;
    }

    /** A rule, or null when it uses a kind this version does not know (shipped by a newer version). */
    private static StayRule rule(ResultSet rs) throws SQLException {
        StayRule.WindowKind kind = known(StayRule.WindowKind.class, rs.getString("window_kind"));
        StayRule.Confidence confidence = known(StayRule.Confidence.class, rs.getString("confidence"));
        if (kind == null || confidence == null) {
            return null;
        }
        return new StayRule(rs.getString("area"), rs.getString("passport"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("visa_free"), intOrNull(rs, "per_entry_days"), intOrNull(rs, "window_days"),
                intOrNull(rs, "window_period"), kind,
                intOrNull(rs, "year_cap_days"), (Boolean) rs.getObject("reset_on_exit"),
                confidence, note(rs), source(rs), (Boolean) rs.getObject("counts_days_before"),
                (Boolean) rs.getObject("keeps_rule_at_entry"), rs.getString("listing"),
                LocalizedText.of(rs.getString("caveat_en"), rs.getString("caveat_ru")));
    }

    /** The constant named {@code name}, or null (logged) for one written by a newer version of the app. */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            org.slf4j.LoggerFactory.getLogger(DestinationRepository.class)
                    .warn("Skipping shipped data with unknown {} {}", type.getSimpleName(), name);
            return null;
        }
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalizedText note(ResultSet rs) throws SQLException {
        return LocalizedText.of(rs.getString("note_en"), rs.getString("note_ru"));
    }

    private static Source source(ResultSet rs) throws SQLException {
        String name = rs.getString("source_name");
        return name == null ? null : new Source(name, rs.getString("source_url"),
                rs.getObject("verified_on", LocalDate.class), rs.getBoolean("verified_approx"));
    }
}
