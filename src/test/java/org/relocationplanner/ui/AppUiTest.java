package org.relocationplanner.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.app.Planner;
import org.relocationplanner.app.TestApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The whole app in a window for a UI test: a new data folder and preferences per test, the system language the
 * subclass names, and a restart that keeps the data folder, as a user closing and opening the app would.
 * A subclass declares {@code @Start void start(Stage s) { startApp(s); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppUiTest {

    @TempDir
    static Path dataDir;

    protected TestApp app;
    protected Planner planner;
    protected Stage stage;

    /** The language of the system the app starts on. */
    protected abstract Locale systemLocale();

    /** Call from the subclass's {@code @Start} method: TestFX does not look for inherited ones. */
    protected void startApp(Stage stage) {
        this.stage = stage;
        app = new TestApp(dataDir.resolve("run-" + System.nanoTime()));
        planner = new Planner(app.config(systemLocale()));
        planner.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> planner.stop());
        app.removePreferences();
    }

    protected void restart(FxRobot robot) {
        robot.interact(() -> {
            planner.stop();
            planner = new Planner(app.config(systemLocale()));
            planner.start(stage);
        });
    }
}
