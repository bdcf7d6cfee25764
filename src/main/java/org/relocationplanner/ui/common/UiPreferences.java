package org.relocationplanner.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/** Preferences of this machine's window (language, last screen), kept in java.util.prefs, not in the user's data. */
public final class UiPreferences {

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("org/relocationplanner/ui"));
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
}
