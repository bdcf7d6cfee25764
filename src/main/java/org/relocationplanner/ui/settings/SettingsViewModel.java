package org.relocationplanner.ui.settings;

import org.relocationplanner.service.SettingsStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/** Language, the passport the answers are for, the country the user is in now, and where the data lives. */
public final class SettingsViewModel {

    /** Passports some stay rule is known for, when nothing else is said: the Russian one. */
    public static final List<String> PASSPORTS = List.of("RU");

    private final javafx.collections.ObservableList<String> passports =
            javafx.collections.FXCollections.observableArrayList(PASSPORTS);

    /** The passports to choose from: those the data has stay rules for (researched, or a general listing). */
    public javafx.collections.ObservableList<String> passports() {
        return passports;
    }

    private final ObjectProperty<Locale> language;
    private final StringProperty passport;
    private final StringProperty currentCountry;
    private final List<Destination> destinations;
    private final Path dataFolder;
    private final Path databaseFile;
    private final SettingsStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final javafx.collections.ObservableList<Path> otherDatabases = javafx.collections.FXCollections
            .observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper databaseMessage =
            new javafx.beans.property.ReadOnlyStringWrapper("");

    private final org.relocationplanner.ui.common.FilePicker files;
    private final Runnable onDataUpdated;

    /**
     * Asks for a maintainers' data pack and installs it when its signature verifies and it is newer; the screens
     * are then built again on the new data.
     */
    public void importDataUpdate() {
        files.open(i18n.tr("settings.update.title"), List.of("rpdata")).ifPresent(file -> executor.run(
                () -> store.importDataPack(file),
                done -> {
                    dialogs.showInfo(i18n.tr("settings.update.title"), i18n.tr(done.rates()
                            ? "settings.update.done_rates" : "settings.update.done", file.getFileName(),
                            done.version()));
                    onDataUpdated.run();
                },
                e -> dialogs.showError(i18n.tr("settings.update.refused"), e instanceof
                        org.relocationplanner.io.DataPack.DataPackException p
                        ? i18n.tr("settings.update.reason." + p.reason().name().toLowerCase(Locale.ROOT),
                        file.getFileName())
                        : e instanceof IllegalStateException ? i18n.tr("settings.update.not_newer", file.getFileName())
                        : i18n.tr("timeline.import.unreadable", file, String.valueOf(e.getMessage())))));
    }

    /** Moves the data to another folder (off the FX thread); returns old files that could not be erased. */
    public interface FolderMover {
        List<Path> move(Path target) throws Exception;
    }

    /**
     * What Settings changes beyond the profile: the look, the warning steps (shared with the timeline), the other
     * passports, and moving the data folder ({@code folderGiven}: named on the command line, not movable here).
     */
    public record Options(org.relocationplanner.ui.common.Theme theme,
                          Consumer<org.relocationplanner.ui.common.Theme> onTheme,
                          ObjectProperty<org.relocationplanner.domain.Deadline.Warnings> warnings,
                          List<String> otherPassports, boolean folderGiven, FolderMover mover) {
    }

