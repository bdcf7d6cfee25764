package org.relocationplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.io.AtomicFile;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.ui.settings.SafetyService;
import org.relocationplanner.ui.settings.SafetyViewModel;
import org.relocationplanner.ui.shell.LockView;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.ui.timeline.RecordForms;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.ui.budget.BudgetForms;
import org.relocationplanner.ui.budget.BudgetView;
import org.relocationplanner.ui.budget.BudgetViewModel;
import org.relocationplanner.ui.budget.RatesState;
import org.relocationplanner.ui.rates.RatesView;
import org.relocationplanner.ui.rates.RatesViewModel;
import org.relocationplanner.ui.timeline.TimelineView;
import org.relocationplanner.ui.timeline.TimelineViewModel;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.ui.common.FxDialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.compare.CompareView;
import org.relocationplanner.ui.compare.CompareViewModel;
import org.relocationplanner.ui.settings.SettingsView;
import org.relocationplanner.ui.settings.SettingsViewModel;
import org.relocationplanner.ui.shell.MainView;
import org.relocationplanner.ui.shell.MainViewModel;
import org.relocationplanner.ui.shell.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the app by constructors. The window shows at once; the database opens in the background and the
 * screens appear when it is ready. Database trouble becomes a question to the user, never a stack trace.
 */
