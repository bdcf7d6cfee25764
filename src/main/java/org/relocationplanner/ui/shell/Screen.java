package org.relocationplanner.ui.shell;

import java.util.Locale;

/** The jobs of the sidebar, in its order. */
public enum Screen {
    COMPARE, TIMELINE, BUDGET, RATES, SETTINGS;

    public String messageKey() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }
}
