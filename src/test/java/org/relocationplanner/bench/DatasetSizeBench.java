package org.relocationplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.io.DatasetReader;

/**
 * The size of a new database holding a dataset (issue 17: keep the shipped database small): installs the dataset
 * JSON given (the shipped one when none) into a new database in the folder given, compacts it as a close after
 * a large change does, and prints the file's size and the time the install took.
 * Run by bench/dataset-size.sh.
 */
public final class DatasetSizeBench {

    private DatasetSizeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Dataset dataset;
        if (args.length > 1) {
            try (var in = Files.newInputStream(Path.of(args[1]))) {
                dataset = DatasetReader.read(in);
            }
        } else {
            dataset = DatasetReader.readShipped();
        }
        Files.createDirectories(dir);
        Path base = dir.resolve("size");
        long start = System.nanoTime();
        try (Database db = Database.open(base)) {
            new DestinationRepository(db).replaceShipped(dataset);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        try (Database db = Database.open(base)) {
            db.jdbi().useHandle(h -> h.execute("SHUTDOWN COMPACT"));
        } catch (RuntimeException closedByCompact) {
            // the compacting shutdown closes the database under the wrapper
        }
        Path file = dir.resolve("size.mv.db");
        System.out.printf("dataset v%d: %d rules, %d passports listed; database %.1f MB; install %d ms%n",
                dataset.info().version(), dataset.rules().size(), dataset.baseline().passports().size(),
                Files.size(file) / 1e6, ms);
    }
}
