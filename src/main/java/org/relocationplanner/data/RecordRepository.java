package org.relocationplanner.data;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.Visa;

/**
 * The user's trips and documents, in the order the user sees them. {@link #save} writes an edit in one transaction
 * and touches only the rows that changed; {@link #saveTrips} and {@link #saveDocuments} replace a whole list.
 */
public final class RecordRepository {

    private final Jdbi jdbi;
    private final Database db;

    public RecordRepository(Database db) {
        this.jdbi = db.jdbi();
        this.db = db;
    }

    /** The database the records are in. */
    public Database database() {
        return db;
    }

    public List<Trip> trips() {
        return jdbi.withHandle(RecordRepository::trips);
    }

    private static List<Trip> trips(Handle h) {
        return h.createQuery("SELECT country, entry_date, exit_date, note, planned, passport FROM trip ORDER BY "
                + "position").map((rs, ctx) -> new Trip(rs.getString(1).strip(), date(rs.getDate(2)),
                        date(rs.getDate(3)), rs.getString(4), rs.getBoolean(5), passport(rs.getString(6))))
                .list();
    }

    /** A stored passport code as written (CHAR pads it), null when none or not a code an earlier file allowed. */
    private static String passport(String stored) {
        String p = stored == null ? null : stored.strip();
        return p != null && p.matches("[A-Z]{2}") ? p : null;
    }

