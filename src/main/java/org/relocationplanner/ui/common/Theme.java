package org.relocationplanner.ui.common;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The look: AtlantaFX's Primer in light or dark, or whichever the system uses. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    private static final ReadOnlyBooleanWrapper DARK_IN_USE = new ReadOnlyBooleanWrapper(false);

    public String messageKey() {
        return "theme." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this choice means dark, given what the system prefers (null: not known, light then). */
    public boolean isDark(Boolean systemDark) {
        return this == DARK || this == SYSTEM && Boolean.TRUE.equals(systemDark);
    }

    /** Sets the stylesheet of every window of the app. Call on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        DARK_IN_USE.set(dark);
    }

    /** Whether the dark stylesheet is in use: what draws its own colours (the timeline's chart) follows it. */
    public static ReadOnlyBooleanProperty darkInUse() {
        return DARK_IN_USE.getReadOnlyProperty();
    }

    public static Theme parse(String name) {
        try {
            return name == null ? SYSTEM : valueOf(name);
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }
}
