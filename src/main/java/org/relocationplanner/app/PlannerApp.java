package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.relocationplanner.ui.common.FxTaskExecutor;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.UiPreferences;

/** The JavaFX application: the real clock, preferences, background thread and dialogs. */
public final class PlannerApp extends Application {

    private Planner planner;
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        UiPreferences prefs = UiPreferences.forUser();
        DataFolder data = Launcher.windowFolder(getParameters().getRaw());
        StartupDialogs dialogs = new FxStartupDialogs(() -> stage,
                () -> new I18n(prefs.language().orElse(Locale.getDefault())));
        planner = new Planner(new AppConfig(data, Clock.systemDefaultZone(), prefs, Locale.getDefault(), executor,
                dialogs, Platform::exit, null, true));
        planner.start(stage);
    }

    @Override
    public void stop() {
        // saves still queued run to the end before the database closes
        if (executor != null) {
            executor.close();
        }
        if (planner != null) {
            planner.stop();
        }
    }
}
