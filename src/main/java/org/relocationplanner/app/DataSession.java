package org.relocationplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.DataSafety;
import org.relocationplanner.service.Session;
import org.relocationplanner.service.UserData;

/**
 * The data the window works on: where it is, the open database, its key and the safety settings read from it. Set
 * from background work (opening, a new password, a move, a restore) and read on the FX thread, so every change goes
 * through this one lock-guarded place.
 */
final class DataSession {

    private final Clock clock;
    private DataFolder folder;
    private Database db;
    private DatabaseKey key;
    private int autoLockMinutes;
    private int keepBackups;
    private boolean stopped;

    DataSession(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    synchronized DataFolder folder() {
        return folder;
    }

    synchronized Database db() {
        return db;
    }

    /** The key of the database in use; null when it has no password. */
    synchronized DatabaseKey key() {
        return key;
    }

    synchronized boolean isOpen() {
        return db != null;
    }

    synchronized int autoLockMinutes() {
        return autoLockMinutes;
    }

    synchronized int keepBackups() {
        return keepBackups;
    }

    Clock clock() {
        return clock;
    }

    /** Opens the database with {@code k} and reads what the screens need; off the FX thread. */
    Session.Opened open(DatabaseKey k) throws Exception {
        return take(Session.openAndRead(folder(), clock, k, StartupTiming::mark), k);
    }

    /** Takes an opened database as the one in use (or closes it when the window has gone meanwhile). */
    synchronized Session.Opened take(Session.Opened opened, DatabaseKey k) {
        if (stopped) {
            opened.db().close(); // the window closed while the database was opening
            throw new IllegalStateException("stopped");
        }
        key = k;
        db = opened.db();
        autoLockMinutes = opened.snapshot().autoLockMinutes();
        keepBackups = opened.snapshot().keepBackups();
        return opened;
    }

    /** A new database file of the same data (a new password, a restore, a failed conversion put back). */
    synchronized void replace(Database now, DatabaseKey newKey) {
        if (closedMeanwhile(now)) {
            return;
        }
        db = now;
        key = newKey;
    }

    synchronized void replaceDatabase(Database now) {
        if (closedMeanwhile(now)) {
            return;
        }
        db = now;
    }

    /** The data moved to another folder. */
    synchronized void moved(DataFolder to, Database now) {
        folder = to;
        if (!closedMeanwhile(now)) {
            db = now;
        }
    }

    /** The window closed while a new database file was being made: it is closed, not kept open. */
    private boolean closedMeanwhile(Database now) {
        if (stopped && now != null) {
            now.close();
            return true;
        }
        return false;
    }

    synchronized void setAutoLockMinutes(int minutes) {
        autoLockMinutes = minutes;
    }

    synchronized void setKeepBackups(int count) {
        keepBackups = count;
    }

    /** Reads the safety settings again from the database in use (after a restore). */
    synchronized void rereadSettings() {
        SettingsRepository s = new SettingsRepository(db);
        autoLockMinutes = Session.number(s, Session.AUTO_LOCK, Session.DEFAULT_AUTO_LOCK);
        keepBackups = Session.number(s, Session.KEEP_BACKUPS, Session.DEFAULT_KEEP_BACKUPS);
    }

    /** Closes the database without a backup and forgets it and its key (before a wipe); returns the old key. */
    synchronized DatabaseKey forget() {
        DatabaseKey old = key;
        if (db != null) {
            db.close();
        }
        db = null;
        key = null;
        return old;
    }

    /** Everything the screens are built from, read again. */
    Session.Snapshot read() {
        return Session.read(db(), clock, folder());
    }

    /** The user's records and settings in the database in use. */
    UserData store() {
        Database d = db();
        return new UserData(new SettingsRepository(d), new AnnotationRepository(d, clock), new RecordRepository(d),
                folder());
    }

    DataSafety safety() {
        return new DataSafety(folder(), clock);
    }

    /** Writes the automatic backup and closes the database; safe to call more than once. */
    synchronized void close(org.slf4j.Logger log) {
        stopped = true;
        if (db != null) {
            try {
                Path written = new DataSafety(folder, clock).autoBackup(db, key, keepBackups);
                if (written != null) {
                    log.info("Automatic backup: {}", written);
                }
            } catch (Exception e) {
                log.warn("The automatic backup could not be written: {}", e.getMessage());
            }
            db.close();
            db = null;
        }
    }

    synchronized boolean stopped() {
        return stopped;
    }
}
