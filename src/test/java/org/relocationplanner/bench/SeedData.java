package org.relocationplanner.bench;

import java.nio.file.Path;
import org.relocationplanner.service.DataFolder;

/** Writes the screenshot tour's story (trips, documents, a budget plan) into a data folder, for benchmarks. */
public final class SeedData {

    private SeedData() {
    }

    public static void main(String[] args) throws Exception {
        ScreenshotTour.seed(new DataFolder(Path.of(args[0])));
    }
}
