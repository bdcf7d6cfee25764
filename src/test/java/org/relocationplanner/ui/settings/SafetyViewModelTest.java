package org.relocationplanner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/** The data-safety part of Settings without a window: password rules, what a change says, what fails. */
class SafetyViewModelTest {

    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private String expectedCurrent;
    private int rebuilt;

    private SafetyViewModel vm(boolean protectedNow) {
        SafetyService service = new SafetyService() {
            @Override
            public boolean isProtected() {
                return protectedNow;
            }

            @Override
            public List<Path> changePassword(char[] current, char[] next) throws Exception {
                if (expectedCurrent != null && (current == null || !expectedCurrent.equals(new String(current)))) {
                    throw new WrongPassword();
                }
                calls.add(next == null ? "removed" : "set " + new String(next));
                return List.of();
            }

            @Override
            public void lock() {
                calls.add("lock");
            }

            @Override
            public int autoLockMinutes() {
                return 15;
            }

            @Override
            public void saveAutoLockMinutes(int minutes) {
                calls.add("auto-lock " + minutes);
            }

            @Override
            public int keepBackups() {
                return 7;
            }

            @Override
            public void saveKeepBackups(int count) {
                calls.add("keep " + count);
            }

            @Override
            public Path backupFolder() {
                return Path.of("backups");
            }

            @Override
            public void writeBackup(Path file) {
            }

            @Override
            public boolean backupNeedsPassword(Path file) {
                return false;
            }

            @Override
            public BackupFile.Contents checkBackup(Path file, char[] password) {
                return null;
            }

            @Override
            public void restore(BackupFile.Contents contents) {
            }

            @Override
            public void wipeEverything() {
            }
        };
        DialogService dialogs = org.relocationplanner.ui.Fakes.dialogs(errors, infos);
        FilePicker files = org.relocationplanner.ui.Fakes.files(null);
        return new SafetyViewModel(service, TaskExecutor.direct(), dialogs, new I18n(I18n.ENGLISH), files,
                Clock.systemUTC(), () -> rebuilt++);
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndTypedTwiceAlike() {
        SafetyViewModel vm = vm(false);
        assertTrue(vm.passwordProblem("short".toCharArray(), "short".toCharArray()).contains("8"));
        assertFalse(vm.passwordProblem("long enough 1".toCharArray(), "long enough 2".toCharArray()).isEmpty());
        assertNull(vm.passwordProblem("long enough".toCharArray(), "long enough".toCharArray()));
    }

    @Test
    void settingAPasswordSaysSoAndTheScreensAreBuiltAgain() {
        SafetyViewModel vm = vm(false);
        vm.changePassword(null, "river-stone-42".toCharArray());
        assertEquals(List.of("set river-stone-42"), calls);
        assertTrue(vm.protectedProperty().get());
        assertEquals(1, infos.size());
        assertTrue(infos.get(0).startsWith("Your data is now encrypted with your password."), infos.get(0));
        assertEquals(1, rebuilt);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        expectedCurrent = "the right one";
        SafetyViewModel vm = vm(true);
        vm.changePassword("a wrong one".toCharArray(), null);
        assertEquals(List.of("The current password is not right. Nothing was changed."), errors);
        assertTrue(vm.protectedProperty().get(), "still protected");
        assertEquals(0, rebuilt);
        assertFalse(vm.busyProperty().get());
    }
}
