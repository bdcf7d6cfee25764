package org.relocationplanner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.io.DataPack;
import org.relocationplanner.service.SettingsStore;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.common.Theme;

/** The Settings screen's logic without a window: what is saved, and what a data update says. */
class SettingsViewModelTest {

    private final List<String> saved = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int rebuilt;
    private Exception packProblem;

    private SettingsViewModel vm() {
        SettingsStore store = new SettingsStore() {
            @Override
            public void savePassport(String passport) {
                saved.add("passport " + passport);
            }

            @Override
            public void saveCurrentCountry(String code) {
                saved.add("country " + code);
            }

            @Override
            public void saveOtherPassports(List<String> codes) {
                saved.add("others " + codes);
            }

            @Override
            public void saveWarnings(Deadline.Warnings warnings) {
                saved.add("warnings " + warnings);
            }

            @Override
            public List<Path> otherDatabases() {
                return List.of();
            }

            @Override
            public PackInstalled importDataPack(Path file) throws Exception {
                if (packProblem != null) {
                    throw packProblem;
                }
                return new PackInstalled(true, 3);
            }

            @Override
            public void useFromNextStart(Path database) {
            }
        };
        DialogService dialogs = org.relocationplanner.ui.Fakes.dialogs(errors, infos);
        FilePicker files = org.relocationplanner.ui.Fakes.files(Path.of("update.rpdata"));
        return new SettingsViewModel(Locale.ENGLISH, "RU", "GE", List.of(), Path.of("data"), Path.of("data/planner"),
                store, TaskExecutor.direct(), dialogs, new I18n(I18n.ENGLISH), l -> { }, files, () -> rebuilt++,
                new SettingsViewModel.Options(Theme.LIGHT, t -> { }, new SimpleObjectProperty<>(
                        Deadline.Warnings.DEFAULT), List.of(), false, target -> List.of()));
    }

    @Test
    void choicesAreSavedAsTheyAreMade() {
        SettingsViewModel vm = vm();
        vm.currentCountryProperty().set("AM");
        vm.otherPassports().add("IL");
        assertEquals(List.of("country AM", "others [IL]"), saved);
    }

    @Test
    void impossibleWarningDaysAreRefusedAndTheOldOnesKept() {
        SettingsViewModel vm = vm();
        Deadline.Warnings before = vm.warnings();
        assertFalse(vm.setWarnings(10, 30, 5));
        assertFalse(vm.warningsProblemProperty().get().isEmpty());
        assertEquals(before, vm.warnings());
        assertTrue(saved.isEmpty());
    }

    @Test
    void aRatePackSaysWhatItInstalledAndTheScreensAreBuiltAgain() {
        SettingsViewModel vm = vm();
        vm.importDataUpdate();
        assertEquals(1, infos.size());
        assertTrue(infos.get(0).contains("update.rpdata") && infos.get(0).contains("3"), infos.toString());
        assertEquals(1, rebuilt);
    }

    @Test
    void aRefusedPackSaysWhyAndChangesNothing() {
        SettingsViewModel vm = vm();
        packProblem = new DataPack.DataPackException(DataPack.Reason.BAD_SIGNATURE, "the signature does not match");
        vm.importDataUpdate();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("update.rpdata"), errors.toString());
        assertEquals(0, rebuilt);
        packProblem = new IllegalStateException("not newer");
        vm.importDataUpdate();
        assertEquals(2, errors.size());
        assertEquals(0, rebuilt);
    }
}
