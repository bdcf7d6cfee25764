package org.relocationplanner.app;

import java.io.IOException;
import java.nio.file.Files;
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
import org.relocationplanner.io.DatasetReader;
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
    private Stage stage;
    private volatile Database db;
    private FocusSignal focus;
    private I18n i18n;
    private Screen currentScreen;
    private volatile boolean stopped;
    private boolean noticeShown;

    /** What the screens are built from, read from the database off the FX thread. */
    record Snapshot(Dataset.Info dataset, List<Destination> destinations, List<UserAnnotation> annotations,
                    Weights weights, List<String> picked, String passport, String currentCountry,
                    List<Trip> trips, Documents documents, String plan, boolean preferManualRates) {
    }

    public Planner(AppConfig config) {
        this.config = config;
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
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Label loading = new Label(i18n.tr("startup.loading"));
        VBox box = new VBox(12, loading);
        box.setId("loading");
        box.setAlignment(Pos.CENTER);
        Scene scene = new Scene(box, Math.min(1360, screen.getWidth()), Math.min(840, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        StartupTiming.reportFirstFrame();
        // The first frame is a plain line of text. The theme, the spinner and the database work (all of which
        // compete for the machine's two cores) begin once it is drawn: the window appears as fast as JavaFX can.
        config.executor().afterFirstFrame(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            scene.getStylesheets().add(Planner.class.getResource(STYLESHEET).toExternalForm());
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(48, 48);
            box.getChildren().add(0, progress);
            openDatabase();
        });
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
    static Opened openAndRead(DataFolder folder, Clock clock) throws Exception {
        StartupTiming.mark("open-begin");
        Database opened = Database.open(folder.databaseBase());
        StartupTiming.mark("database-open");
        try {
            ShippedData.installIfNewer(new DestinationRepository(opened), new ShippedData.Shipped() {
                @Override
                public int version() throws Exception {
                    return DatasetReader.shippedVersion();
                }

                @Override
                public Dataset dataset() throws Exception {
                    return DatasetReader.readShipped();
                }
            });
            return new Opened(opened, read(opened, clock, folder));
        } catch (Exception e) {
            opened.close();
            throw e;
        }
    }

    private void openDatabase() {
        config.executor().run(() -> {
            Opened opened = openAndRead(config.folder(), config.clock());
            if (stopped) {
                opened.db().close(); // the window closed while the database was opening
                throw new IllegalStateException("stopped");
            }
            db = opened.db();
            return opened;
        }, opened -> {
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

    private Snapshot read() {
        return read(db, config.clock(), config.folder());
    }

    private static Snapshot read(Database db, Clock clock, DataFolder folder) {
        DestinationRepository destinations = new DestinationRepository(db);
        UserDataStore store = new UserDataStore(new SettingsRepository(db), new AnnotationRepository(db, clock),
                new RecordRepository(db), folder);
        RecordRepository records = new RecordRepository(db);
        return new Snapshot(destinations.installedDataset().orElseThrow(), destinations.destinations(),
                new AnnotationRepository(db, clock).all(), store.weights(), store.picked(),
                store.passport(), store.currentCountry(), records.trips(), records.documents(),
                store.plan().orElse(null), store.preferManualRates());
    }

    private UserDataStore store() {
        return new UserDataStore(new SettingsRepository(db), new AnnotationRepository(db, config.clock()),
                new RecordRepository(db), config.folder());
    }

    private void startFailed(Exception e) {
        if (e instanceof DatabaseProblem p) {
            LOG.warn("Database problem ({}) with {}: {}", p.kind(), p.file(), p.getMessage());
            switch (p.kind()) {
                case LOCKED:
                    if (config.startupDialogs().databaseLocked(p) == StartupDialogs.LockedChoice.SWITCH_TO_OTHER) {
                        try {
                            FocusSignal.request(config.folder().dir());
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
                            config.folder().startFresh(config.clock());
                        } catch (IOException io) {
                            config.startupDialogs().cannotStart(i18n.tr("startup.cannot_write", config.folder().dir(),
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

    private void showScreens(Snapshot s) {
        StartupTiming.mark("data-read");
        if (focus == null) {
            try {
                focus = FocusSignal.watch(config.folder().dir(), () -> Platform.runLater(() -> {
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
        SettingsViewModel settings = new SettingsViewModel(i18n.locale(), s.passport(), s.currentCountry(),
                s.destinations(), config.folder().dir(), db.file(), store, config.executor(), dialogs, i18n,
                this::switchLanguage, files(), () -> config.executor().run(this::read,
                this::showScreens, this::startFailed));
        TimelineViewModel timeline = new TimelineViewModel(s.trips(), s.documents(), s.passport(),
                RuleBook.of(s.destinations()), config.clock(), store, config.executor(),
                new RecordForms(() -> stage, () -> i18n, files()), i18n);
        MainViewModel main = new MainViewModel(currentScreen, s.dataset(), s.destinations(), settings, i18n,
                config.clock());
        main.bindDeadline(timeline.mostUrgentProperty(), timeline.mostUrgentLevelProperty());
        if (!noticeShown) {
            noticeShown = true;
            List<String> urgent = timeline.urgent().stream().map(d -> timeline.describe(d, true)).toList();
            main.notice(urgent);
        }
        main.screenProperty().addListener((o, a, b) -> {
            currentScreen = b;
            config.preferences().setLastScreen(b.name());
        });
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);

        screens.put(Screen.SETTINGS, () -> new SettingsView(settings, i18n));
        screens.put(Screen.TIMELINE, () -> new TimelineView(timeline,
                () -> settings.currentCountryProperty().get()));
        RatesState ratesState = new RatesState(store, config.executor(), s.preferManualRates());
        BudgetForms budgetForms = new BudgetForms(() -> stage, () -> i18n, files());
        PlanJson.Document saved = savedPlan(s);
        BudgetViewModel budget = new BudgetViewModel(saved == null ? emptyPlan(s) : saved.plan(), ratesState, store,
                config.executor(), budgetForms,
                i18n, config.clock(), s.destinations(), () -> settings.currentCountryProperty().get(),
                saved == null ? null : saved.scenario());
        RatesViewModel rates = new RatesViewModel(ratesState, config.clock(), i18n, budgetForms,
                List.of(budget.planProperty().get().hostCurrency(), "USD"));
        main.bindRates(javafx.beans.binding.Bindings.createStringBinding(() -> {
            org.relocationplanner.domain.RateHistory h = ratesState.historyProperty().get();
            if (h == null) {
                return i18n.tr(ratesState.loadingProperty().get() ? "rates.loading" : "status.rates.unread");
            }
            java.time.LocalDate newest = h.currencies().stream().map(c -> h.newest(c).orElseThrow())
                    .max(java.time.LocalDate::compareTo).orElse(null);
            return newest == null ? i18n.tr("status.rates.none") : i18n.tr("status.rates.newest", i18n.date(newest));
        }, ratesState.historyProperty(), ratesState.loadingProperty()));
        screens.put(Screen.BUDGET, () -> new BudgetView(budget));
        screens.put(Screen.COMPARE, () -> new CompareView(compare, i18n, () -> {
            budget.showTabProperty().set(2);
            main.screenProperty().set(Screen.BUDGET);
        }));
        screens.put(Screen.RATES, () -> new RatesView(rates));
        stage.setTitle(i18n.tr("app.name"));
        MainView view = new MainView(main, i18n, screens);
        StartupTiming.mark("views-built");
        stage.getScene().setRoot(view);
        StartupTiming.reportReady();
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

    /** Rebuilds every screen in the new language; the user's data is read again, nothing is lost. */
    private void switchLanguage(Locale locale) {
        config.preferences().setLanguage(locale);
        i18n = new I18n(locale);
        config.executor().run(this::read, this::showScreens, this::startFailed);
    }

    private void quit() {
        stop();
        config.quit().run();
    }

    /** Closes the database; safe to call more than once. */
    public void stop() {
        stopped = true;
        if (focus != null) {
            focus.close();
            focus = null;
        }
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** For the README's "where is my data": the database file in use. */
    public boolean hasDatabase() {
        return db != null && Files.exists(db.file());
    }
}
