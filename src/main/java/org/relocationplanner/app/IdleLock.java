package org.relocationplanner.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.MessageGate;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.shell.LockView;

/**
 * The lock of a password-protected window: after the chosen idle minutes, or when asked, every personal screen
 * (the top bar too) hides behind the password field until the password is entered again.
 */
final class IdleLock {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IdleLock.class);

    private final Stage stage;
    private final DataSession session;
    private final TaskExecutor executor;
    private final Supplier<I18n> i18n;
    private final Runnable quit;
    /** While locked: the screens the lock hides; null when unlocked. */
    private Parent hidden;
    private volatile long lastInput;
    private javafx.animation.Timeline idleCheck;

    IdleLock(Stage stage, DataSession session, TaskExecutor executor, Supplier<I18n> i18n, Runnable quit) {
        this.stage = stage;
        this.quit = quit;
        this.session = session;
        this.executor = executor;
        this.i18n = i18n;
    }

    boolean locked() {
        return hidden != null;
    }

    /** Shows {@code screens}: at once, or behind the lock when the window is locked meanwhile. */
    void show(Parent screens) {
        if (hidden != null) {
            hidden = screens;
        } else {
            stage.getScene().setRoot(screens);
        }
    }

    private javafx.collections.ListChangeListener<javafx.stage.Window> windows;

    /** Locks the window when the data has a password and nothing was typed or clicked for the chosen minutes. */
    void watch(Scene scene) {
        lastInput = session.clock().millis();
        // input in any of the app's windows counts: typing into a long trip form is use, too
        javafx.event.EventHandler<javafx.scene.input.InputEvent> used = e -> lastInput = session.clock().millis();
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, used);
        windows = c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w != stage) {
                        w.addEventFilter(javafx.scene.input.InputEvent.ANY, used);
                    }
                }
            }
        };
        javafx.stage.Window.getWindows().addListener(windows);
        idleCheck = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1),
                e -> {
                    int minutes = session.autoLockMinutes();
                    if (session.key() != null && session.isOpen() && minutes > 0 && hidden == null
                            && session.clock().millis() - lastInput >= minutes * 60_000L) {
                        lock();
                    }
                }));
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
    }

    /** Hides every personal screen (the top bar too) until the password is entered again. */
    void lock() {
        if (session.key() == null || !session.isOpen() || hidden != null) {
            return;
        }
        // an open dialog (a trip form, a note) shows personal data too: it closes as if cancelled
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
        Scene scene = stage.getScene();
        hidden = scene.getRoot();
        MessageGate.close(); // results of background work wait for the unlock
        LockView[] view = new LockView[1];
        view[0] = new LockView(i18n.get(), false, password -> {
            DatabaseKey k = session.key();
            // no key any more (the password was just removed): nothing to check against
            executor.run(() -> k == null || k.matches(password), ok -> {
                java.util.Arrays.fill(password, '\0');
                if (ok) {
                    scene.setRoot(hidden);
                    hidden = null;
                    lastInput = session.clock().millis();
                    MessageGate.open(); // what finished meanwhile shows now
                } else {
                    view[0].wrongPassword(i18n.get().tr("lock.wrong"));
                }
            }, e -> view[0].wrongPassword(i18n.get().tr("lock.wrong")));
        }, null);
        view[0].quitWith(quit);
        scene.setRoot(view[0]);
        LOG.info("Locked");
    }

    void stop() {
        if (idleCheck != null) {
            idleCheck.stop();
        }
        if (windows != null) {
            // the list of windows is JavaFX's, for the life of the process: a listener left on it kept this lock,
            // and through it the whole app with its rate history, after the app stopped (a test fork ran out of
            // memory on ten of them)
            javafx.stage.Window.getWindows().removeListener(windows);
            windows = null;
        }
    }
}
