package org.relocationplanner.service;

import java.util.List;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.RatePolicy;
import org.relocationplanner.io.ShippedRates;

/**
 * Rates for the window and the command line alike: where they come from (the database, with the shipped history
 * installed when newer, or the shipped file alone), the history as {@link RatePolicy} reads it with the user's
 * "prefer my own rates", and imports that read a file once and store it in one transaction.
 */
public final class RatesService {

    private final Database db;

    public RatesService(Database db) {
        this.db = db;
    }

    /** How an import went: rows added, updated and already stored. */
    public record Imported(int added, int updated, int skipped) {
    }

    /** Reads a rates file of any known format once and stores its rates and the IDs it names, all or nothing. */
    public Imported importFile(byte[] content) throws org.relocationplanner.io.RatesFormatException {
        // the same check and store as the command line's, the stored IDs read from the database open here
        return store(check(content, () -> new RateRepository(db).cbrIds()));
    }

    /**
     * Reads and checks a rates file before any database is opened for writing: only a Bank of Russia dynamic file
     * of a currency whose ID a daily file taught earlier needs the stored IDs, read through {@code storedIds}.
     */
    public static org.relocationplanner.io.RatesReader.Parsed check(byte[] content,
            java.util.function.Supplier<java.util.Map<String, String>> storedIds)
            throws org.relocationplanner.io.RatesFormatException {
        try {
            return org.relocationplanner.io.RatesReader.parse(content, java.util.Map.of());
        } catch (org.relocationplanner.io.RatesFormatException e) {
            if (e.problem() != org.relocationplanner.io.RatesFormatException.Problem.UNKNOWN_CBR_ID) {
                throw e;
            }
            java.util.Map<String, String> ids = storedIds.get();
            if (ids.isEmpty()) {
                throw e;
            }
            return org.relocationplanner.io.RatesReader.parse(content, ids);
        }
    }

    /** Stores a checked file's rates and the IDs it names, in one transaction. */
    public Imported store(org.relocationplanner.io.RatesReader.Parsed parsed) {
        RateRepository.ImportResult r = new RateRepository(db).save(parsed.rates(), parsed.cbrIds());
        return new Imported(r.added(), r.updated(), r.skipped());
    }

