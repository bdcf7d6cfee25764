package org.relocationplanner.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.relocationplanner.domain.Trip;

/**
 * Writes trips as fast as it can, printing {@code committed N} after each save returns, until it is killed: the
 * other half of {@link CrashSafetyTest}. Run in its own JVM.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            RecordRepository records = new RecordRepository(db);
            int start = records.trips().isEmpty() ? 0 : Integer.parseInt(records.trips().get(0).note());
            System.out.println("ready " + start);
            System.out.flush();
            for (int n = start + 1; ; n++) {
                List<Trip> trips = new ArrayList<>();
                for (int k = 0; k <= n % 40; k++) {
                    trips.add(new Trip("GE", LocalDate.of(2023, 1, 1).plusDays(k), null, String.valueOf(n)));
                }
                records.saveTrips(trips);
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }
}
