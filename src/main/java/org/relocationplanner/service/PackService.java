package org.relocationplanner.service;

import java.security.PublicKey;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.io.DataPack;

/**
 * Takes a maintainers' signed pack, for Settings and {@code relocation-planner dataset import} alike: a country
 * dataset or a rate history, installed in one transaction only when the signature verifies and it is newer than
 * what is installed. The user's own values, notes and imported rates are never touched.
 */
public final class PackService {

    /** What was installed: {@code rates} for a rate history, else a country dataset, and its version. */
    public record Installed(boolean rates, int version) {
    }

    /** The pack is signed and reads, but is not newer than what is installed: nothing changed. */
    public static final class NotNewer extends Exception {
        private final boolean rates;
        private final int version;

        NotNewer(boolean rates, int version) {
            super((rates ? "rate history" : "country data") + " version " + version + " is not newer than the "
                    + "installed one");
            this.rates = rates;
            this.version = version;
        }

        public boolean rates() {
            return rates;
        }

        public int version() {
            return version;
        }
    }

    private PackService() {
    }

    /**
     * Verifies a pack and stores it into a database in memory, as {@link #install} would store it into the user's:
     * what the user's database would refuse (a text longer than its column, say) is refused here, before that
     * database is opened, so a refused pack leaves its file exactly as it was.
     */
    public static void check(byte[] pack, PublicKey key) throws DataPack.DataPackException {
        DataPack.Payload p = DataPack.openAny(pack, key);
        try (Database scratch = Database.inMemory("pack-check-" + System.nanoTime())) {
            if (p.rates() != null) {
                new RateRepository(scratch).installShipped(p.rates().rates(), p.rates().version());
            } else {
                ShippedData.installIfNewer(new DestinationRepository(scratch), p.dataset());
            }
        } catch (org.relocationplanner.data.DatabaseProblem | RuntimeException e) {
            throw new DataPack.DataPackException(DataPack.Reason.BROKEN_DATASET, (p.rates() != null
                    ? "its rate history cannot be stored: " : "its country data cannot be stored: ")
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    public static Installed install(Database db, byte[] pack, PublicKey key) throws DataPack.DataPackException, NotNewer {
        DataPack.Payload p = DataPack.openAny(pack, key);
        if (p.rates() != null) {
            // the app's own history first, so that a pack (which continues its version numbers) is merged over it
            // rather than standing in for it
            RatesService.installShipped(db);
            RateRepository rates = new RateRepository(db);
            int version = p.rates().version();
            if (rates.shippedVersion().map(v -> v >= version).orElse(false)) {
                throw new NotNewer(true, version);
            }
            try {
                rates.installShipped(p.rates().rates(), version);
            } catch (RuntimeException e) {
                throw new DataPack.DataPackException(DataPack.Reason.BROKEN_DATASET, "its rate history cannot be "
                        + "stored: " + e.getMessage());
            }
            return new Installed(true, version);
        }
        ShippedData.Outcome outcome;
        try {
            outcome = ShippedData.installIfNewer(new DestinationRepository(db), p.dataset());
        } catch (RuntimeException e) {
            // e.g. a text longer than its column: the transaction rolled back, nothing of the pack was taken
            throw new DataPack.DataPackException(DataPack.Reason.BROKEN_DATASET, "its country data cannot be "
                    + "stored: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (outcome == ShippedData.Outcome.ALREADY_CURRENT || outcome == ShippedData.Outcome.NEWER_KEPT) {
            throw new NotNewer(false, p.dataset().info().version());
        }
        return new Installed(false, p.dataset().info().version());
    }
}
