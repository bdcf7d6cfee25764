package org.relocationplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;

/**
 * The stay rules as installed on this machine, for the window and the command line alike: the shipped dataset, or
 * a newer one the user took from a signed data pack.
 */
public final class RuleBookService {

    /** The rules, with the dataset version they come from and whether they are the user's installed ones. */
    public record Rules(RuleBook book, int version, boolean installed) {
    }

    private RuleBookService() {
    }

    /** The rules installed in {@code db}, the shipped dataset installed first when it is newer. */
    public static Rules installed(Database db) throws DatasetFormatException {
        DestinationRepository repo = new DestinationRepository(db);
        try {
            ShippedData.installIfNewer(repo, DataSafety.SHIPPED);
        } catch (DatasetFormatException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The shipped dataset cannot be installed: " + e.getMessage(), e);
        }
        return new Rules(repo.installed().rules(), repo.installedDataset().orElseThrow().version(), true);
    }

    /**
     * The rules installed in {@code db} when they are at least as new as the shipped ones, else the shipped ones; the
     * database is only read (a command leaves installing to the window).
     */
    static Rules installedOrShipped(Database db) throws DatasetFormatException {
        DestinationRepository repo = new DestinationRepository(db);
        Rules shipped = shipped();
        java.util.Optional<org.relocationplanner.domain.Dataset.Info> info = repo.installedDataset();
        if (info.isEmpty() || info.get().version() < shipped.version()) {
            return shipped;
        }
        return new Rules(repo.installed().rules(), info.get().version(), true);
    }

    /** The rules shipped with the app. */
    public static Rules shipped() throws DatasetFormatException {
        org.relocationplanner.domain.Dataset d = DatasetReader.readShipped();
        return new Rules(RuleBook.of(d), d.info().version(), false);
    }

    /**
     * For a command: the rules of the data folder's database when there is one (so that an imported pack counts),
     * else the shipped ones. A database that exists but cannot be opened is said on {@code err}, and the shipped
     * rules are used.
     */
    public static Rules forCommand(DataFolder folder, java.io.PrintStream err, String command,
                                   java.util.function.Supplier<char[]> password) throws DatasetFormatException {
        Path file = folder.databaseBase().resolveSibling(folder.databaseBase().getFileName() + ".mv.db");
        if (!Files.exists(file)) {
            return shipped();
        }
        Database db = RatesService.open(folder, err, command, password);
        if (db == null) {
            Rules shipped = shipped();
            err.println(command + ": using the rules shipped with the app (dataset version " + shipped.version()
                    + "), not an update you may have imported");
            return shipped;
        }
        try (db) {
            return installedOrShipped(db);
        } catch (RuntimeException e) {
            Rules shipped = shipped();
            err.println(command + ": the database " + db.file() + " cannot be read (" + e.getMessage()
                    + "); using the rules shipped with the app (dataset version " + shipped.version() + ")");
            return shipped;
        }
    }
}