    private final Options options;
    private final ObjectProperty<org.relocationplanner.ui.common.Theme> theme;
    private final javafx.collections.ObservableList<String> otherPassports =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper warningsProblem =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper moving = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public SettingsViewModel(Locale language, String passport, String currentCountry, List<Destination> destinations,
                             Path dataFolder, Path databaseFile, SettingsStore store, TaskExecutor executor,
                             DialogService dialogs, I18n i18n, Consumer<Locale> onLanguage,
                             org.relocationplanner.ui.common.FilePicker files, Runnable onDataUpdated,
                             Options options) {
        this.options = options;
        this.theme = new SimpleObjectProperty<>(options.theme());
        this.theme.addListener((o, a, b) -> {
            if (b != null) {
                options.onTheme().accept(b);
            }
        });
        this.otherPassports.setAll(options.otherPassports());
        this.files = files;
        this.onDataUpdated = onDataUpdated;
        this.language = new SimpleObjectProperty<>(language);
        this.passport = new SimpleStringProperty(passport);
        this.currentCountry = new SimpleStringProperty(currentCountry);
        this.destinations = destinations;
        this.dataFolder = dataFolder;
        this.databaseFile = databaseFile;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        executor.run(store::otherDatabases, otherDatabases::setAll, e -> { });
        Consumer<Exception> failed = e -> {
            org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("Saving failed", e);
            dialogs.showError(i18n.tr("error.save.title"), i18n.tr("error.save.text"));
        };
        // the passports decide every count and ranking: once saved, the screens are read again with them
        this.passport.addListener((o, a, b) -> executor.run(() -> {
            store.savePassport(b);
            return b;
        }, saved -> onDataUpdated.run(), failed));
        this.currentCountry.addListener((o, a, b) -> executor.run(() -> store.saveCurrentCountry(b == null ? "" : b),
                failed));
        this.otherPassports.addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> now = List.copyOf(otherPassports);
            executor.run(() -> {
                store.saveOtherPassports(now);
                return now;
            }, saved -> onDataUpdated.run(), failed);
        });
        this.language.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                onLanguage.accept(b);
            }
        });
    }

    public ObjectProperty<org.relocationplanner.ui.common.Theme> themeProperty() {
        return theme;
    }

    /** Citizenships besides the passport the rules are for; a change is saved. */
    public javafx.collections.ObservableList<String> otherPassports() {
        return otherPassports;
    }

    public org.relocationplanner.domain.Deadline.Warnings warnings() {
        return options.warnings().get();
    }

    /** Why the last warning steps given were not taken; empty when they were. */
    public javafx.beans.property.ReadOnlyStringProperty warningsProblemProperty() {
        return warningsProblem.getReadOnlyProperty();
    }

    /**
     * Takes new warning steps (days before a deadline) when they run first >= second >= last: saved, and the
     * timeline colours and tells its deadlines by them at once. Otherwise says why and keeps the old ones.
     */
    public boolean setWarnings(int first, int second, int last) {
        org.relocationplanner.domain.Deadline.Warnings w;
        try {
            w = new org.relocationplanner.domain.Deadline.Warnings(first, second, last);
        } catch (IllegalArgumentException e) {
            warningsProblem.set(i18n.tr("settings.warnings.invalid"));
            return false;
        }
        warningsProblem.set("");
        if (!w.equals(options.warnings().get())) {
            options.warnings().set(w);
            executor.run(() -> store.saveWarnings(w), e -> {
                org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("Saving failed", e);
                dialogs.showError(i18n.tr("error.save.title"), i18n.tr("error.save.text"));
            });
        }
        return true;
    }

    /** Whether the data folder was named on the command line (or by the environment): not movable here then. */
    public boolean folderGiven() {
        return options.folderGiven();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /**
     * Asks for an empty folder and moves the data there: the copies are checked before the app switches to them,
     * and only then are the old files erased. On failure the data stays where it was and the app goes on with it.
     */
    public void moveDataFolder() {
        files.folder(i18n.tr("settings.move.title")).ifPresent(this::moveDataFolder);
    }

    public void moveDataFolder(Path target) {
        if (moving.get()) {
            return;
        }
        moving.set(true);
        executor.run(() -> options.mover().move(target), left -> {
            moving.set(false);
            dialogs.showInfo(i18n.tr("settings.move.title"), left.isEmpty()
                    ? i18n.tr("settings.move.done", target)
                    : i18n.tr("settings.move.done_left", target, left.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining("\n"))));
        }, e -> {
            moving.set(false);
            org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).warn("Moving the data failed: {}",
                    e.getMessage());
            dialogs.showError(i18n.tr("settings.move.title"), e instanceof IllegalArgumentException
                    ? i18n.tr("settings.move.refused", target) : i18n.tr("settings.move.failed", target,
                    String.valueOf(e.getMessage())));
        });
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty passportProperty() {
        return passport;
    }

    public StringProperty currentCountryProperty() {
        return currentCountry;
    }

    /** Earlier database files in the data folder, e.g. a damaged one kept after starting fresh. */
    public javafx.collections.ObservableList<Path> otherDatabases() {
        return otherDatabases;
    }

    public javafx.beans.property.ReadOnlyStringProperty databaseMessageProperty() {
        return databaseMessage.getReadOnlyProperty();
    }

    /** Opens {@code database} from the next start on; nothing changes until then. */
    public void useFromNextStart(Path database) {
        executor.run(() -> {
            store.useFromNextStart(database);
            return database;
        }, d -> databaseMessage.set(i18n.tr("settings.database.next_start", d.getFileName() + ".mv.db")),
                e -> {
                    org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("Choosing a data file failed", e);
                    dialogs.showError(i18n.tr("error.save.title"), i18n.tr("error.save.text"));
                });
    }

    public List<Destination> destinations() {
        return destinations;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Path databaseFile() {
        return databaseFile;
    }
}
