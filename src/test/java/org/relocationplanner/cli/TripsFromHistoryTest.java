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

    @Test
    void printsTheTripsCsvWithNotes() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        TestPhotos.jpeg(photos.resolve("belgrade.jpg"), 44.80401, 20.46513, "2023:04:02 12:00:00", "+02:00", null, null);
        Files.writeString(photos.resolve("broken.jpg"), "not a photo");
        Files.writeString(photos.resolve("notes.txt"), "kept out");
        assertEquals(0, run("trips", "from-history", org.relocationplanner.io.TestHistories.records(dir).toString(), photos.toString()), err.toString());
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("country,entry,exit,note\n"), csv);
        List<Trip> trips = TripCsv.read(new StringReader(csv));
        assertEquals(List.of("GE", "AM", "RS"), trips.stream().map(Trip::country).toList());
        assertEquals(LocalDate.of(2023, 3, 10), trips.get(0).exit(), "the border day counts in Georgia");
        assertEquals(LocalDate.of(2023, 3, 10), trips.get(1).entry(), "and in Armenia");
        assertEquals(LocalDate.of(2023, 3, 21), trips.get(1).exit(), "Yerevan's local day, not UTC's");
        assertTrue(trips.get(0).note().startsWith("From your records (location history). Positions: 10; days with a "
                + "position: 10 of 10. The records start here"), trips.get(0).note());
        assertTrue(trips.get(2).note().contains("(photos)"), trips.get(2).note());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.contains("at sea or in the air: 1"), summary);
        assertTrue(summary.contains("in Kosovo: 1 (the app has no country code for it)"), summary);
        assertTrue(summary.contains("photos that cannot be read: 1 (broken.jpg)"), summary);
        assertTrue(summary.contains("other files passed over (neither a history, a track nor a photo): 1"), summary);
    }

    @Test
    void fromAndToKeepTheDaysAsked() throws Exception {
        assertEquals(0, run("trips", "from-history", org.relocationplanner.io.TestHistories.records(dir).toString(), "--from", "2023-03-12", "--to",
                "2023-03-15"));
        List<Trip> trips = TripCsv.read(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertEquals(1, trips.size(), trips.toString());
        assertEquals(new Trip("AM", LocalDate.of(2023, 3, 12), LocalDate.of(2023, 3, 15), trips.get(0).note()),
                trips.get(0));
        assertTrue(trips.get(0).note().endsWith("Cut at 2023-03-12, the first day asked for. Cut at 2023-03-15, "
                + "the last day asked for."), trips.get(0).note());
        assertFalse(trips.get(0).note().contains("records start"), "the records do not start there");
    }

    /** Hostile times: a position dated 9999 or 1800 is named and left out, so that the CSV printed reads back. */
    @Test
    void positionsDatedOutsideTheAppsYearsAreLeftOutAndNamed() throws Exception {
        Path f = dir.resolve("Records.json");
        Files.writeString(f, "{\"locations\": [\n"
                + "{\"latitudeE7\": 416941100, \"longitudeE7\": 448336800, \"timestamp\": \"9999-12-31T10:00:00Z\"},\n"
                + "{\"latitudeE7\": 416941100, \"longitudeE7\": 448336800, \"timestampMs\": \"-5364662400000\"},\n"
                + "{\"latitudeE7\": 416941100, \"longitudeE7\": 448336800, \"timestamp\": \"2023-03-01T10:00:00Z\"}]}");
        assertEquals(0, run("trips", "from-history", f.toString()), err.toString());
        List<Trip> trips = TripCsv.read(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertEquals(List.of(LocalDate.of(2023, 3, 1)), trips.stream().map(Trip::entry).toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "dated outside 1900 to 2100, the days the app keeps trips on: 2"), err.toString());
    }

    /** A Takeout folder holds Settings.json and other JSON beside the history: passed over and named, not fatal. */
    @Test
    void aTakeoutFolderWithOtherJsonIsRead() throws Exception {
        Path takeout = Files.createDirectories(dir.resolve("Takeout/Location History"));
        org.relocationplanner.io.TestHistories.records(takeout);
        Files.writeString(takeout.resolve("Settings.json"), "{\"createdTime\": \"2023-01-01T00:00:00Z\", "
                + "\"deviceSettings\": []}");
        Files.writeString(takeout.resolve("Timeline Edits.json"), "{\"timelineEdits\": []}");
        assertEquals(0, run("trips", "from-history", dir.resolve("Takeout").toString()), err.toString());
        assertEquals(2, TripCsv.read(new StringReader(out.toString(StandardCharsets.UTF_8))).size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("other JSON files passed over: 2 ("
                + "Location History/Settings.json, Location History/Timeline Edits.json)"), err.toString());
        // named on its own, the same file is refused: the user meant it as a history
        err.reset();
        assertEquals(2, run("trips", "from-history", takeout.resolve("Settings.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a location history"), err.toString());
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