public final class Planner {

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);
    public static final String STYLESHEET = "/org/relocationplanner/ui/app.css";

    private final AppConfig config;
    /** Where the data is; changes when the user moves it in Settings. */
    private volatile DataFolder folder;
    private Stage stage;
    private volatile Database db;
    private FocusSignal focus;
    private I18n i18n;
    private Screen currentScreen;
    private volatile boolean stopped;
    private boolean noticeShown;
    /** The key of the database in use; null when it has no password. */
    private volatile DatabaseKey key;
    private volatile int autoLockMinutes;
    private volatile int keepBackups;
    /** While locked: the screens the lock hides; null when unlocked. */
    private javafx.scene.Parent unlockedRoot;
    private volatile long lastInput;
    private javafx.animation.Timeline idleCheck;
    private MainViewModel main;

    static final String AUTO_LOCK = "safety.autolock_minutes";
    static final String KEEP_BACKUPS = "safety.keep_backups";
    static final int DEFAULT_AUTO_LOCK = 15;
    static final int DEFAULT_KEEP_BACKUPS = 7;

    /** What the screens are built from, read from the database off the FX thread. */
    record Snapshot(Dataset.Info dataset, List<Destination> destinations, RuleBook rules,
                    List<UserAnnotation> annotations,
                    Weights weights, List<String> picked, String passport, String currentCountry,
                    List<Trip> trips, Documents documents, String plan, boolean preferManualRates,
                    int autoLockMinutes, int keepBackups, org.relocationplanner.domain.Deadline.Warnings warnings,
                    List<String> otherPassports, String incomeCurrency, boolean setUp) {
    }

    public Planner(AppConfig config) {
        this.config = config;
        this.folder = config.folder();
    }

    public void start(Stage stage) {
        this.stage = stage;
        this.i18n = new I18n(config.preferences().language().orElse(config.systemLocale()));
        this.currentScreen = config.preferences().lastScreen().flatMap(Planner::screen).orElse(Screen.COMPARE);
        stage.setTitle(i18n.tr("app.name"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = Planner.class.getResource("/org/relocationplanner/icons/relocation-planner-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // the system's light or dark look is asked at once, beside the start, and is known by the first frame
        theme = config.preferences().theme();
        if (theme == org.relocationplanner.ui.common.Theme.SYSTEM) {
            askSystemTheme();
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Label loading = new Label(i18n.tr("startup.loading"));
        VBox box = new VBox(12, loading);
        box.setId("loading");
        box.setAlignment(Pos.CENTER);
        Scene scene = new Scene(box, Math.min(1360, screen.getWidth()), Math.min(840, screen.getHeight()));
        stage.setScene(scene);
        restoreBounds();
        watchIdle(scene);
        stage.show();
        StartupTiming.reportFirstFrame();
        // The first frame is a plain line of text. The theme, the spinner and the database work (all of which
        // compete for the machine's two cores) begin once it is drawn: the window appears as fast as JavaFX can.
        config.executor().afterFirstFrame(() -> {
            applyTheme(theme);
            scene.getStylesheets().add(Planner.class.getResource(STYLESHEET).toExternalForm());
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(48, 48);
            box.getChildren().add(0, progress);
            openDatabase();
        });
    }

    private org.relocationplanner.ui.common.Theme theme = org.relocationplanner.ui.common.Theme.SYSTEM;
    /** Whether the system prefers dark (null inside: not known); null until asked. */
    private java.util.concurrent.CompletableFuture<Boolean> systemDark;

    /**
     * The system's light or dark preference, asked on a thread of its own; asked again only when the last answer
     * was "not known".
     */
    private java.util.concurrent.CompletableFuture<Boolean> askSystemTheme() {
        if (systemDark == null || systemDark.isDone() && systemDark.getNow(null) == null) {
            systemDark = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> SystemTheme.prefersDark().orElse(null), r -> {
                        Thread t = new Thread(r, "system-theme");
                        t.setDaemon(true);
                        t.start();
                    });
        }
        return systemDark;
    }

    /** Light or dark as chosen; "as the system" waits at most a moment for the system's answer. */
    private void applyTheme(org.relocationplanner.ui.common.Theme chosen) {
        theme = chosen;
        Boolean dark = null;
        if (systemDark != null) {
            try {
                dark = systemDark.get(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                dark = null;
            }
        }
        org.relocationplanner.ui.common.Theme.apply(chosen.isDark(dark));
    }

    /** The window where it was last, when that place is still on a screen; else centred at its default size. */
    private void restoreBounds() {
        config.preferences().window().ifPresent(b -> {
            if (!javafx.stage.Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty()) {
                stage.setX(b.x());
                stage.setY(b.y());
                stage.setWidth(Math.max(b.width(), stage.getMinWidth()));
                stage.setHeight(Math.max(b.height(), stage.getMinHeight()));
            }
            stage.setMaximized(b.maximized());
        });
    }

    private void saveBounds() {
        if (stage == null || stage.getWidth() <= 0 || Double.isNaN(stage.getX())) {
            return;
        }
        if (stage.isMaximized()) {
            config.preferences().window().ifPresentOrElse(b -> config.preferences().setWindow(
                    new org.relocationplanner.ui.common.UiPreferences.WindowBounds(b.x(), b.y(), b.width(),
                            b.height(), true)),
                    () -> config.preferences().setWindow(new org.relocationplanner.ui.common.UiPreferences
                            .WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true)));
        } else {
            config.preferences().setWindow(new org.relocationplanner.ui.common.UiPreferences.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }

    private static java.util.Optional<Screen> screen(String name) {
        try {
            return java.util.Optional.of(Screen.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** An opened database and what the screens are built from. */
    record Opened(Database db, Snapshot snapshot) {
    }

    /**
     * Opens the database, brings the shipped data up to date and reads what the screens need. Runs off the FX
     * thread.
     */
    static Opened openAndRead(DataFolder folder, Clock clock, DatabaseKey key) throws Exception {
        StartupTiming.mark("open-begin");
        try {
            new DataSafety(folder, clock).finishPendingWipe();
        } catch (IOException e) {
            LOG.warn("An old data file could not be wiped yet: {}", e.getMessage());
        }
        Database opened = Database.open(folder.databaseBase(), key);
        StartupTiming.mark("database-open");
        try {
            ShippedData.installIfNewer(new DestinationRepository(opened), DataSafety.SHIPPED);
            return new Opened(opened, read(opened, clock, folder));
        } catch (Exception e) {
            opened.close();
            throw e;
        }
    }

    private void openDatabase() {
        if (key == null && DatabaseKey.isProtected(folder.databaseBase())) {
            askPasswordToOpen();
            return;
        }
        DatabaseKey k = key;
        config.executor().run(() -> opened(openAndRead(folder, config.clock(), k), k), opened -> {
            try {
                showScreens(opened.snapshot());
            } catch (RuntimeException e) {
                startFailed(e);
            }
        }, e -> {
            if (!stopped) {
                startFailed(e);
            }
        });
    }

    /** Takes an opened database as the one in use (or closes it when the window has gone meanwhile). */
    private Opened opened(Opened opened, DatabaseKey k) {
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

    /** A protected database: the window asks for the password before anything personal is read. */
    private void askPasswordToOpen() {
        LockView[] view = new LockView[1];
        view[0] = new LockView(i18n, true, password -> config.executor().run(() -> {
            Path base = folder.databaseBase();
            DatabaseKey k;
            try {
                k = DatabaseKey.forDatabase(base, password);
            } catch (IOException e) {
                throw new DatabaseProblem(DatabaseProblem.Kind.CORRUPT, DatabaseKey.parametersFile(base),
                        e.getMessage(), e);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return opened(openAndRead(folder, config.clock(), k), k);
        }, opened -> {
            try {
                showScreens(opened.snapshot());
            } catch (RuntimeException e) {
                startFailed(e);
            }
        }, e -> {
            if (e instanceof DatabaseProblem p && p.kind() == DatabaseProblem.Kind.WRONG_PASSWORD) {
                view[0].wrongPassword(i18n.tr("lock.wrong"));
            } else if (!stopped) {
                startFailed(e);
            }
        }), () -> {
            try {
                folder.startFresh(config.clock());
            } catch (IOException io) {
                config.startupDialogs().cannotStart(i18n.tr("startup.cannot_write", folder.dir(),
                        io.getMessage()));
                quit();
                return;
            }
            openDatabase();
        });
        stage.getScene().setRoot(view[0]);
    }

    /** Locks the window when the data has a password and nothing was typed or clicked for the chosen minutes. */
    private void watchIdle(Scene scene) {
        lastInput = config.clock().millis();
        // input in any of the app's windows counts: typing into a long trip form is use, too
        javafx.event.EventHandler<javafx.scene.input.InputEvent> used = e -> lastInput = config.clock().millis();
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, used);
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w != stage) {
                        w.addEventFilter(javafx.scene.input.InputEvent.ANY, used);
                    }
                }
            }
        });
        idleCheck = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1),
                e -> {
                    int minutes = autoLockMinutes;
                    if (key != null && db != null && minutes > 0 && unlockedRoot == null
                            && config.clock().millis() - lastInput >= minutes * 60_000L) {
                        lock();
                    }
                }));
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
    }

    /** Hides every personal screen (the top bar too) until the password is entered again. */
    void lock() {
        if (key == null || db == null || unlockedRoot != null) {
            return;
        }
        // an open dialog (a trip form, a note) shows personal data too: it closes as if cancelled
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
        Scene scene = stage.getScene();
        unlockedRoot = scene.getRoot();
        org.relocationplanner.ui.common.MessageGate.close(); // results of background work wait for the unlock
        LockView[] view = new LockView[1];
        view[0] = new LockView(i18n, false, password -> {
            DatabaseKey k = key;
            // no key any more (the password was just removed): nothing to check against
            config.executor().run(() -> k == null || k.matches(password), ok -> {
                java.util.Arrays.fill(password, '\0');
                if (ok) {
                    scene.setRoot(unlockedRoot);
                    unlockedRoot = null;
                    lastInput = config.clock().millis();
                    org.relocationplanner.ui.common.MessageGate.open(); // what finished meanwhile shows now
                } else {
                    view[0].wrongPassword(i18n.tr("lock.wrong"));
                }
            }, e -> view[0].wrongPassword(i18n.tr("lock.wrong")));
        }, null);
        scene.setRoot(view[0]);
        LOG.info("Locked");
    }

    private Snapshot read() {
        return read(db, config.clock(), folder);
    }

    private static Snapshot read(Database db, Clock clock, DataFolder folder) {
        DestinationRepository destinations = new DestinationRepository(db);
        SettingsRepository settings = new SettingsRepository(db);
        AnnotationRepository annotations = new AnnotationRepository(db, clock);
        RecordRepository records = new RecordRepository(db);
        UserDataStore store = new UserDataStore(settings, annotations, records, folder);
        List<Trip> trips = records.trips();
        Documents documents = records.documents();
        DestinationRepository.Installed installed = destinations.installed();
        return new Snapshot(destinations.installedDataset().orElseThrow(), installed.destinations(), installed.rules(),
                annotations.all(), store.weights(), store.picked(),
                store.passport(), store.currentCountry(), trips, documents,
                store.plan().orElse(null), store.preferManualRates(),
                number(settings, AUTO_LOCK, DEFAULT_AUTO_LOCK),
                number(settings, KEEP_BACKUPS, DEFAULT_KEEP_BACKUPS), store.warnings(),
                store.otherPassports(), store.incomeCurrency(), setUp(settings, trips, documents));
    }

    private static int number(SettingsRepository settings, String name, int fallback) {
        try {
            return settings.get(name).map(Integer::parseInt).filter(n -> n >= 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private UserDataStore store() {
        return new UserDataStore(new SettingsRepository(db), new AnnotationRepository(db, config.clock()),
                new RecordRepository(db), folder);
    }

    private void startFailed(Exception e) {
        if (e instanceof DatabaseProblem p) {
            LOG.warn("Database problem ({}) with {}: {}", p.kind(), p.file(), p.getMessage());
            switch (p.kind()) {
                case LOCKED:
                    if (config.startupDialogs().databaseLocked(p) == StartupDialogs.LockedChoice.SWITCH_TO_OTHER) {
                        try {
                            FocusSignal.request(folder.dir());
                        } catch (IOException io) {
                            LOG.warn("Could not ask the other copy to come forward: {}", io.getMessage());
                        }
                    }
                    quit();
                    return;
                case CORRUPT:
                case NEWER_VERSION:
                    if (config.startupDialogs().offerFreshDatabase(p)) {
                        try {
                            folder.startFresh(config.clock());
                        } catch (IOException io) {
                            config.startupDialogs().cannotStart(i18n.tr("startup.cannot_write", folder.dir(),
                                    io.getMessage()));
                            quit();
                            return;
                        }
                        openDatabase();
                    } else {
                        quit();
                    }
                    return;
                default:
                    config.startupDialogs().cannotStart(i18n.tr("startup.unavailable", p.file()));
                    quit();
                    return;
            }
        }
        LOG.error("Start-up failed", e);
        config.startupDialogs().cannotStart(i18n.tr("startup.failed"));
        quit();
    }

    static final String SETUP_DONE = "profile.setup_done";

    /** Whether the user is past the first start: the assistant finished, or data of theirs is already there. */
    private static boolean setUp(SettingsRepository settings, List<Trip> trips, Documents documents) {
        return settings.get(SETUP_DONE).isPresent() || settings.get(UserDataStore.COUNTRY).isPresent()
                || !trips.isEmpty() || !documents.all().isEmpty();
    }

    /** The first-start assistant, in the current language; {@code earlier}'s answers carry over. */
    private void showFirstRun(Snapshot s, org.relocationplanner.ui.firstrun.FirstRunViewModel earlier) {
        org.relocationplanner.ui.firstrun.FirstRunViewModel vm = new org.relocationplanner.ui.firstrun
                .FirstRunViewModel(i18n.locale(), s.destinations(), locale -> {
                    config.preferences().setLanguage(locale);
                    i18n = new I18n(locale);
                    stage.setTitle(i18n.tr("app.name"));
                    Platform.runLater(() -> showFirstRun(s, firstRun));
                }, this::finishFirstRun);
        if (earlier != null) {
            vm.takeOver(earlier);
        }
        firstRun = vm;
        stage.getScene().setRoot(new org.relocationplanner.ui.firstrun.FirstRunView(vm, i18n));
        StartupTiming.reportReady();
    }

    private org.relocationplanner.ui.firstrun.FirstRunViewModel firstRun;
    private boolean showHint;

    /** The password of the first start could not be set; nothing of the answers was kept. */
    private static final class PasswordNotSet extends Exception {
        PasswordNotSet(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Sets the password first, while the database holds nothing of the user's, then keeps the answers (in the
     * encrypted file when there is a password), and opens the Timeline with a hint. If the password cannot be
     * set, nothing is kept and the assistant stays on its last step.
     */
    private void finishFirstRun(org.relocationplanner.ui.firstrun.FirstRunViewModel.Answers a) {
        org.relocationplanner.ui.firstrun.FirstRunViewModel vm = firstRun;
        config.executor().run(() -> {
            if (a.password() != null) {
                try {
                    new Safety().changePassword(null, a.password());
                } catch (Exception e) {
                    throw new PasswordNotSet(e);
                }
            }
            UserDataStore store = store();
            store.savePassport(a.passport());
            store.saveOtherPassports(a.otherPassports());
            store.saveCurrentCountry(a.country());
            store.saveIncomeCurrency(a.incomeCurrency());
            SettingsRepository settings = new SettingsRepository(db);
            settings.put(PASSWORD_OFFERED, "true");
            settings.put(SETUP_DONE, "true");
            return true;
        }, done -> {
            firstRun = null;
            currentScreen = Screen.TIMELINE;
            config.preferences().setLastScreen(Screen.TIMELINE.name());
            showHint = true;
            rebuild();
        }, e -> {
            if (a.password() != null) {
                java.util.Arrays.fill(a.password(), '\0');
            }
            if (e instanceof PasswordNotSet) {
                LOG.warn("The first-start password could not be set: {}", e.getMessage());
                if (vm != null) {
                    vm.finishFailed("firstrun.password.failed");
                }
                return;
            }
            LOG.error("The first-start answers could not be saved", e);
            new FxDialogService(() -> stage, () -> i18n).showError(i18n.tr("error.save.title"),
                    i18n.tr("error.save.text"));
            rebuild();
        });
    }

    private void showScreens(Snapshot s) {
        StartupTiming.mark("data-read");
        if (config.firstRunAssistant() && !s.setUp()) {
            showFirstRun(s, firstRun);
            return;
        }
        if (focus == null) {
            try {
                focus = FocusSignal.watch(folder.dir(), () -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                }));
            } catch (IOException e) {
                LOG.warn("Cannot watch for focus requests: {}", e.getMessage());
            }
        }
        FxDialogService dialogs = new FxDialogService(() -> stage, () -> i18n);
        UserDataStore store = store();
        CompareViewModel compare = new CompareViewModel(s.destinations(), s.annotations(), s.weights(), s.picked(),
                s.passport(), config.clock(), store, config.executor(), dialogs, i18n);
        javafx.beans.property.ObjectProperty<org.relocationplanner.domain.Deadline.Warnings> warnings =
                new javafx.beans.property.SimpleObjectProperty<>(s.warnings());
        SettingsViewModel settings = new SettingsViewModel(i18n.locale(), s.passport(), s.currentCountry(),
                s.destinations(), folder.dir(), db.file(), store, config.executor(), dialogs, i18n,
                this::switchLanguage, files(), this::rebuild, new SettingsViewModel.Options(theme, this::chooseTheme,
                warnings, s.otherPassports(), folder.given(), this::moveFolder));
        TimelineViewModel timeline = new TimelineViewModel(s.trips(), s.documents(), s.passport(),
                s.rules(), config.clock(), store, config.executor(),
                new RecordForms(() -> stage, () -> i18n, files()), i18n);
        timeline.setWarnings(s.warnings());
        warnings.addListener((o, a, b) -> timeline.setWarnings(b));
        main = new MainViewModel(currentScreen, s.dataset(), s.destinations(), settings, i18n,
                config.clock());
        if (showHint) {
            showHint = false;
            main.hintProperty().set(i18n.tr("hint.first"));
        }
        main.bindDeadline(timeline.mostUrgentProperty(), timeline.mostUrgentLevelProperty());
        if (!noticeShown) {
            noticeShown = true;
            offerPassword();
            List<String> urgent = timeline.urgent().stream().map(d -> timeline.describe(d, true)).toList();
            main.notice(urgent);
        }
        main.screenProperty().addListener((o, a, b) -> {
            currentScreen = b;
            config.preferences().setLastScreen(b.name());
        });
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);

        SafetyViewModel safety = new SafetyViewModel(new Safety(), config.executor(), dialogs, i18n, files(),
                config.clock(), this::rebuild);
        main.encrypted(key != null);
        screens.put(Screen.SETTINGS, () -> new SettingsView(settings, safety, i18n));
        screens.put(Screen.TIMELINE, () -> new TimelineView(timeline,
                () -> settings.currentCountryProperty().get()));
        RatesState ratesState = new RatesState(store, config.executor(), s.preferManualRates());
        BudgetForms budgetForms = new BudgetForms(() -> stage, () -> i18n, files());
        PlanJson.Document saved = savedPlan(s);
        BudgetViewModel budget = new BudgetViewModel(saved == null ? emptyPlan(s) : saved.plan(), ratesState, store,
                config.executor(), budgetForms,
                i18n, config.clock(), s.destinations(), () -> settings.currentCountryProperty().get(),
                saved == null ? null : saved.scenario());
        budget.setIncomeCurrency(s.incomeCurrency());
        RatesViewModel rates = new RatesViewModel(ratesState, config.clock(), i18n, budgetForms,
                List.of(budget.planProperty().get().hostCurrency(), "USD"), () -> budget.planProperty().get()
                .currencies());
        budget.planProperty().addListener((o, a, b) -> rates.refreshMissing());
        main.bindRates(javafx.beans.binding.Bindings.createStringBinding(() -> {
            org.relocationplanner.domain.RateHistory h = ratesState.historyProperty().get();
            if (h == null) {
                return i18n.tr(ratesState.loadingProperty().get() ? "rates.loading" : "status.rates.unread");
            }
            return h.newest().map(newest -> i18n.tr("status.rates.newest", i18n.date(newest)))
                    .orElse(i18n.tr("status.rates.none"));
        }, ratesState.historyProperty(), ratesState.loadingProperty()));
        screens.put(Screen.BUDGET, () -> new BudgetView(budget));
        screens.put(Screen.COMPARE, () -> new CompareView(compare, i18n, () -> {
            budget.showTabProperty().set(2);
            main.screenProperty().set(Screen.BUDGET);
        }));
        screens.put(Screen.RATES, () -> new RatesView(rates));
        stage.setTitle(i18n.tr("app.name"));
        CompareViewModel compareVm = compare;
        Map<org.relocationplanner.ui.shell.AppMenu.Action, Runnable> actions = new EnumMap<>(
                org.relocationplanner.ui.shell.AppMenu.Action.class);
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.IMPORT_TRIPS, on(Screen.TIMELINE, timeline::importTrips));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.EXPORT_TRIPS, on(Screen.TIMELINE, timeline::exportTrips));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.EXPORT_CALENDAR,
                on(Screen.TIMELINE, timeline::exportCalendar));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.IMPORT_RATES, on(Screen.RATES, rates::importRates));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.BACKUP, on(Screen.SETTINGS, safety::backupNow));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.LOCK, this::lock);
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.QUIT, () -> {
            stage.hide();
            quit();
        });
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.UNDO, unlocked(() -> {
            if (main.screenProperty().get() == Screen.TIMELINE) {
                timeline.undo();
            } else if (main.screenProperty().get() == Screen.COMPARE) {
                compareVm.undo();
            }
        }));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.NEW_TRIP, on(Screen.TIMELINE, timeline::addTrip));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_PASSPORT, on(Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.Passport.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_VISA, on(Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.Visa.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_PERMIT, on(Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.ResidencePermit.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_INCOME, on(Screen.BUDGET, budget::addIncome));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_EXPENSE, on(Screen.BUDGET, budget::addExpense));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_OWN_RATE, on(Screen.RATES, rates::addOwnRate));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.SWITCH_THEME, unlocked(() -> {
            org.relocationplanner.ui.common.Theme next = org.relocationplanner.ui.common.Theme.darkInUse().get()
                    ? org.relocationplanner.ui.common.Theme.LIGHT : org.relocationplanner.ui.common.Theme.DARK;
            settings.themeProperty().set(next);
        }));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.GUIDE, unlocked(() -> org.relocationplanner.ui.shell
                .HelpDialogs.guide(stage, i18n, main.screenProperty().get()).show()));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.SHORTCUTS, unlocked(() -> org.relocationplanner.ui
                .shell.HelpDialogs.shortcuts(stage, i18n).show()));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ABOUT, unlocked(() -> {
            org.relocationplanner.domain.RateHistory h = ratesState.historyProperty().get();
            String newest = h == null ? null : h.newest().map(i18n::date).orElse(null);
            org.relocationplanner.ui.shell.HelpDialogs.about(stage, i18n, new org.relocationplanner.ui.shell
                    .HelpDialogs.AboutInfo(Launcher.class.getPackage().getImplementationVersion(), s.dataset().version(), s.dataset().released(),
                    newest, folder.dir())).show();
        }));
        MainView view = new MainView(main, i18n, screens,
                org.relocationplanner.ui.shell.AppMenu.build(i18n, main, actions));
        StartupTiming.mark("views-built");
        if (unlockedRoot != null) {
            unlockedRoot = view; // locked meanwhile: the new screens wait behind the lock
        } else {
            stage.getScene().setRoot(view);
        }
        StartupTiming.reportReady(java.util.Arrays.stream(Screen.values())
                .map(screen -> (Runnable) () -> main.screenProperty().set(screen)).toList());
    }

    /** An action that does nothing while the window is locked. */
    private Runnable unlocked(Runnable action) {
        return () -> {
            if (unlockedRoot == null && db != null && !moving) {
                action.run();
            }
        };
    }

    /** An action of one screen: the window goes to that screen first. */
    private Runnable on(Screen screen, Runnable action) {
        return unlocked(() -> {
            main.screenProperty().set(screen);
            action.run();
        });
    }

    /** The look chosen in Settings (or the menu): kept for this machine and applied to every window at once. */
    private void chooseTheme(org.relocationplanner.ui.common.Theme chosen) {
        theme = chosen;
        config.preferences().setTheme(chosen);
        if (chosen == org.relocationplanner.ui.common.Theme.SYSTEM && !askSystemTheme().isDone()) {
            systemDark.thenRun(() -> Platform.runLater(() -> applyTheme(theme)));
        } else {
            applyTheme(chosen);
        }
    }

    /** True while the data folder moves: the window takes no input and the menu's actions do nothing. */
    private volatile boolean moving;

    /**
     * Moves the data folder (on the background thread). The window takes no input meanwhile (its screens hold the
     * database being moved); afterwards, moved or not, the screens are built again on the database in use.
     */
    private List<Path> moveFolder(Path target) throws Exception {
        moving = true;
        Platform.runLater(() -> stage.getScene().getRoot().setDisable(true));
        if (focus != null) {
            focus.close();
            focus = null;
        }
        try {
            DataSafety.Moved moved = new DataSafety(folder, config.clock()).moveTo(target, db, key,
                    dir -> config.preferences().setDataFolder(dir));
            db = moved.db();
            folder = moved.folder();
            return moved.leftBehind();
        } catch (DataSafety.MoveFailed e) {
            db = e.reopened;
            throw e;
        } finally {
            moving = false;
            Platform.runLater(() -> {
                if (db == null) {
                    startFailed(new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE, folder.databaseBase(),
                            "the database could not be opened again after a failed move", null));
                } else {
                    rebuild();
                }
            });
        }
    }

    private org.relocationplanner.ui.common.FilePicker files() {
        return config.files() != null ? config.files() : org.relocationplanner.ui.common.FilePicker.system(() -> stage);
    }

    /** The saved budget plan and the scenario it was last counted under; null when there is none or it is unreadable. */
    private static PlanJson.Document savedPlan(Snapshot s) {
        if (s.plan() == null) {
            return null;
        }
        try {
            return PlanJson.read(s.plan());
        } catch (PlanJson.PlanFormatException e) {
            LOG.warn("The saved budget plan cannot be read ({}); starting an empty one", e.getMessage());
            return null;
        }
    }

    /** An empty plan in the currency of the country the user is in. */
    private BudgetPlan emptyPlan(Snapshot s) {
        String currency = s.destinations().stream().filter(d -> d.code().equals(s.currentCountry()))
                .map(Destination::currency).findFirst().orElse("GEL");
        return BudgetViewModel.empty(currency, config.clock());
    }

    static final String PASSWORD_OFFERED = "safety.password_offered";

    /** Offers once (on the first start) to protect the data with a password; remembered as soon as it shows. */
    private void offerPassword() {
        if (key != null) {
            return;
        }
        SettingsRepository settings = new SettingsRepository(db);
        if (settings.get(PASSWORD_OFFERED).isEmpty()) {
            main.offerPasswordProperty().set(true);
            config.executor().run(() -> settings.put(PASSWORD_OFFERED, "true"), e -> LOG.warn(
                    "Could not note that the password was offered: {}", e.getMessage()));
        }
    }

    /** Reads the data again and builds every screen on it (after an update, a restore, a new password). */
    private void rebuild() {
        config.executor().run(this::read, this::showScreens, this::startFailed);
    }

    /** Rebuilds every screen in the new language; the user's data is read again, nothing is lost. */
    private void switchLanguage(Locale locale) {
        config.preferences().setLanguage(locale);
        i18n = new I18n(locale);
        config.executor().run(this::read, this::showScreens, this::startFailed);
    }

    /** The Settings screen's data safety, over the database in use. Runs on the background thread. */
    private final class Safety implements SafetyService {

        private DataSafety safety() {
            return new DataSafety(folder, config.clock());
        }

        @Override
        public boolean isProtected() {
            return key != null;
        }

        @Override
        public List<Path> changePassword(char[] current, char[] next) throws Exception {
            try {
                if (key != null && (current == null || !key.matches(current))) {
                    throw new WrongPassword();
                }
                DatabaseKey newKey = next == null ? null : DatabaseKey.create(next);
                DataSafety.Converted converted;
                try {
                    converted = safety().convert(db, key, newKey, current);
                } catch (DataSafety.ConversionFailed e) {
                    db = e.reopened;
                    throw e;
                }
                db = converted.db();
                key = newKey;
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
            Planner.this.lock();
        }

        @Override
        public int autoLockMinutes() {
            return autoLockMinutes;
        }

        @Override
        public void saveAutoLockMinutes(int minutes) {
            new SettingsRepository(db).put(AUTO_LOCK, Integer.toString(minutes));
            autoLockMinutes = minutes;
        }

        @Override
        public int keepBackups() {
            return keepBackups;
        }

        @Override
        public void saveKeepBackups(int count) {
            new SettingsRepository(db).put(KEEP_BACKUPS, Integer.toString(count));
            keepBackups = count;
        }

        @Override
        public Path backupFolder() {
            return folder.backups();
        }

        @Override
        public void writeBackup(Path file) throws Exception {
            AtomicFile.write(file, safety().backup(db, key));
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
            db = safety().restore(db, key, contents);
            autoLockMinutes = number(new SettingsRepository(db), AUTO_LOCK, DEFAULT_AUTO_LOCK);
            keepBackups = number(new SettingsRepository(db), KEEP_BACKUPS, DEFAULT_KEEP_BACKUPS);
        }

        @Override
        public void wipeEverything() throws Exception {
            Database old = db;
            DatabaseKey oldKey = key;
            db = null;
            key = null;
            if (old != null) {
                old.close();
            }
            if (focus != null) {
                focus.close();
                focus = null;
            }
            try {
                safety().wipeEverything();
            } finally {
                // whatever happened, the app goes on with a database (a new, empty one when the wipe went through)
                DatabaseKey k = DatabaseKey.isProtected(folder.databaseBase()) ? oldKey : null;
                opened(openAndRead(folder, config.clock(), k), k);
            }
        }
    }

    private void quit() {
        stop();
        config.quit().run();
    }

    /** Closes the database; safe to call more than once. */
    public void stop() {
        if (!stopped) {
            saveBounds();
        }
        org.relocationplanner.ui.common.MessageGate.reset();
        stopped = true;
        if (idleCheck != null) {
            idleCheck.stop();
        }
        if (focus != null) {
            focus.close();
            focus = null;
        }
        if (db != null) {
            try {
                Path written = new DataSafety(folder, config.clock()).autoBackup(db, key, keepBackups);
                if (written != null) {
                    LOG.info("Automatic backup: {}", written);
                }
            } catch (Exception e) {
                LOG.warn("The automatic backup could not be written: {}", e.getMessage());
            }
            db.close();
            db = null;
        }
    }

    /** For the README's "where is my data": the database file in use. */
    public boolean hasDatabase() {
        return db != null && Files.exists(db.file());
    }
}
