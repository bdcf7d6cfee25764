package org.relocationplanner.service;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;

/**
 * Opening the user's data for the window: the database opened, the shipped data brought up to date, and everything
 * the screens are built from read in one go, off the FX thread.
 */
public final class Session {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Session.class);

    private Session() {
    }

    public static final String AUTO_LOCK = "safety.autolock_minutes";
    public static final String KEEP_BACKUPS = "safety.keep_backups";
    public static final int DEFAULT_AUTO_LOCK = 15;
    public static final int DEFAULT_KEEP_BACKUPS = 7;

    /** What the screens are built from, read from the database off the FX thread. */
    public record Snapshot(Dataset.Info dataset, List<Destination> destinations, RuleBook rules,
                    List<UserAnnotation> annotations,
                    Weights weights, List<String> picked, String passport, String currentCountry,
                    List<Trip> trips, Documents documents, String plan, boolean preferManualRates,
                    int autoLockMinutes, int keepBackups, org.relocationplanner.domain.Deadline.Warnings warnings,
                    List<String> otherPassports, String incomeCurrency, boolean setUp, int ratesSetAsideNow) {
    }

    /** An opened database and what the screens are built from. */
    public record Opened(Database db, Snapshot snapshot) {
    }

    /**
     * Opens the database, brings the shipped data up to date and reads what the screens need. Runs off the FX
     * thread.
     */
    public static Opened openAndRead(DataFolder folder, Clock clock, DatabaseKey key,
                                     java.util.function.Consumer<String> marks) throws Exception {
        marks.accept("open-begin");
        try {
            new DataSafety(folder, clock).finishPendingWipe();
        } catch (IOException e) {
            LOG.warn("An old data file could not be wiped yet: {}", e.getMessage());
        }
        Database opened = Database.open(folder.databaseBase(), key);
        marks.accept("database-open");
        try {
            ShippedData.installIfNewer(new DestinationRepository(opened), DataSafety.SHIPPED);
            return new Opened(opened, read(opened, clock, folder));
        } catch (Exception e) {
            opened.close();
            throw e;
        }
    }

    public static Snapshot read(Database db, Clock clock, DataFolder folder) {
        DestinationRepository destinations = new DestinationRepository(db);
        SettingsRepository settings = new SettingsRepository(db);
        AnnotationRepository annotations = new AnnotationRepository(db, clock);
        RecordRepository records = new RecordRepository(db);
        UserData store = new UserData(settings, annotations, records, folder);
        List<Trip> trips = records.trips();
        Documents documents = records.documents();
        DestinationRepository.Installed installed = destinations.installed();
        int setAside;
        try {
            setAside = RatesService.setAsideImplausible(db); // once per database: rates an earlier version let in
        } catch (RuntimeException e) {
            LOG.warn("The stored rates could not be checked: {}", e.getMessage());
            setAside = 0; // the rates screens say what they cannot read; the window still starts
        }
        return new Snapshot(destinations.installedDataset().orElseThrow(), installed.destinations(), installed.rules(),
                annotations.all(), store.weights(), store.picked(),
                store.passport(), store.currentCountry(), trips, documents,
                store.plan().orElse(null), store.preferManualRates(),
                number(settings, AUTO_LOCK, DEFAULT_AUTO_LOCK),
                number(settings, KEEP_BACKUPS, DEFAULT_KEEP_BACKUPS), store.warnings(),
                store.otherPassports(), store.incomeCurrency(), setUp(settings, trips, documents), setAside);
    }

    public static int number(SettingsRepository settings, String name, int fallback) {
        try {
            return settings.get(name).map(Integer::parseInt).filter(n -> n >= 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static final String SETUP_DONE = "profile.setup_done";

    /** Whether the user is past the first start: the assistant finished, or data of theirs is already there. */
    static boolean setUp(SettingsRepository settings, List<Trip> trips, Documents documents) {
        return settings.get(SETUP_DONE).isPresent() || settings.get(UserData.COUNTRY).isPresent()
                || !trips.isEmpty() || !documents.all().isEmpty();
    }

    /** The same without marking the start-up's steps. */
    public static Opened openAndRead(DataFolder folder, Clock clock, DatabaseKey key) throws Exception {
        return openAndRead(folder, clock, key, step -> { });
    }
}
