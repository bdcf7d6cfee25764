package org.relocationplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.service.DataSafety;
import org.relocationplanner.service.Session;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.shell.LockView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's life: it shows at once, the database opens in the background (asking for the password first when
 * it has one) and the screens appear when it is ready; database trouble becomes a question to the user, never a
 * stack trace. The pieces are wired by constructors: {@link DataSession} (the data in use), {@link Screens} (the
 * screens and the menu), {@link IdleLock}, {@link SafetyActions}, {@link FirstRunFlow}, {@link WindowLook} and
 * {@link WindowPlace}.
 */
public final class Planner implements Screens.Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);
    public static final String STYLESHEET = "/org/relocationplanner/ui/app.css";

    private final AppConfig config;
    private final DataSession session;
    private final WindowLook look;
    private Stage stage;
    private I18n i18n;
    private IdleLock lock;
    private SafetyActions safety;
    private Screens screens;
    private FirstRunFlow firstRun;
    private FocusSignal focus;
    /** True while the data folder moves: the window takes no input and the menu's actions do nothing. */
    private volatile boolean moving;

    public Planner(AppConfig config) {
        this.config = config;
        this.session = new DataSession(config.folder(), config.clock());
        this.look = new WindowLook(config.preferences());
    }

    public void start(Stage stage) {
        this.stage = stage;
        this.i18n = new I18n(config.preferences().language().orElse(config.systemLocale()));
        this.lock = new IdleLock(stage, session, config.executor(), this::i18n, this::closeAndQuit);
        this.safety = new SafetyActions(session, this::lock, this::stopWatchingFocus);
        this.screens = new Screens(config, session, look, this, safety);
        this.firstRun = new FirstRunFlow(config, session, safety, stage, this::i18n, this::chooseLanguage, kept -> {
            if (kept) {
                screens.afterFirstRun();
            }
            rebuild();
        });
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
        VBox box = new VBox(12, new Label(i18n.tr("startup.loading")));
        box.setId("loading");
        box.setAlignment(Pos.CENTER);
        Scene scene = new Scene(box, Math.min(1360, screen.getWidth()), Math.min(840, screen.getHeight()));
        stage.setScene(scene);
        WindowPlace.restore(stage, config.preferences());
        lock.watch(scene);
        stage.show();
        StartupTiming.reportFirstFrame();
        // The first frame is a plain line of text. The theme, the spinner and the database work (all of which
        // compete for the machine's two cores) begin once it is drawn: the window appears as fast as JavaFX can.
        config.executor().afterFirstFrame(() -> {
            SoftwareDrawing.afterFirstFrame(config.clock(), Platform.isSupported(javafx.application.ConditionalFeature
                    .SCENE3D));
            look.apply(look.theme());
            scene.getStylesheets().add(Planner.class.getResource(STYLESHEET).toExternalForm());
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(48, 48);
            box.getChildren().add(0, progress);
            openDatabase();
        });
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    private void openDatabase() {
        if (session.key() == null && DatabaseKey.isProtected(session.folder().databaseBase())) {
            askPasswordToOpen();
            return;
        }
        DatabaseKey k = session.key();
        config.executor().run(() -> session.open(k), opened -> showScreens(opened.snapshot()), e -> {
            if (!session.stopped()) {
                startFailed(e);
            }
        });
    }

    /** A protected database: the window asks for the password before anything personal is read. */
    private void askPasswordToOpen() {
        LockView[] view = new LockView[1];
        view[0] = new LockView(i18n, true, password -> config.executor().run(() -> {
            Path base = session.folder().databaseBase();
            DatabaseKey k;
            try {
                k = DatabaseKey.forDatabase(base, password);
            } catch (IOException e) {
                throw new DatabaseProblem(DatabaseProblem.Kind.CORRUPT, DatabaseKey.parametersFile(base),
                        e.getMessage(), e);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return session.open(k);
        }, opened -> showScreens(opened.snapshot()), e -> {
            if (e instanceof DatabaseProblem p && p.kind() == DatabaseProblem.Kind.WRONG_PASSWORD) {
                view[0].wrongPassword(i18n.tr("lock.wrong"));
            } else if (!session.stopped()) {
                startFailed(e);
            }
        }), this::startFresh);
        view[0].quitWith(this::closeAndQuit);
        stage.getScene().setRoot(view[0]);
        // the unlock benchmark types the password once the lock screen is drawn
        org.relocationplanner.ui.common.Pulses.after(2, () -> StartupTiming.mark("lock-shown"));
    }

    /** Puts the database aside and starts with a new one (the user's choice); false when that cannot be written. */
    private void startFresh() {
        try {
            session.folder().startFresh(config.clock());
        } catch (IOException io) {
            config.startupDialogs().cannotStart(i18n.tr("startup.cannot_write", session.folder().dir(),
                    io.getMessage()));
            quit();
            return;
        }
        openDatabase();
    }

    private void startFailed(Exception e) {
        new StartupProblems(config, session, this::i18n, this::startFresh, this::quit).handle(e);
    }

    /** Whether the screens were shown once: a failure after that keeps them, as a start-up failure does not. */
    private boolean screensShown;

    private void showScreens(Session.Snapshot s) {
        try {
            StartupTiming.mark("data-read");
            if (config.firstRunAssistant() && !s.setUp()) {
                firstRun.show(s);
                return;
            }
            watchFocus();
            stage.setTitle(i18n.tr("app.name"));
            javafx.scene.Parent view = screens.build(s);
            StartupTiming.mark("views-built");
            lock.show(view);
            screensShown = true;
            StartupTiming.reportReady(screens.showEach());
        } catch (RuntimeException e) {
            if (screensShown) {
                throw e; // a rebuild that failed: the screens shown stay
            }
            startFailed(e);
        }
    }

    /** A second start of the app brings this window to the front. */
    private void watchFocus() {
        if (focus == null) {
            try {
                focus = FocusSignal.watch(session.folder().dir(), () -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                }));
            } catch (IOException e) {
                LOG.warn("Cannot watch for focus requests: {}", e.getMessage());
            }
        }
    }

    private void stopWatchingFocus() {
        if (focus != null) {
            focus.close();
            focus = null;
        }
    }

    @Override
    public void lock() {
        lock.lock();
    }

    @Override
    public Runnable unlocked(Runnable action) {
        return () -> {
            if (!lock.locked() && session.isOpen() && !moving) {
                action.run();
            }
        };
    }

    /**
     * Moves the data folder (on the background thread). The window takes no input meanwhile (its screens hold the
     * database being moved); afterwards, moved or not, the screens are built again on the database in use.
     */
    @Override
    public List<Path> moveFolder(Path target) throws Exception {
        moving = true;
        Platform.runLater(() -> stage.getScene().getRoot().setDisable(true));
        stopWatchingFocus();
        try {
            DataSafety.Moved moved = session.safety().moveTo(target, session.db(), session.key(),
                    dir -> config.preferences().setDataFolder(dir));
            session.moved(moved.folder(), moved.db());
            return moved.leftBehind();
        } catch (DataSafety.MoveFailed e) {
            session.replaceDatabase(e.reopened);
            throw e;
        } finally {
            moving = false;
            Platform.runLater(() -> {
                if (!session.isOpen()) {
                    startFailed(new DatabaseProblem(DatabaseProblem.Kind.UNAVAILABLE,
                            session.folder().databaseBase(), "the database could not be opened again after a "
                            + "failed move", null));
                } else {
                    rebuild();
                }
            });
        }
    }

    /** Reads the data again and builds every screen on it (after an update, a restore, a new password). */
    @Override
    public void rebuild() {
        config.executor().run(session::read, this::showScreens, this::startFailed);
    }

    /** Rebuilds every screen in the new language; the user's data is read again, nothing is lost. */
    @Override
    public void switchLanguage(Locale locale) {
        chooseLanguage(locale);
        screens.carryStateOnce();
        rebuild();
    }

    private void chooseLanguage(Locale locale) {
        config.preferences().setLanguage(locale);
        i18n = new I18n(locale);
        stage.setTitle(i18n.tr("app.name"));
    }

    /** Quit as the menu's Quit does: the window goes, then the data closes and the app ends. */
    private void closeAndQuit() {
        stage.hide();
        quit();
    }

    @Override
    public void quit() {
        stop();
        config.quit().run();
    }

    /** Closes the database; safe to call more than once. */
    public void stop() {
        if (!session.stopped()) {
            WindowPlace.save(stage, config.preferences());
        }
        org.relocationplanner.ui.common.MessageGate.reset();
        if (lock != null) {
            lock.stop();
        }
        stopWatchingFocus();
        session.close(LOG);
    }

    /** For the README's "where is my data": whether the database file in use exists. */
    public boolean hasDatabase() {
        org.relocationplanner.data.Database db = session.db();
        return db != null && Files.exists(db.file());
    }
}
