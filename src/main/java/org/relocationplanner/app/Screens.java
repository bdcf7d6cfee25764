package org.relocationplanner.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.service.Session;
import org.relocationplanner.service.UserData;
import org.relocationplanner.ui.budget.BudgetForms;
import org.relocationplanner.ui.budget.BudgetView;
import org.relocationplanner.ui.budget.BudgetViewModel;
import org.relocationplanner.ui.common.FxDialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.RatesState;
import org.relocationplanner.ui.compare.CompareView;
import org.relocationplanner.ui.compare.CompareViewModel;
import org.relocationplanner.ui.rates.RatesView;
import org.relocationplanner.ui.rates.RatesViewModel;
import org.relocationplanner.ui.settings.SafetyViewModel;
import org.relocationplanner.ui.settings.SettingsView;
import org.relocationplanner.ui.settings.SettingsViewModel;
import org.relocationplanner.ui.shell.MainView;
import org.relocationplanner.ui.shell.MainViewModel;
import org.relocationplanner.ui.shell.Screen;
import org.relocationplanner.ui.timeline.RecordForms;
import org.relocationplanner.ui.timeline.TimelineView;
import org.relocationplanner.ui.timeline.TimelineViewModel;

/**
 * Builds the screens, their ViewModels and the menu on the data as read, by constructors: what Compare, Timeline,
 * Budget, Rates and Settings share, and which menu action goes to which screen.
 */