    public void saveTrips(List<Trip> trips) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM trip");
            PreparedBatch b = h.prepareBatch("INSERT INTO trip (position, country, entry_date, exit_date, note, "
                    + "planned, passport) VALUES (:p, :c, :e, :x, :n, :pl, :pp)");
            int i = 0;
            for (Trip t : trips) {
                b.bind("p", i++).bind("c", t.country()).bind("e", t.entry()).bind("x", t.exit())
                        .bind("n", t.note()).bind("pl", t.planned()).bind("pp", t.passport()).add();
            }
            run(b, trips.size());
        });
    }

    /** How many rows an edit wrote: inserted, updated and deleted. */
    public record Written(int inserted, int updated, int deleted) {
        Written plus(Written o) {
            return new Written(inserted + o.inserted, updated + o.updated, deleted + o.deleted);
        }
    }

    /**
     * Stores the trips and documents as they now are, in one transaction: a row whose place holds the same record is
     * left alone, a changed one is updated, new places are inserted and places past the end deleted.
     */
    public Written save(List<Trip> trips, Documents documents) {
        return jdbi.inTransaction(h -> {
            Written w = diff(h, "trip", trips(h), trips, "country, entry_date, exit_date, note, planned, passport",
                    "country = :c, entry_date = :e, exit_date = :x, note = :n, planned = :pl, passport = :pp",
                    "(:p, :c, :e, :x, :n, :pl, :pp)", (b, t) -> b.bind("c", t.country()).bind("e", t.entry())
                            .bind("x", t.exit()).bind("n", t.note()).bind("pl", t.planned())
                            .bind("pp", t.passport()));
            Documents old = documents(h);
            w = w.plus(diff(h, "passport", old.passports(), documents.passports(), "country, number, expiry",
                    "country = :c, number = :n, expiry = :e", "(:p, :c, :n, :e)", (b, x) -> b.bind("c", x.country())
                            .bind("n", x.number()).bind("e", x.expiry())));
            w = w.plus(diff(h, "visa", old.visas(), documents.visas(),
                    "area, kind, valid_from, valid_to, entries, allowed_days, note",
                    "area = :a, kind = :k, valid_from = :f, valid_to = :t, entries = :e, allowed_days = :d, note = :n",
                    "(:p, :a, :k, :f, :t, :e, :d, :n)", (b, x) -> b.bind("a", x.area()).bind("k", x.kind().name())
                            .bind("f", x.validFrom()).bind("t", x.validTo()).bind("e", x.entries())
                            .bind("d", x.allowedDays()).bind("n", x.note())));
            return w.plus(diff(h, "residence_permit", old.permits(), documents.permits(),
                    "country, valid_from, valid_to, note", "country = :c, valid_from = :f, valid_to = :t, note = :n",
                    "(:p, :c, :f, :t, :n)", (b, x) -> b.bind("c", x.country()).bind("f", x.validFrom())
                            .bind("t", x.validTo()).bind("n", x.note())));
        });
    }

    private static <T> Written diff(Handle h, String table, List<T> old, List<T> now, String columns, String set,
                                    String values, java.util.function.BiConsumer<
                                            org.jdbi.v3.core.statement.SqlStatement<?>, T> bind) {
        // positions as a restored backup may have left them (gaps, doubles): the whole list is written once
        int[] shape = h.createQuery("SELECT COUNT(*), COALESCE(MAX(position), -1), COUNT(DISTINCT position) FROM "
                + table).map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).one();
        int cleared = 0;
        if (shape[0] != shape[1] + 1 || shape[2] != shape[0]) {
            cleared = h.execute("DELETE FROM " + table);
            old = List.of();
        }
        int inserted = 0;
        int updated = 0;
        for (int i = 0; i < now.size(); i++) {
            T x = now.get(i);
            if (i < old.size()) {
                if (!old.get(i).equals(x)) {
                    org.jdbi.v3.core.statement.Update u = h.createUpdate("UPDATE " + table + " SET " + set
                            + " WHERE position = :p").bind("p", i);
                    bind.accept(u, x);
                    if (u.execute() != 1) {
                        throw new IllegalStateException("row " + i + " of " + table + " was not there to update");
                    }
                    updated++;
                }
            } else {
                org.jdbi.v3.core.statement.Update u = h.createUpdate("INSERT INTO " + table + " (position, " + columns
                        + ") VALUES " + values).bind("p", i);
                bind.accept(u, x);
                u.execute();
                inserted++;
            }
        }
        int deleted = old.size() > now.size() ? h.createUpdate("DELETE FROM " + table + " WHERE position >= :n")
                .bind("n", now.size()).execute() : 0;
        return new Written(inserted, updated, cleared + deleted);
    }

    public Documents documents() {
        return jdbi.withHandle(RecordRepository::documents);
    }

    private static Documents documents(Handle h) {
        return new Documents(
                h.createQuery("SELECT country, number, expiry FROM passport ORDER BY position")
                        .map((rs, ctx) -> new Passport(rs.getString(1).strip(), rs.getString(2), date(rs.getDate(3))))
                        .list(),
                h.createQuery("SELECT area, kind, valid_from, valid_to, entries, allowed_days, note FROM visa "
                                + "ORDER BY position")
                        .map((rs, ctx) -> new Visa(rs.getString(1), Visa.Kind.valueOf(rs.getString(2)),
                                date(rs.getDate(3)), date(rs.getDate(4)), (Integer) rs.getObject(5),
                                (Integer) rs.getObject(6), rs.getString(7)))
                        .list(),
                h.createQuery("SELECT country, valid_from, valid_to, note FROM residence_permit ORDER BY position")
                        .map((rs, ctx) -> new ResidencePermit(rs.getString(1).strip(), date(rs.getDate(2)),
                                date(rs.getDate(3)), rs.getString(4)))
                        .list());
    }

    public void saveDocuments(Documents d) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM passport");
            h.execute("DELETE FROM visa");
            h.execute("DELETE FROM residence_permit");
            passports(h, d.passports());
            PreparedBatch v = h.prepareBatch("INSERT INTO visa (position, area, kind, valid_from, valid_to, entries, "
                    + "allowed_days, note) VALUES (:p, :a, :k, :f, :t, :e, :d, :n)");
            int i = 0;
            for (Visa x : d.visas()) {
                v.bind("p", i++).bind("a", x.area()).bind("k", x.kind().name()).bind("f", x.validFrom())
                        .bind("t", x.validTo()).bind("e", x.entries()).bind("d", x.allowedDays())
                        .bind("n", x.note()).add();
            }
            run(v, d.visas().size());
            PreparedBatch r = h.prepareBatch("INSERT INTO residence_permit (position, country, valid_from, valid_to, "
                    + "note) VALUES (:p, :c, :f, :t, :n)");
            i = 0;
            for (ResidencePermit x : d.permits()) {
                r.bind("p", i++).bind("c", x.country()).bind("f", x.validFrom()).bind("t", x.validTo())
                        .bind("n", x.note()).add();
            }
            run(r, d.permits().size());
        });
    }

    private static void passports(Handle h, List<Passport> list) {
        PreparedBatch b = h.prepareBatch("INSERT INTO passport (position, country, number, expiry) "
                + "VALUES (:p, :c, :n, :e)");
        int i = 0;
        for (Passport p : list) {
            b.bind("p", i++).bind("c", p.country()).bind("n", p.number()).bind("e", p.expiry()).add();
        }
        run(b, list.size());
    }

    private static void run(PreparedBatch b, int size) {
        if (size > 0) {
            b.execute();
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
