package org.relocationplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.TestPhotos;
import org.relocationplanner.io.TripCsv;

/**
 * {@code trips from-history PATH... [--from] [--to]} as issue 18 defines it: the trips CSV on standard output (read
 * back by the app's own trips reader), a note on each saying where it came from, exit code 2 with one line for a file
 * it cannot read. Positions are city coordinates from GeoNames; Records.json's layout as in HistoryReadersTest.
 */
class TripsFromHistoryTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.time.Clock.systemDefaultZone(), () -> null,
                () -> null));
    }

    /** Tbilisi 1-10 March 2023 (the 10th also in Yerevan), Yerevan to the 20th; one position at sea, one in Kosovo. */
    static Path records(Path dir) throws Exception {
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

    @Test
    void printsTheTripsCsvWithNotes() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        TestPhotos.jpeg(photos.resolve("belgrade.jpg"), 44.80401, 20.46513, "2023:04:02 12:00:00", "+02:00", null, null);
        Files.writeString(photos.resolve("broken.jpg"), "not a photo");
        Files.writeString(photos.resolve("notes.txt"), "kept out");
        assertEquals(0, run("trips", "from-history", records(dir).toString(), photos.toString()), err.toString());
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("country,entry,exit,note\n"), csv);
        List<Trip> trips = TripCsv.read(new StringReader(csv));
        assertEquals(List.of("GE", "AM", "RS"), trips.stream().map(Trip::country).toList());
        assertEquals(LocalDate.of(2023, 3, 10), trips.get(0).exit(), "the border day counts in Georgia");
        assertEquals(LocalDate.of(2023, 3, 10), trips.get(1).entry(), "and in Armenia");
        assertEquals(LocalDate.of(2023, 3, 21), trips.get(1).exit(), "Yerevan's local day, not UTC's");
        assertTrue(trips.get(0).note().startsWith("From your records (location history): 10 positions on 10 of 10 "
                + "days. The records start here"), trips.get(0).note());
        assertTrue(trips.get(2).note().contains("(photos)"), trips.get(2).note());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.contains("1 at sea or in the air"), summary);
        assertTrue(summary.contains("1 in Kosovo (no country code)"), summary);
        assertTrue(summary.contains("1 photos unreadable (broken.jpg)"), summary);
    }

    @Test
    void fromAndToKeepTheDaysAsked() throws Exception {
        assertEquals(0, run("trips", "from-history", records(dir).toString(), "--from", "2023-03-12", "--to",
                "2023-03-15"));
        List<Trip> trips = TripCsv.read(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Trip("AM", LocalDate.of(2023, 3, 12), LocalDate.of(2023, 3, 15),
                trips.get(0).note())), trips);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("outside --from/--to"));
    }

    @Test
    void aFileItCannotReadIsOneLineAndExitCode2() throws Exception {
        Path cut = dir.resolve("Timeline.json");
        Files.writeString(cut, "{\"semanticSegments\": [{\"startTime\": \"2024-05-01T10:00:00+04:00\",");
        assertEquals(2, run("trips", "from-history", cut.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("trips from-history: Timeline.json: line 1"), e);
        assertTrue(e.contains("breaks off"), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(2, run("trips", "from-history", dir.resolve("nothing.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder"));
        err.reset();
        assertEquals(2, run("trips", "from-history", cut.toString(), "--from", "2023-02-30"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from: not a date"));
        err.reset();
        assertEquals(2, run("trips", "from-history"));
        assertFalse(err.toString(StandardCharsets.UTF_8).isBlank());
    }
}
