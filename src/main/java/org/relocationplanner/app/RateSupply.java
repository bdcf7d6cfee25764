package org.relocationplanner.app;

import java.util.List;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.RatePolicy;
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

    /**
     * The history as the Budget screen reads it from this database: the same policy, and the user's choice of
     * "prefer my own rates" from its settings.
     */
    static RateHistory history(Database db) {
        installShipped(db);
        return RatePolicy.history(new RateRepository(db).all(),
                UserDataStore.preferManualRates(new org.relocationplanner.data.SettingsRepository(db)));
    }

    /** The shipped history alone, for when the database cannot be opened. */
    static RateHistory shipped() {
        List<Rate> rates = ShippedRates.read().rates();
        return RatePolicy.history(rates, false);
    }

    static final String PASSWORD_ENV = "RELOCATION_PLANNER_PASSWORD";

    /** The password of a protected database for a command: the environment variable, else typed on the console. */
    static volatile java.util.function.Supplier<char[]> password = () -> {
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return System.console() == null ? null : System.console().readPassword("Password of your data: ");
    };

    /** Opens the data folder's database for a command, or null with the reason printed. */
    static Database open(DataFolder folder, java.io.PrintStream err, String command) {
        java.nio.file.Path base = folder.databaseBase();
        try {
            org.relocationplanner.data.DatabaseKey key = null;
            if (org.relocationplanner.data.DatabaseKey.isProtected(base)) {
                char[] pw = password.get();
                if (pw == null || pw.length == 0) {
                    err.println(command + ": the database " + base.getFileName() + ".mv.db is protected by a password;"
                            + " run this in a terminal to type it, or set " + PASSWORD_ENV);
                    return null;
                }
                try {
                    key = org.relocationplanner.data.DatabaseKey.forDatabase(base, pw);
                } finally {
                    java.util.Arrays.fill(pw, '\0');
                }
            }
            return Database.open(base, key);
        } catch (java.io.IOException e) {
            err.println(command + ": the key file " + org.relocationplanner.data.DatabaseKey.parametersFile(base)
                    + " cannot be read: " + e.getMessage());
            return null;
        } catch (DatabaseProblem p) {
            if (p.kind() == DatabaseProblem.Kind.WRONG_PASSWORD) {
                err.println(command + ": that is not the password of " + p.file() + "; nothing was changed");
                return null;
            }
            err.println(command + ": the database " + p.file() + " cannot be opened (" + p.kind().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + p.getMessage());
            return null;
        }
    }
}
