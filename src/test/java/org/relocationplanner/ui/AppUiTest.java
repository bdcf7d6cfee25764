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

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    protected static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** Whether a new data folder starts with the first-start assistant; the screens' tests start past it. */
    protected boolean firstRun() {
        return false;
    }

    /** Call from the subclass's {@code @Start} method: TestFX does not look for inherited ones. */
    protected void startApp(Stage stage) {
        this.stage = stage;
        app = new TestApp(dataDir.resolve("run-" + System.nanoTime()));
        app.firstRun = firstRun();
        planner = new Planner(app.config(systemLocale()));
        planner.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> planner.stop());
        app.removePreferences();
    }

    /**
     * Clicks a control of a long screen (Settings) after scrolling it into sight, as a user would with the wheel.
     */
    protected void clickScrolled(FxRobot robot, String query) {
        clickScrolled(robot, robot.lookup(query).<javafx.scene.Node>query());
    }

    /** The same for a node found otherwise (the n-th of several). */
    protected void clickScrolled(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.geometry.Bounds inContent = sp.getContent().sceneToLocal(node.localToScene(
                            node.getBoundsInLocal()));
                    double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 20) / room)));
                    }
                    break;
                }
            }
        });
        robot.clickOn(node);
    }

    protected void restart(FxRobot robot) {
        robot.interact(() -> {
            planner.stop();
            planner = new Planner(app.config(systemLocale()));
            planner.start(stage);
        });
    }
}
