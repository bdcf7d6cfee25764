package org.relocationplanner.data;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Named settings that belong to the user's data (weights, chosen countries, passport), kept as text. */
public final class SettingsRepository {

    private final Jdbi jdbi;

    public SettingsRepository(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT val FROM user_setting WHERE name = :n")
                .bind("n", name).mapTo(String.class).findOne());
    }

    public void remove(String name) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_setting WHERE name = :n").bind("n", name).execute());
    }

    public void put(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO user_setting (name, val) KEY (name) VALUES (:n, :v)")
                .bind("n", name).bind("v", value).execute());
    }
}
