package org.relocationplanner.service;

/** Where the user's profile settings are kept. Called off the FX thread. */
public interface SettingsStore {

    public void savePassport(String passport);

    public void saveCurrentCountry(String code);

    /** Citizenships besides the passport the rules are for (ISO codes), remembered for the user. */
    public void saveOtherPassports(java.util.List<String> codes);

    public void saveWarnings(org.relocationplanner.domain.Deadline.Warnings warnings);

    /** Database files in the data folder: the one open now and others kept (e.g. after a fresh start). */
    public java.util.List<java.nio.file.Path> otherDatabases();

    /** What a pack installed: a rate history ({@code rates}) or country data, and its version. */
    public record PackInstalled(boolean rates, int version) {
    }

    /**
     * Takes a maintainers' signed data pack (country data or a rate history): returns what it installed, or throws
     * {@link org.relocationplanner.io.DataPack.DataPackException} (refused) or {@link IllegalStateException} (not
     * newer than the installed one). Nothing changes unless it returns.
     */
    public PackInstalled importDataPack(java.nio.file.Path file) throws Exception;

    /** Opens that database from the next start on; the one open now stays as it is. */
    public void useFromNextStart(java.nio.file.Path database) throws java.io.IOException;
}
