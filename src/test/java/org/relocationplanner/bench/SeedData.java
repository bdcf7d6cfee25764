package org.relocationplanner.bench;

import java.nio.file.Path;
import org.relocationplanner.service.DataFolder;

/**
 * Writes the screenshot tour's story (trips, documents, a budget plan) into a data folder, for benchmarks, with the
 * shipped rates stored as in a folder whose Budget was opened before (not with {@code -Dseed.rates=false}); with a
 * second argument, protected by that password (as Settings → Safety does).
 */
public final class SeedData {

    private SeedData() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        ScreenshotTour.seed(folder);
        if (!"false".equals(System.getProperty("seed.rates"))) {
            try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                    folder.databaseBase())) {
                org.relocationplanner.service.RatesService.installShipped(db);
            }
        }
        if (args.length > 1) {
            try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                    folder.databaseBase())) {
                new org.relocationplanner.service.DataSafety(folder, java.time.Clock.systemDefaultZone()).convert(db,
                        null, org.relocationplanner.data.DatabaseKey.create(args[1].toCharArray()), null).db().close();
            }
        }
    }
}