final class Screens {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Screens.class);
    static final String PASSWORD_OFFERED = "safety.password_offered";

    /** What the screens ask of the window around them. */
    interface Shell {
        Stage stage();

        I18n i18n();

        void switchLanguage(Locale locale);

        void rebuild();

        List<Path> moveFolder(Path target) throws Exception;

        void lock();

        void quit();

        /** An action that does nothing while the window is locked or its data is moving. */
        Runnable unlocked(Runnable action);
    }

    private final AppConfig config;
    private final DataSession session;
    private final WindowLook look;
    private final Shell shell;
    private final SafetyActions safetyActions;
    private Screen current;
    private boolean showHint;
    /** Set for the one build after a language switch: the screens take over what they showed (issue 16). */
    private boolean carryState;
    private TimelineViewModel lastTimeline;
    private CompareViewModel lastCompare;
    private RatesViewModel lastRates;

    /** The next build is the same data in another language: each screen keeps its zoom, filters and undo. */
    void carryStateOnce() {
        carryState = true;
    }
    private boolean noticeShown;
    private MainViewModel shown;

    Screens(AppConfig config, DataSession session, WindowLook look, Shell shell, SafetyActions safetyActions) {
        this.config = config;
        this.session = session;
        this.look = look;
        this.shell = shell;
        this.safetyActions = safetyActions;
        // the benchmark of the first Budget open starts elsewhere, as a user who then opens Budget
        this.current = StartupTiming.budget() ? Screen.COMPARE
                : config.preferences().lastScreen().flatMap(Screens::screen).orElse(Screen.COMPARE);
    }

    private static java.util.Optional<Screen> screen(String name) {
        try {
            return java.util.Optional.of(Screen.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** After the first start: the Timeline, with a hint. */
    void afterFirstRun() {
        current = Screen.TIMELINE;
        config.preferences().setLastScreen(Screen.TIMELINE.name());
        showHint = true;
    }

    /** The screens and the menu, built on the data as read. */
    MainView build(Session.Snapshot s) {
        I18n i18n = shell.i18n();
        FxDialogService dialogs = new FxDialogService(shell::stage, shell::i18n);
        UserData store = session.store();
        CompareViewModel compare = new CompareViewModel(s.destinations(), s.annotations(), s.weights(), s.picked(),
                s.passport(), config.clock(), store, config.executor(), dialogs, i18n);
        // the other passports held that the data has rules for: Compare and the Timeline count with them
        List<String> otherPassports = s.otherPassports().stream().filter(p -> s.rules().knowsPassport(p)).toList();
        compare.usePassports(otherPassports, org.relocationplanner.domain.CountryFacts.RuleLookup.of(s.rules()));
        javafx.beans.property.ObjectProperty<org.relocationplanner.domain.Deadline.Warnings> warnings =
                new javafx.beans.property.SimpleObjectProperty<>(s.warnings());
        SettingsViewModel settings = new SettingsViewModel(i18n.locale(), s.passport(), s.currentCountry(),
                s.destinations(), session.folder().dir(), session.db().file(), store, config.executor(), dialogs, i18n,
                shell::switchLanguage, files(), shell::rebuild, new SettingsViewModel.Options(look.theme(), look::choose,
                warnings, s.otherPassports(), session.folder().given(), shell::moveFolder));
        settings.passports().setAll(s.rules().passports());
        TimelineViewModel timeline = new TimelineViewModel(s.trips(), s.documents(), s.passport(),
                s.rules(), config.clock(), store, config.executor(),
                new RecordForms(shell::stage, shell::i18n, files()), i18n);
        timeline.setWarnings(s.warnings());
        timeline.holdsAlso(otherPassports);
        // only the same data in another language: after a failed read, a fresh start or a restore, nothing is taken
        if (carryState && lastTimeline != null && lastTimeline.trips().equals(s.trips())) {
            timeline.carryFrom(lastTimeline);
        }
        lastTimeline = timeline;
        warnings.addListener((o, a, b) -> timeline.setWarnings(b));
        MainViewModel main = new MainViewModel(current, s.dataset(), s.destinations(), settings, i18n,
                config.clock());
        if (showHint) {
            showHint = false;
            if (timeline.trips().isEmpty()) {
                main.hintProperty().set(i18n.tr("hint.first"));
            }
        }
        // the hint asks for trips: it goes once there is one (issue 16: it stayed on every screen)
        String first = i18n.tr("hint.first");
        timeline.trips().addListener((javafx.collections.ListChangeListener<org.relocationplanner.domain.Trip>) c -> {
            if (!timeline.trips().isEmpty() && first.equals(main.hintProperty().get())) {
                main.hintProperty().set("");
            }
        });
        main.bindDeadline(timeline.mostUrgentProperty(), timeline.mostUrgentLevelProperty());
        if (!noticeShown) {
            noticeShown = true;
            offerPassword(main);
            // the most urgent deadline is in the top bar already: the notice tells only the others (issue 16: the
            // same overstay stood three times on one screen)
            String top = timeline.mostUrgentProperty().get();
            List<String> urgent = timeline.urgent().stream().map(d -> timeline.describe(d, true))
                    .filter(line -> !line.equals(top)).toList();
            main.notice(urgent);
            if (s.ratesSetAsideNow() > 0) {
                main.hintProperty().set(i18n.count("notice.rates_set_aside", s.ratesSetAsideNow()));
            }
        }
        main.screenProperty().addListener((o, a, b) -> {
            current = b;
            config.preferences().setLastScreen(b.name());
        });
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);

        SafetyViewModel safety = new SafetyViewModel(safetyActions, config.executor(), dialogs, i18n, files(),
                config.clock(), shell::rebuild);
        main.encrypted(session.key() != null);
        screens.put(Screen.SETTINGS, () -> new SettingsView(settings, safety, i18n));
        screens.put(Screen.TIMELINE, () -> new TimelineView(timeline,
                () -> settings.currentCountryProperty().get()));
        RatesState ratesState = new RatesState(store, config.executor(), s.preferManualRates());
        BudgetForms budgetForms = new BudgetForms(shell::stage, shell::i18n, files());
        PlanJson.Document saved = savedPlan(s);
        BudgetViewModel budget = new BudgetViewModel(saved == null ? emptyPlan(s) : saved.plan(), ratesState, store,
                config.executor(), budgetForms,
                i18n, config.clock(), s.destinations(), () -> settings.currentCountryProperty().get(),
                saved == null ? null : saved.scenario());
        if (StartupTiming.budget()) {
            // the benchmark of the first Budget open: the screen shown and its answer counted
            Runnable told = () -> {
                if (main.screenProperty().get() == Screen.BUDGET && budget.resultProperty().get() != null) {
                    StartupTiming.reportBudgetReady();
                }
            };
            main.screenProperty().addListener((o, a, b) -> told.run());
            budget.resultProperty().addListener((o, a, b) -> told.run());
        }
        budget.setIncomeCurrency(s.incomeCurrency());
        RatesViewModel rates = new RatesViewModel(ratesState, config.clock(), i18n, budgetForms,
                List.of(budget.planProperty().get().hostCurrency(), "USD"), () -> budget.planProperty().get()
                .currencies());
        budget.planProperty().addListener((o, a, b) -> rates.refreshMissing());
        if (carryState && lastRates != null) {
            rates.carryFrom(lastRates);
        }
        if (carryState && lastCompare != null) {
            compare.carryFrom(lastCompare);
        }
        lastRates = rates;
        lastCompare = compare;
        carryState = false;
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
        CompareViewModel compareVm = compare;
        Map<org.relocationplanner.ui.shell.AppMenu.Action, Runnable> actions = new EnumMap<>(
                org.relocationplanner.ui.shell.AppMenu.Action.class);
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.IMPORT_TRIPS, on(main, Screen.TIMELINE, timeline::importTrips));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.EXPORT_TRIPS, on(main, Screen.TIMELINE, timeline::exportTrips));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.EXPORT_CALENDAR,
                on(main, Screen.TIMELINE, timeline::exportCalendar));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.IMPORT_RATES, on(main, Screen.RATES, rates::importRates));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.BACKUP, on(main, Screen.SETTINGS, safety::backupNow));
        // Quit and lock close windows: they run after the key event that asked for them (Ctrl+Q, Ctrl+L), since
        // JavaFX 21's GTK glass still delivers that key's TYPED event to a window closed during its PRESSED event
        // and crashed the JVM (JDK-8301219, fixed in JavaFX 22)
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.LOCK, () -> javafx.application.Platform.runLater(
                shell::lock));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.QUIT, () -> javafx.application.Platform.runLater(
                () -> {
                    shell.stage().hide();
                    shell.quit();
                }));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.UNDO, shell.unlocked(() -> {
            if (main.screenProperty().get() == Screen.TIMELINE) {
                timeline.undo();
            } else if (main.screenProperty().get() == Screen.COMPARE) {
                compareVm.undo();
            }
        }));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.NEW_TRIP, on(main, Screen.TIMELINE, timeline::addTrip));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_PASSPORT, on(main, Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.Passport.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_VISA, on(main, Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.Visa.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_PERMIT, on(main, Screen.TIMELINE,
                () -> timeline.addDocument(org.relocationplanner.domain.ResidencePermit.class)));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_INCOME, on(main, Screen.BUDGET, budget::addIncome));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_EXPENSE, on(main, Screen.BUDGET, budget::addExpense));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ADD_OWN_RATE, on(main, Screen.RATES, rates::addOwnRate));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.SWITCH_THEME, shell.unlocked(() -> {
            org.relocationplanner.ui.common.Theme next = org.relocationplanner.ui.common.Theme.darkInUse().get()
                    ? org.relocationplanner.ui.common.Theme.LIGHT : org.relocationplanner.ui.common.Theme.DARK;
            settings.themeProperty().set(next);
        }));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.GUIDE, shell.unlocked(() -> org.relocationplanner.ui.shell
                .HelpDialogs.guide(shell.stage(), i18n, main.screenProperty().get()).show()));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.SHORTCUTS, shell.unlocked(() -> org.relocationplanner.ui
                .shell.HelpDialogs.shortcuts(shell.stage(), i18n).show()));
        actions.put(org.relocationplanner.ui.shell.AppMenu.Action.ABOUT, shell.unlocked(() -> {
            org.relocationplanner.domain.RateHistory h = ratesState.historyProperty().get();
            String newest = h == null ? null : h.newest().map(i18n::date).orElse(null);
            org.relocationplanner.ui.shell.HelpDialogs.about(shell.stage(), i18n, new org.relocationplanner.ui.shell
                    .HelpDialogs.AboutInfo(Launcher.class.getPackage().getImplementationVersion(),
                    s.dataset().version(), s.dataset().released(),
                    newest, session.folder().dir(), javafx.application.Platform.isSupported(javafx.application
                    .ConditionalFeature.SCENE3D), SoftwareDrawing.rememberedThisStart(config.clock()).orElse(null),
                    SoftwareDrawing.KEPT)).show();
        }));
        MainView view = new MainView(main, i18n, screens,
                org.relocationplanner.ui.shell.AppMenu.build(i18n, main, actions));
        // Issue 20: the rates are read (and the first time in a data folder the shipped ones stored) once the first
        // screen is drawn, not when Budget or Rates is first opened. Not sooner: read while the screens were built,
        // they took the one compiler thread and the collector from them, and the screens came 0.6 s later. A
        // failure here is told by Budget or Rates: the one open while it is read, or the next one opened.
        org.relocationplanner.ui.common.Pulses.after(3, () -> ratesState.load(e -> LOG.warn(
                "The rates could not be read at start: {}", e.getMessage())));
        shown = main;
        return view;
    }

    /** One action per screen that shows it (for the start-up timing). */
    List<Runnable> showEach() {
        MainViewModel main = shown;
        return java.util.Arrays.stream(Screen.values())
                .map(screen -> (Runnable) () -> main.screenProperty().set(screen)).toList();
    }

    /** An action of one screen: the window goes to that screen first. */
    private Runnable on(MainViewModel main, Screen screen, Runnable action) {
        return shell.unlocked(() -> {
            main.screenProperty().set(screen);
            action.run();
        });
    }

    private org.relocationplanner.ui.common.FilePicker files() {
        return config.files() != null ? config.files()
                : org.relocationplanner.ui.common.FilePicker.system(shell::stage);
    }

    /** The saved budget plan and the scenario it was last counted under; null when there is none or it is unreadable. */
    private static PlanJson.Document savedPlan(Session.Snapshot s) {
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
    private BudgetPlan emptyPlan(Session.Snapshot s) {
        String currency = s.destinations().stream().filter(d -> d.code().equals(s.currentCountry()))
                .map(Destination::currency).findFirst().orElse("GEL");
        return BudgetViewModel.empty(currency, config.clock());
    }

    /** Offers once (on the first start) to protect the data with a password; remembered as soon as it shows. */
    private void offerPassword(MainViewModel main) {
        if (session.key() != null) {
            return;
        }
        SettingsRepository settings = new SettingsRepository(session.db());
        if (settings.get(PASSWORD_OFFERED).isEmpty()) {
            main.offerPasswordProperty().set(true);
            config.executor().run(() -> settings.put(PASSWORD_OFFERED, "true"), e -> LOG.warn(
                    "Could not note that the password was offered: {}", e.getMessage()));
        }
    }
}
