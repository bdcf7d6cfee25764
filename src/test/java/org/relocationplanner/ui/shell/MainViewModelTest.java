package org.relocationplanner.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.service.SettingsStore;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.common.Theme;
import org.relocationplanner.ui.settings.SettingsViewModel;

/** The top bar and status line without a window: the country's rule, the most urgent deadline, encryption. */
class MainViewModelTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    private static SettingsViewModel settings(List<Destination> destinations) {
        SettingsStore store = new SettingsStore() {
            @Override
            public void savePassport(String passport) {
            }

            @Override
            public void saveCurrentCountry(String code) {
            }

            @Override
            public void saveOtherPassports(List<String> codes) {
            }

            @Override
            public void saveWarnings(Deadline.Warnings warnings) {
            }

            @Override
            public List<Path> otherDatabases() {
                return List.of();
            }

            @Override
            public PackInstalled importDataPack(Path file) {
                return null;
            }

            @Override
            public void useFromNextStart(Path database) {
            }
        };
        DialogService dialogs = org.relocationplanner.ui.Fakes.dialogs(
                new java.util.ArrayList<>(), new java.util.ArrayList<>());
        FilePicker files = org.relocationplanner.ui.Fakes.files(null);
        return new SettingsViewModel(Locale.ENGLISH, "RU", "", destinations, Path.of("data"), Path.of("data/planner"),
                store, TaskExecutor.direct(), dialogs, new I18n(I18n.ENGLISH), l -> { }, files, () -> { },
                new SettingsViewModel.Options(Theme.LIGHT, t -> { }, new SimpleObjectProperty<>(
                        Deadline.Warnings.DEFAULT), List.of(), false, target -> List.of()));
    }

    @Test
    void theTopBarFollowsTheCountryChosenAndTheStatusSaysWhetherTheDataIsEncrypted() throws Exception {
        var dataset = DatasetReader.readShipped();
        SettingsViewModel settings = settings(dataset.destinations());
        MainViewModel vm = new MainViewModel(Screen.COMPARE, dataset.info(), dataset.destinations(), settings,
                new I18n(I18n.ENGLISH), TODAY);
        assertEquals("Current country not set (Settings)", vm.countryProperty().get());
        settings.currentCountryProperty().set("KZ");
        assertEquals("Now in Kazakhstan: 90 days within 180", vm.countryProperty().get());
        assertEquals("Data not encrypted", vm.lockStatusProperty().get());
        vm.encrypted(true);
        assertEquals("Data encrypted with your password", vm.lockStatusProperty().get());
        SimpleStringProperty urgent = new SimpleStringProperty("Visa ends in 5 days");
        vm.bindDeadline(urgent, new SimpleObjectProperty<>(Deadline.Urgency.WITHIN_7));
        assertEquals("Visa ends in 5 days", vm.deadlineProperty().get());
    }
}
