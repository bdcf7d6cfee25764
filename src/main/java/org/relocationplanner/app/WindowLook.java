package org.relocationplanner.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.relocationplanner.ui.common.Theme;
import org.relocationplanner.ui.common.UiPreferences;

/** The window's light or dark look: as chosen on this machine, "as the system" asked on a thread of its own. */
final class WindowLook {

    private final UiPreferences preferences;
    private Theme theme;
    /** Whether the system prefers dark (null inside: not known); null until asked. */
    private CompletableFuture<Boolean> systemDark;

    WindowLook(UiPreferences preferences) {
        this.preferences = preferences;
        this.theme = preferences.theme();
        if (theme == Theme.SYSTEM) {
            askSystem(); // asked at once, beside the start, and known by the first frame
        }
    }

    Theme theme() {
        return theme;
    }

    /** Asked again only when the last answer was "not known". */
    private CompletableFuture<Boolean> askSystem() {
        if (systemDark == null || systemDark.isDone() && systemDark.getNow(null) == null) {
            systemDark = CompletableFuture.supplyAsync(() -> SystemTheme.prefersDark().orElse(null), r -> {
                Thread t = new Thread(r, "system-theme");
                t.setDaemon(true);
                t.start();
            });
        }
        return systemDark;
    }

    /** Light or dark as chosen; "as the system" waits at most a moment for the system's answer. */
    void apply(Theme chosen) {
        theme = chosen;
        Boolean dark = null;
        if (systemDark != null) {
            try {
                dark = systemDark.get(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                dark = null;
            }
        }
        Theme.apply(chosen.isDark(dark));
    }

    /** The look chosen in Settings (or the menu): kept for this machine and applied to every window at once. */
    void choose(Theme chosen) {
        theme = chosen;
        preferences.setTheme(chosen);
        if (chosen == Theme.SYSTEM && !askSystem().isDone()) {
            systemDark.thenRun(() -> Platform.runLater(() -> apply(theme)));
        } else {
            apply(chosen);
        }
    }
}
