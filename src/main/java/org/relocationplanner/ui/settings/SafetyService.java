package org.relocationplanner.ui.settings;

import java.nio.file.Path;
import org.relocationplanner.io.BackupFile;

/**
 * What the Settings screen's "Data safety" part needs from the app: the password, the lock, backups and the quick
 * wipe. Methods that touch files or the database are called off the FX thread.
 */
public interface SafetyService {

    /** The current password was not the right one; nothing was changed. */
    final class WrongPassword extends Exception {
        public WrongPassword() {
            super("wrong password");
        }
    }

    /** Whether the data is protected by a password now. */
    boolean isProtected();

    /**
     * Sets, changes or (with {@code next} null) removes the password: the data moves to a new file protected the
     * new way, which is checked before the old file is overwritten and deleted. {@code current} is needed when
     * the data is protected now. With a new password the folder's other data files move under it too; the ones
     * that could not (damaged, or under another password) are returned.
     */
    java.util.List<Path> changePassword(char[] current, char[] next) throws Exception;

    /** Hides the personal screens until the password is entered again. On the FX thread. */
    void lock();

    /** Minutes without input before the window locks itself; 0 for never. */
    int autoLockMinutes();

    void saveAutoLockMinutes(int minutes);

    /** How many automatic backups are kept; 0 for none. */
    int keepBackups();

    void saveKeepBackups(int count);

    /** Where the automatic backups go. */
    Path backupFolder();

    /** Writes a backup of all the user's own data to {@code file}, sealed with the password when one is set. */
    void writeBackup(Path file) throws Exception;

    /** Whether the backup file needs a password to be read. */
    boolean backupNeedsPassword(Path file) throws Exception;

    /** Reads and checks the whole backup; nothing is changed. */
    BackupFile.Contents checkBackup(Path file, char[] password) throws Exception;

    /** Replaces the user's data with a checked backup; the data open now is kept in its own file. */
    void restore(BackupFile.Contents contents) throws Exception;

    /** Overwrites and deletes all personal data and backups; the app goes on with an empty database. */
    void wipeEverything() throws Exception;
}
