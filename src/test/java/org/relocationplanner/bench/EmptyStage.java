package org.relocationplanner.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.relocationplanner.app.StartupTiming;

/** The baseline of the start-up benchmark: an empty JavaFX stage of the app's size, timed the same way. */
public final class EmptyStage extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1360, 840));
        stage.show();
        StartupTiming.reportFirstFrame();
        if ("screens".equals(System.getenv(StartupTiming.ENV))) {
            // the memory baseline: the same stage after as many pulses as the app's tour of its screens
            org.relocationplanner.ui.common.Pulses.after(100, () -> {
                System.out.println("BENCH memory of an empty stage: " + StartupTiming.memory());
                javafx.application.Platform.exit();
            });
        } else {
            org.relocationplanner.ui.common.Pulses.after(4, javafx.application.Platform::exit);
        }
    }

    /** Started through a class that is not an Application, as the app itself is on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(EmptyStage.class, args);
        }
    }
}
