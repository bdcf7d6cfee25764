package org.relocationplanner.app;

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

    /** Set by the launcher before {@link Application#launch}: JavaFX creates this class itself. */
    static volatile DataFolder folder;

    private Planner planner;
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        UiPreferences prefs = UiPreferences.forUser();
        DataFolder data = folder != null ? folder : Launcher.defaultFolder(null);
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
