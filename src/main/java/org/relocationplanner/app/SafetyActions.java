package org.relocationplanner.app;

import java.nio.file.Path;
import java.util.List;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.io.AtomicFile;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.service.DataSafety;
import org.relocationplanner.service.Session;
import org.relocationplanner.ui.settings.SafetyService;

/** The Settings screen's data safety, over the database in use. Runs on the background thread. */
final class SafetyActions implements SafetyService {

    private final DataSession session;
    private final Runnable lock;
    private final Runnable beforeWipe;

    /** {@code beforeWipe}: what lets go of the data folder before it is erased (the focus watch). */
    SafetyActions(DataSession session, Runnable lock, Runnable beforeWipe) {
        this.session = session;
        this.lock = lock;
        this.beforeWipe = beforeWipe;
    }

    @Override
    public boolean isProtected() {
        return session.key() != null;
    }

    @Override
    public List<Path> changePassword(char[] current, char[] next) throws Exception {
        try {
            DatabaseKey key = session.key();
            if (key != null && (current == null || !key.matches(current))) {
                throw new WrongPassword();
            }
            DatabaseKey newKey = next == null ? null : DatabaseKey.create(next);
            DataSafety.Converted converted;
            try {
                converted = session.safety().convert(session.db(), key, newKey, current);
            } catch (DataSafety.ConversionFailed e) {
                session.replaceDatabase(e.reopened);
                throw e;
            }
            session.replace(converted.db(), newKey);
            return converted.leftAlone();
        } finally {
            for (char[] pw : new char[][] {current, next}) {
                if (pw != null) {
                    java.util.Arrays.fill(pw, '\0');
                }
            }
        }
    }

    @Override
    public void lock() {
        lock.run();
    }

    @Override
    public int autoLockMinutes() {
        return session.autoLockMinutes();
    }

    @Override
    public void saveAutoLockMinutes(int minutes) {
        new SettingsRepository(session.db()).put(Session.AUTO_LOCK, Integer.toString(minutes));
        session.setAutoLockMinutes(minutes);
    }

    @Override
    public int keepBackups() {
        return session.keepBackups();
    }

    @Override
    public void saveKeepBackups(int count) {
        new SettingsRepository(session.db()).put(Session.KEEP_BACKUPS, Integer.toString(count));
        session.setKeepBackups(count);
    }

    @Override
    public Path backupFolder() {
        return session.folder().backups();
    }

    @Override
    public void writeBackup(Path file) throws Exception {
        AtomicFile.write(file, session.safety().backup(session.db(), session.key()));
    }

    @Override
    public boolean backupNeedsPassword(Path file) throws Exception {
        return BackupFile.isEncrypted(file);
    }

    @Override
    public BackupFile.Contents checkBackup(Path file, char[] password) throws Exception {
        try {
            return BackupFile.read(file, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public void restore(BackupFile.Contents contents) throws Exception {
        session.replaceDatabase(session.safety().restore(session.db(), session.key(), contents));
        session.rereadSettings();
    }

    @Override
    public void wipeEverything() throws Exception {
        DatabaseKey oldKey = session.forget();
        beforeWipe.run();
        try {
            session.safety().wipeEverything();
        } finally {
            // whatever happened, the app goes on with a database (a new, empty one when the wipe went through)
            DatabaseKey k = DatabaseKey.isProtected(session.folder().databaseBase()) ? oldKey : null;
            session.open(k);
        }
    }
}
