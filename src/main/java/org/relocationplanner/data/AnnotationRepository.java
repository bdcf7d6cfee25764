package org.relocationplanner.data;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.UserAnnotation;

/** The user's own values and notes over shipped facts. */
public final class AnnotationRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    public AnnotationRepository(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    public List<UserAnnotation> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM user_annotation").map((rs, ctx) -> {
            Criterion c = FactColumns.criterion(rs);
            if (c == null) {
                return null;
            }
            FactValue v;
            try {
                v = FactColumns.fromRow(rs, c);
            } catch (java.sql.SQLException e) {
                return null; // a value this version cannot read: kept in the file, not shown
            }
            return new UserAnnotation(rs.getString("country"), c, v, rs.getString("note"));
        }).list().stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Saves the annotation; an empty one (no own value, no note) is removed, which resets the shipped value. */
    public void save(UserAnnotation a) {
        if (a.isEmpty()) {
            remove(a.country(), a.criterion());
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO user_annotation (country, criterion, " + FactColumns.COLUMNS
                        + ", note, updated_at) KEY (country, criterion) VALUES (:country, :criterion, "
                        + FactColumns.PARAMS + ", :note, :updated_at)")
                .bindMap(FactColumns.toColumns(a.value()))
                .bind("country", a.country()).bind("criterion", a.criterion().name())
                .bind("note", a.note()).bind("updated_at", Timestamp.from(clock.instant()))
                .execute());
    }

    public void remove(String country, Criterion criterion) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_annotation WHERE country = :c AND criterion = :k")
                .bind("c", country).bind("k", criterion.name()).execute());
    }
}
