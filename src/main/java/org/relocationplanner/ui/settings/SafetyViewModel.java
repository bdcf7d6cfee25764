package org.relocationplanner.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "Data safety" part of Settings: password, lock, backups and the quick wipe. */
public final class SafetyViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SafetyViewModel.class);
    /** Shorter passwords are refused: a seized laptop gives an attacker all the time in the world. */
    public static final int MIN_PASSWORD = 8;
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(0, 5, 10, 15, 30, 60);

    private final SafetyService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final FilePicker files;
    private final Runnable onDataChanged;
    private final Clock clock;
    private final BooleanProperty protectedData;
    private final IntegerProperty autoLockMinutes;
    private final IntegerProperty keepBackups;

    public SafetyViewModel(SafetyService service, TaskExecutor executor, DialogService dialogs, I18n i18n,
                           FilePicker files, Clock clock, Runnable onDataChanged) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.files = files;
        this.clock = clock;
        this.onDataChanged = onDataChanged;
        this.protectedData = new SimpleBooleanProperty(service.isProtected());
        this.autoLockMinutes = new SimpleIntegerProperty(service.autoLockMinutes());
        this.keepBackups = new SimpleIntegerProperty(service.keepBackups());
        autoLockMinutes.addListener((o, a, b) -> executor.run(() -> service.saveAutoLockMinutes(b.intValue()),
                this::saveFailed));
        keepBackups.addListener((o, a, b) -> executor.run(() -> service.saveKeepBackups(b.intValue()),
                this::saveFailed));
    }

    private void saveFailed(Exception e) {
        LOG.error("Saving failed", e);
        dialogs.showError(i18n.tr("error.save.title"), i18n.tr("error.save.text"));
    }

    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** True while a password change, restore or wipe runs: the buttons wait. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty protectedProperty() {
        return protectedData;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public IntegerProperty keepBackupsProperty() {
        return keepBackups;
    }

    public Path backupFolder() {
        return service.backupFolder();
    }

    /** Why a new password cannot be taken, in Settings and on the first start. */
    public enum PasswordProblem { TOO_SHORT, DIFFER }

    /** What is wrong with a new password and its repetition, or null when it can be taken. */
    public static PasswordProblem check(char[] next, char[] repeat) {
        if (next.length < MIN_PASSWORD) {
            return PasswordProblem.TOO_SHORT;
        }
        if (!Arrays.equals(next, repeat)) {
            return PasswordProblem.DIFFER;
        }
        return null;
    }

    /** What is wrong with a new password and its repetition, in words, or null when it can be taken. */
    public String passwordProblem(char[] next, char[] repeat) {
        PasswordProblem p = check(next, repeat);
        return p == null ? null : p == PasswordProblem.TOO_SHORT
                ? i18n.tr("settings.safety.too_short", MIN_PASSWORD) : i18n.tr("settings.safety.differ");
    }

    /** Sets, changes or (next null) removes the password; the screens are built again on the moved data. */
    public void changePassword(char[] current, char[] next) {
        boolean removing = next == null;
        boolean setting = !protectedData.get();
        busy.set(true);
        executor.run(() -> service.changePassword(current, next), left -> {
            busy.set(false);
            protectedData.set(!removing);
            String done = i18n.tr(removing ? "settings.safety.removed"
                    : setting ? "settings.safety.set" : "settings.safety.changed");
            if (!left.isEmpty()) {
                done += "\n\n" + i18n.tr("settings.safety.left", String.join(", ", left.stream()
                        .map(p -> p.getFileName() + ".mv.db").toList()));
            }
            dialogs.showInfo(i18n.tr("settings.safety.title"), done);
            onDataChanged.run();
        }, e -> {
            busy.set(false);
            if (e instanceof SafetyService.WrongPassword) {
                dialogs.showError(i18n.tr("settings.safety.title"), i18n.tr("settings.safety.wrong"));
            } else {
                LOG.error("Changing the password failed", e);
                dialogs.showError(i18n.tr("settings.safety.title"), i18n.tr("settings.safety.failed",
                        String.valueOf(e.getMessage())));
            }
        });
    }

    public void lockNow() {
        service.lock();
    }

    /** Asks where, and writes a backup of all the user's own data there. */
    public void backupNow() {
        String name = "relocation-planner-" + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".rpbackup.json";
        files.save(i18n.tr("settings.backup.now"), name, List.of("json")).ifPresent(file -> executor.run(() -> {
            service.writeBackup(file);
            return file;
        }, f -> dialogs.showInfo(i18n.tr("settings.backup.title"), i18n.tr(protectedData.get()
                ? "settings.backup.written.sealed" : "settings.backup.written.plain", f)), e -> {
                    LOG.error("Backup failed", e);
                    dialogs.showError(i18n.tr("settings.backup.title"), i18n.tr("settings.backup.failed", file,
                            String.valueOf(e.getMessage())));
                }));
    }

    /**
     * Restores from a backup the user picks: asks its password if it has one, checks the whole file, asks to go on
     * (saying what it holds), and only then replaces the data; the data open now is kept in its own file.
     */
    public void restore(Supplier<Optional<char[]>> askPassword, Predicate<BackupFile.Contents> confirm) {
        Optional<Path> picked = files.open(i18n.tr("settings.restore.button"), List.of("json"));
        if (picked.isEmpty()) {
            return;
        }
        Path file = picked.get();
        executor.run(() -> service.backupNeedsPassword(file), needs -> {
            char[] password = null;
            if (needs) {
                Optional<char[]> given = askPassword.get();
                if (given.isEmpty()) {
                    return;
                }
                password = given.get();
            }
            char[] pw = password;
            executor.run(() -> service.checkBackup(file, pw), contents -> {
                if (!confirm.test(contents)) {
                    return;
                }
                busy.set(true);
                executor.run(() -> {
                    service.restore(contents);
                    return contents;
                }, c -> {
                    busy.set(false);
                    dialogs.showInfo(i18n.tr("settings.restore.title"), i18n.tr("settings.restore.done", file));
                    onDataChanged.run();
                }, e -> {
                    busy.set(false);
                    LOG.error("Restore failed", e);
                    dialogs.showError(i18n.tr("settings.restore.title"), i18n.tr("settings.restore.failed", file,
                            String.valueOf(e.getMessage())));
                });
            }, e -> refused(file, e));
        }, e -> refused(file, e));
    }

    private void refused(Path file, Exception e) {
        String text;
        if (e instanceof BackupFile.BackupException b) {
            text = i18n.tr("settings.restore.reason." + b.reason().name().toLowerCase(java.util.Locale.ROOT),
                    file.getFileName(), b.where());
        } else {
            text = i18n.tr("timeline.import.unreadable", file, String.valueOf(e.getMessage()));
        }
        dialogs.showError(i18n.tr("settings.restore.refused"), text);
    }

    /** After the user confirmed: overwrites and deletes all personal data and backups. */
    public void wipeEverything() {
        busy.set(true);
        executor.run(() -> {
            service.wipeEverything();
            return true;
        }, ok -> {
            busy.set(false);
            protectedData.set(false);
            dialogs.showInfo(i18n.tr("settings.wipe.title"), i18n.tr("settings.wipe.done"));
            onDataChanged.run();
        }, e -> {
            busy.set(false);
            LOG.error("Wipe failed", e);
            dialogs.showError(i18n.tr("settings.wipe.title"), i18n.tr("settings.wipe.failed",
                    String.valueOf(e.getMessage())));
            onDataChanged.run();
        });
    }
}
