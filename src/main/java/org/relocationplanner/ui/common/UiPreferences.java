package org.relocationplanner.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Preferences of this machine's window (language, theme, last screen, the window's place and size), kept in
 * java.util.prefs, not in the user's data.
 */
public final class UiPreferences {

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node(org.relocationplanner.service.DataFolder.PREFERENCES_NODE));
    }

    public Optional<Locale> language() {
        String tag = node.get("language", null);
        return tag == null ? Optional.empty() : Optional.of(I18n.supported(Locale.forLanguageTag(tag)));
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    public Optional<String> lastScreen() {
        return Optional.ofNullable(node.get("lastScreen", null));
    }

    public void setLastScreen(String screen) {
        node.put("lastScreen", screen);
    }

    /** The folder the data was moved to in Settings, if it was. */
    public Optional<java.nio.file.Path> dataFolder() {
        return org.relocationplanner.service.DataFolder.movedTo(node);
    }

    /**
     * Records where the data now is, written through at once: the next start must find it. When it cannot be
     * written, the earlier value is put back (so a later background write cannot point at a folder that was
     * given up) and the caller hears of it.
     */
    public void setDataFolder(java.nio.file.Path dir) {
        String before = node.get("dataFolder", null);
        node.put("dataFolder", dir.toAbsolutePath().toString());
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            if (before == null) {
                node.remove("dataFolder");
            } else {
                node.put("dataFolder", before);
            }
            throw new IllegalStateException("The system preferences cannot be written: " + e.getMessage(), e);
        }
    }

    public Theme theme() {
        return Theme.parse(node.get("theme", null));
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** The window's last place and size, when it was kept. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Optional<WindowBounds> window() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindow(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }
}
