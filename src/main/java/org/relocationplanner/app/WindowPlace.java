package org.relocationplanner.app;

import javafx.stage.Stage;
import org.relocationplanner.ui.common.UiPreferences;

/** Where the window was and how big: kept for this machine, restored when that place is still on a screen. */
final class WindowPlace {

    private WindowPlace() {
    }

    /** The window where it was last, when that place is still on a screen; else centred at its default size. */
    static void restore(Stage stage, UiPreferences preferences) {
        preferences.window().ifPresent(b -> {
            if (!javafx.stage.Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty()) {
                stage.setX(b.x());
                stage.setY(b.y());
                stage.setWidth(Math.max(b.width(), stage.getMinWidth()));
                stage.setHeight(Math.max(b.height(), stage.getMinHeight()));
            }
            stage.setMaximized(b.maximized());
        });
    }

    /** Keeps the window's place; a maximised window keeps the place it had before. */
    static void save(Stage stage, UiPreferences preferences) {
        if (stage == null || stage.getWidth() <= 0 || Double.isNaN(stage.getX())) {
            return;
        }
        if (stage.isMaximized()) {
            preferences.window().ifPresentOrElse(b -> preferences.setWindow(new UiPreferences.WindowBounds(b.x(),
                            b.y(), b.width(), b.height(), true)),
                    () -> preferences.setWindow(new UiPreferences.WindowBounds(stage.getX(), stage.getY(),
                            stage.getWidth(), stage.getHeight(), true)));
        } else {
            preferences.setWindow(new UiPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
    }
}