    /**
     * The Bank of Russia IDs stored in the folder's database, read without writing to it: none when there is no
     * database yet; null, with the reason printed as {@link #open} prints it, when it cannot be read.
     */
    public static java.util.Map<String, String> storedIds(DataFolder folder, java.io.PrintStream err, String command,
                                                          java.util.function.Supplier<char[]> password) {
        java.nio.file.Path base = folder.databaseBase();
        if (!java.nio.file.Files.exists(base.resolveSibling(base.getFileName() + Database.FILE_SUFFIX))) {
            return java.util.Map.of();
        }
        try (Database db = Database.openReadOnly(base, key(base, password))) {
            return new RateRepository(db).cbrIds();
        } catch (NoPassword e) {
            err.println(command + ": the database " + base.getFileName() + ".mv.db is protected by a password;"
                    + " run this in a terminal to type it, or set " + PASSWORD_ENV);
        } catch (java.io.IOException e) {
            err.println(command + ": the key file " + org.relocationplanner.data.DatabaseKey.parametersFile(base)
                    + " cannot be read: " + e.getMessage());
        } catch (DatabaseProblem p) {
            err.println(p.kind() == DatabaseProblem.Kind.WRONG_PASSWORD ? command + ": that is not the password of "
                    + p.file() + "; nothing was changed" : command + ": the database " + p.file() + " cannot be "
                    + "read (" + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): "
                    + p.getMessage());
        }
        return null;
    }

    /** Every currency's coverage up to {@code on}, and the Bank of Russia IDs learnt from imported daily files. */
    public record Coverage(List<org.relocationplanner.domain.RateCoverage.Of> currencies,
                           java.util.Map<String, String> learntIds) {
    }

    /** The coverage of the rates in {@code db} (the shipped history installed first), as the Rates screen shows it. */
    public static Coverage coverage(Database db, java.time.LocalDate on) {
        ready(db);
        RateRepository repo = new RateRepository(db);
        return coverage(repo.all(), UserData.preferManualRates(new org.relocationplanner.data.SettingsRepository(
                db)), repo.cbrIds(), on);
    }

    /** The coverage of the shipped history alone. */
    public static Coverage shippedCoverage(java.time.LocalDate on) {
        return coverage(ShippedRates.read().rates(), false, java.util.Map.of(), on);
    }

    private static Coverage coverage(List<Rate> rates, boolean preferManual, java.util.Map<String, String> learnt,
                                     java.time.LocalDate on) {
        return new Coverage(org.relocationplanner.domain.RateCoverage.of(
                org.relocationplanner.domain.RateCoverage.spans(rates), RatePolicy.history(rates, preferManual), on),
                learnt);
    }

    /** Every stored rate, the shipped history installed first when newer. */
    public List<Rate> all() {
        return installAndReadAll(db);
    }

    /** The history with the user's own choice of "prefer my own rates". */
    public RateHistory history() {
        return history(db);
    }

    /** Installs the shipped history if the database has an older one or none; returns whether it did. */
    public static boolean installShipped(Database db) {
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
    public static List<Rate> installAndReadAll(Database db) {
        ready(db);
        return new RateRepository(db).all();
    }

    /** The shipped history installed when newer, and rates outside the ranges the app keeps set aside. */
    private static void ready(Database db) {
        setAsideImplausible(db);
        installShipped(db);
    }

    /** Marks a database whose stored rates were checked: every rate stored since is checked on the way in. */
    static final String PLAUSIBLE_CHECKED = "data.rates_checked";

    /**
     * Moves stored rates outside the dates and values the app accepts (which versions before this check let in) to
     * the set-aside table, once per database; returns how many it moved now.
     */
    public static int setAsideImplausible(Database db) {
        org.relocationplanner.data.SettingsRepository settings = new org.relocationplanner.data.SettingsRepository(db);
        if (settings.get(PLAUSIBLE_CHECKED).isPresent()) {
            return 0;
        }
        int moved = new RateRepository(db).setAsideImplausible();
        settings.put(PLAUSIBLE_CHECKED, "1");
        return moved;
    }

    /** The rates set aside so far. */
    public static List<RateRepository.SetAside> setAside(Database db) {
        return new RateRepository(db).setAside();
    }

    /** Writes the rates set aside as CSV (date,currency,rate,source, the day and rate as they were stored). */
    public static void writeSetAside(List<RateRepository.SetAside> rows, java.io.Writer w) throws java.io.IOException {
        w.write("date,currency,rate,source\n");
        for (RateRepository.SetAside r : rows) {
            w.write(org.relocationplanner.io.Csv.quote(r.day()) + "," + r.currency() + "," + r.rate() + ","
                    + org.relocationplanner.io.Csv.quote(r.source()) + "\n");
        }
    }

    /**
     * The history as the Budget screen reads it from this database: the same policy, and the user's choice of
     * "prefer my own rates" from its settings.
     */
    public static RateHistory history(Database db) {
        ready(db);
        return RatePolicy.history(new RateRepository(db).all(),
                UserData.preferManualRates(new org.relocationplanner.data.SettingsRepository(db)));
    }

    /** The shipped history alone, for when the database cannot be opened. */
    public static RateHistory shipped() {
        List<Rate> rates = ShippedRates.read().rates();
        return RatePolicy.history(rates, false);
    }

    public static final String PASSWORD_ENV = "RELOCATION_PLANNER_PASSWORD";

    /** A protected database, and no password came. */
    private static final class NoPassword extends Exception {
        NoPassword() {
            super(null, null, false, false);
        }
    }

    /** The key of the database at {@code base}: null when it has no password. */
    private static org.relocationplanner.data.DatabaseKey key(java.nio.file.Path base,
            java.util.function.Supplier<char[]> password) throws java.io.IOException, NoPassword {
        if (!org.relocationplanner.data.DatabaseKey.isProtected(base)) {
            return null;
        }
        char[] pw = password.get();
        if (pw == null || pw.length == 0) {
            throw new NoPassword();
        }
        try {
            return org.relocationplanner.data.DatabaseKey.forDatabase(base, pw);
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
    }

    /** Opens the data folder's database for a command, or null with the reason printed. */
    public static Database open(DataFolder folder, java.io.PrintStream err, String command,
                                java.util.function.Supplier<char[]> password) {
        java.nio.file.Path base = folder.databaseBase();
        try {
            return Database.open(base, key(base, password));
        } catch (NoPassword e) {
            err.println(command + ": the database " + base.getFileName() + ".mv.db is protected by a password;"
                    + " run this in a terminal to type it, or set " + PASSWORD_ENV);
            return null;
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
