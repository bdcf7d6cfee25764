package org.relocationplanner.data;

import java.util.Optional;
import org.relocationplanner.domain.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the shipped data in the database up to the dataset this app ships, never downgrading it. */
public final class ShippedData {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedData.class);

    /** What happened to the shipped data at start-up. */
    public enum Outcome { INSTALLED, UPGRADED, ALREADY_CURRENT, NEWER_KEPT }

    private ShippedData() {
    }

    /** What the app ships, read only when it is needed. */
    public interface Shipped {
        int version() throws Exception;

        Dataset dataset() throws Exception;
    }

    /**
     * Installs the shipped dataset when the database has none or an older one; reads the whole dataset only then.
     */
    public static Outcome installIfNewer(DestinationRepository repository, Shipped shipped) throws Exception {
        Optional<Dataset.Info> installed = repository.installedDataset();
        if (installed.isPresent() && installed.get().version() >= shipped.version()) {
            return installed.get().version() == shipped.version() ? Outcome.ALREADY_CURRENT : Outcome.NEWER_KEPT;
        }
        return installIfNewer(repository, shipped.dataset());
    }

    public static Outcome installIfNewer(DestinationRepository repository, Dataset shipped) {
        Optional<Dataset.Info> installed = repository.installedDataset();
        if (installed.isEmpty()) {
            repository.replaceShipped(shipped);
            LOG.info("Installed dataset version {}", shipped.info().version());
            return Outcome.INSTALLED;
        }
        int have = installed.get().version();
        int ship = shipped.info().version();
        if (have < ship) {
            repository.replaceShipped(shipped);
            LOG.info("Upgraded dataset from version {} to {}", have, ship);
            return Outcome.UPGRADED;
        }
        return have == ship ? Outcome.ALREADY_CURRENT : Outcome.NEWER_KEPT;
    }
}
