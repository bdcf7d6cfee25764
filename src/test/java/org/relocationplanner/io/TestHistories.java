package org.relocationplanner.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Location histories for tests, in Records.json's layout (see HistoryReadersTest); positions from GeoNames. */
public final class TestHistories {

    private TestHistories() {
    }

    /** Tbilisi 1-10 March 2023 (the 10th also in Yerevan), Yerevan to the 20th; one position at sea, one in Kosovo. */
    public static Path records(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("{\"locations\": [\n");
        for (int day = 1; day <= 20; day++) {
            double[] at = day <= 9 ? new double[] {41.69411, 44.83368} : new double[] {40.18111, 44.51361};
            if (day == 10) {
                b.append(String.format("{\"latitudeE7\": 416941100, \"longitudeE7\": 448336800, "
                        + "\"timestamp\": \"2023-03-10T05:00:00Z\"},%n"));
            }
            b.append(String.format("{\"latitudeE7\": %d, \"longitudeE7\": %d, \"timestamp\": \"2023-03-%02dT10:00:00Z\"},%n",
                    Math.round(at[0] * 1e7), Math.round(at[1] * 1e7), day));
        }
        // a position 20:30 UTC on 20 March is 00:30 on the 21st in Yerevan (UTC+4): the day after
        b.append("{\"latitudeE7\": 401811100, \"longitudeE7\": 445136100, \"timestamp\": \"2023-03-20T20:30:00Z\"},\n");
        b.append("{\"latitudeE7\": 433000000, \"longitudeE7\": 345000000, \"timestamp\": \"2023-03-21T10:00:00Z\"},\n");
        b.append("{\"latitudeE7\": 426727200, \"longitudeE7\": 211668800, \"timestamp\": \"2023-03-22T10:00:00Z\"}\n]}");
        Path f = dir.resolve("Records.json");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

}
