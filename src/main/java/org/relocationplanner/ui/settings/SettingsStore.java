package org.relocationplanner.ui.settings;

/** Where the user's profile settings are kept. Called off the FX thread. */
public interface SettingsStore {

    void savePassport(String passport);

    void saveCurrentCountry(String code);
}
