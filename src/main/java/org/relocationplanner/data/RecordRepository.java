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
 * The user's trips and documents. Each save replaces the whole list in one transaction, so a save is all or
 * nothing and the order the user sees is kept.
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
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT country, entry_date, exit_date, note, planned FROM trip ORDER BY position")
                .map((rs, ctx) -> new Trip(rs.getString(1).strip(), date(rs.getDate(2)), date(rs.getDate(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list());
    }

    public void saveTrips(List<Trip> trips) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM trip");
            PreparedBatch b = h.prepareBatch("INSERT INTO trip (position, country, entry_date, exit_date, note, "
                    + "planned) VALUES (:p, :c, :e, :x, :n, :pl)");
            int i = 0;
            for (Trip t : trips) {
                b.bind("p", i++).bind("c", t.country()).bind("e", t.entry()).bind("x", t.exit())
                        .bind("n", t.note()).bind("pl", t.planned()).add();
            }
            run(b, trips.size());
        });
    }

    public Documents documents() {
        return jdbi.withHandle(h -> new Documents(
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
                        .list()));
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
