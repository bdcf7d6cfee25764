package org.relocationplanner.app;

import java.util.List;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.io.ShippedRates;

/** Where rates come from: the database (with the shipped history installed when newer), or the shipped file. */
final class RateSupply {

    private RateSupply() {
    }

    /** Installs the shipped history if the database has an older one or none; returns whether it did. */
    static boolean installShipped(Database db) {
        RateRepository repo = new RateRepository(db);
        int shipped = ShippedRates.version();
        if (repo.shippedVersion().map(v -> v >= shipped).orElse(false)) {
            return false;
        }
        ShippedRates.History h = ShippedRates.read();
        repo.installShipped(h.rates(), h.version());
        return true;
    }

    /** Every stored rate, installing the shipped history first when it is newer. */
    static List<Rate> installAndReadAll(Database db) {
        installShipped(db);
        return new RateRepository(db).all();
    }

    static RateHistory history(Database db) {
        installShipped(db);
        return RateHistory.of(new RateRepository(db).all(), RateHistory.DEFAULT_PRIORITY);
    }

    /** The shipped history alone, for when the database cannot be opened. */
    static RateHistory shipped() {
        List<Rate> rates = ShippedRates.read().rates();
        return RateHistory.of(rates, RateHistory.DEFAULT_PRIORITY);
    }

    /** Opens the data folder's database for a command, or null with the reason printed. */
    static Database open(DataFolder folder, java.io.PrintStream err, String command) {
        try {
            return Database.open(folder.databaseBase());
        } catch (DatabaseProblem p) {
            err.println(command + ": the database " + p.file() + " cannot be opened (" + p.kind().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + p.getMessage());
            return null;
        }
    }
}
