package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.history.Fix;

/**
 * The readers of the user's own records, on files written here in each format's published layout:
 * <ul>
 * <li>Records.json and the monthly Semantic Location History as Google Takeout wrote them until 2024, fields as
 * documented by the converters that read them (github.com/Scarygami/location-history-json-converter: latitudeE7,
 * longitudeE7, timestampMs, later timestamp; placeVisit, activitySegment, duration.startTimestamp);</li>
 * <li>the phone's Timeline.json, as documented in github.com/nabedroid/google-timeline-viewer's README (semanticSegments
 * with startTime and an offset, visit.topCandidate.placeLocation.latLng "35.1234567°, 139.1234567°",
 * timelinePath point/time, rawSignals position.LatLng);</li>
 * <li>GPX 1.1 (topografix.com/GPX/1/1/gpx.xsd: trkpt and wpt with lat, lon attributes and a time element, UTC);</li>
 * <li>EXIF 2.32 and XMP photos written by {@link TestPhotos}.</li>
 * </ul>
 */
class HistoryReadersTest {

    private static List<Fix> json(String text) throws Exception {
        List<Fix> out = new ArrayList<>();
        LocationHistoryJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json", out::add,
                () -> { });
        return out;
    }

    @Test
    void recordsJsonBothTimeFormsAndWhatIsLeftOut() throws Exception {
        String text = """
                {"locations": [
                  {"latitudeE7": 416941100, "longitudeE7": 448336800, "accuracy": 20, "timestamp": "2023-03-01T21:30:00.123Z"},
                  {"latitudeE7": 401811100, "longitudeE7": 445136100, "timestampMs": "1677801600000"},
                  {"latitudeE7": 420000000, "longitudeE7": 430000000, "velocity": 230, "timestamp": "2023-03-03T10:00:00Z"},
                  {"latitudeE7": 420000000, "longitudeE7": 430000000, "accuracy": 25000, "timestamp": "2023-03-03T10:00:00Z"},
                  {"activity": [], "timestamp": "2023-03-03T10:00:00Z"}
                ]}""";
        List<Fix> out = new ArrayList<>();
        LocationHistoryJson.Skipped s = LocationHistoryJson.read(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), "Records.json", out::add, () -> { });
        assertEquals(2, out.size());
        assertEquals(41.69411, out.get(0).latitude(), 1e-9);
        assertEquals(Instant.parse("2023-03-01T21:30:00.123Z"), out.get(0).instant());
        assertNull(out.get(0).offset(), "a UTC time leaves the local day to the position's zone");
        assertEquals(Instant.ofEpochMilli(1677801600000L), out.get(1).instant());
        assertEquals(1, s.fast());
        assertEquals(1, s.imprecise());
        assertEquals(1, s.unusable());
    }

    @Test
    void semanticLocationHistoryVisitCoversEveryDayAndFlightPathIsLeftOut() throws Exception {
        String text = """
                {"timelineObjects": [
                  {"placeVisit": {"location": {"latitudeE7": 416941100, "longitudeE7": 448336800, "name": "Home"},
                    "duration": {"startTimestamp": "2023-03-01T08:00:00Z", "endTimestamp": "2023-03-04T09:00:00Z"}}},
                  {"activitySegment": {"startLocation": {"latitudeE7": 416700000, "longitudeE7": 449500000},
                    "endLocation": {"latitudeE7": 551000000, "longitudeE7": 373000000},
                    "duration": {"startTimestampMs": "1677924000000", "endTimestampMs": "1677938400000"},
                    "activityType": "FLYING",
                    "simplifiedRawPath": {"points": [{"latE7": 480000000, "lngE7": 400000000, "timestamp": "2023-03-04T12:00:00Z"}]}}}
                ]}""";
        List<Fix> out = json(text);
        // the visit (73 hours): its start, every 12 hours, and its end; the flight: its two ends, not its path
        assertEquals(8 + 2, out.size());
        assertEquals(java.util.Set.of(1, 2, 3, 4), out.subList(0, 8).stream()
                .map(f -> f.instant().atZone(ZoneOffset.ofHours(4)).getDayOfMonth()).collect(
                        java.util.stream.Collectors.toSet()), "every local day of the stay has a position");
        assertEquals(55.1, out.get(9).latitude(), 1e-9);
    }

    @Test
    void phoneTimelineExportKeepsItsOffsets() throws Exception {
        String text = """
                {"semanticSegments": [
                  {"startTime": "2024-05-01T23:30:00.000+04:00", "endTime": "2024-05-02T08:00:00.000+04:00",
                   "visit": {"hierarchyLevel": 0, "topCandidate": {"placeLocation": {"latLng": "41.6941100°, 44.8336800°"}}}},
                  {"startTime": "2024-05-02T10:00:00.000+04:00", "endTime": "2024-05-02T14:00:00.000+04:00",
                   "timelinePath": [{"point": "40.1811100°, 44.5136100°", "time": "2024-05-02T13:00:00.000+04:00"}]}
                ],
                "rawSignals": [
                  {"position": {"LatLng": "40.1811100°, 44.5136100°", "accuracyMeters": 13, "timestamp": "2024-05-03T00:10:00.000+04:00"}},
                  {"wifiScan": {"deliveryTime": "2024-05-03T00:10:00.000+04:00"}}
                ],
                "userLocationProfile": {"frequentPlaces": []}}""";
        List<Fix> out = json(text);
        assertEquals(4, out.size());
        assertEquals(ZoneOffset.ofHours(4), out.get(0).offset());
        assertEquals(LocalDate.of(2024, 5, 1), out.get(0).instant().atOffset(out.get(0).offset()).toLocalDate());
        assertEquals(40.18111, out.get(2).latitude(), 1e-9);
    }

    @Test
    void iPhoneExportIsAnArrayWithGeoPositions() throws Exception {
        List<Fix> out = json("""
                [{"startTime": "2024-06-01T10:00:00.000+03:00", "endTime": "2024-06-01T12:00:00.000+03:00",
                  "visit": {"topCandidate": {"placeLocation": "geo:41.013840,28.949660"}}}]""");
        assertEquals(2, out.size());
        assertEquals(28.94966, out.get(0).longitude(), 1e-9);
    }

    @Test
    void iPhonePathPointsAreTimedFromTheirSegmentsStart() throws Exception {
        // the iPhone's export writes path points as minutes after the segment's start
        List<Fix> out = json("""
                [{"startTime": "2024-06-01T22:00:00.000+03:00", "endTime": "2024-06-02T04:00:00.000+03:00",
                  "timelinePath": [{"point": "geo:41.013840,28.949660", "durationMinutesOffsetFromStartTime": "30"},
                                   {"point": "geo:41.5,27.0", "durationMinutesOffsetFromStartTime": "150"}]}]""");
        assertEquals(2, out.size());
        assertEquals(LocalDate.of(2024, 6, 2), out.get(1).instant().atOffset(out.get(1).offset()).toLocalDate());
    }

    @Test
    void missingAndNullValuesAreCountedNotFatal() throws Exception {
        List<Fix> out = new ArrayList<>();
        LocationHistoryJson.Skipped s = LocationHistoryJson.read(new ByteArrayInputStream("""
                {"timelineObjects": [
                  {"placeVisit": {"location": {"name": "a place without coordinates"}, "centerLatE7": 416941100,
                    "centerLngE7": 448336800,
                    "duration": {"startTimestamp": "2023-03-01T08:00:00Z", "endTimestamp": "2023-03-01T09:00:00Z"}}},
                  {"placeVisit": {"location": {}, "duration": {"startTimestamp": null}}}
                ],
                "rawSignals": [{"position": {"LatLng": "40.18°, 44.51°", "timestamp": null}}]}""".getBytes(
                StandardCharsets.UTF_8)), "x.json", out::add, () -> { });
        assertEquals(2, out.size(), "the visit by its centre: start and end");
        assertEquals(41.69411, out.get(0).latitude(), 1e-9);
        assertEquals(2, s.unusable());
    }

    @Test
    void aPhoneVisitGivesEachLocalDayAcrossADaylightSavingChange() throws Exception {
        // Berlin: 23:30 on 25 March 2023 (+01:00) to 00:30 on 28 March (+02:00), over the spring change
        List<Fix> out = json("""
                {"semanticSegments": [{"startTime": "2023-03-25T23:30:00.000+01:00",
                  "endTime": "2023-03-28T00:30:00.000+02:00",
                  "visit": {"topCandidate": {"placeLocation": {"latLng": "52.52437°, 13.41053°"}}}}]}""");
        List<LocalDate> days = out.stream().map(f -> f.day() != null ? f.day()
                : f.instant().atOffset(f.offset()).toLocalDate()).distinct().toList();
        assertEquals(List.of(LocalDate.of(2023, 3, 25), LocalDate.of(2023, 3, 26), LocalDate.of(2023, 3, 27),
                LocalDate.of(2023, 3, 28)), days);
    }

    @Test
    void truncatedJsonIsRefusedWithItsPlace() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> json(
                "{\"locations\": [\n{\"latitudeE7\": 416941100, \"longitudeE7\": 448336800, \"timestamp\": \"2023-03-0"));
        assertEquals(HistoryFormatException.Problem.BROKEN_JSON, e.problem());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("breaks off"), e.getMessage());
    }

    @Test
    void otherJsonAndBadValuesAreRefused() {
        HistoryFormatException other = assertThrows(HistoryFormatException.class, () -> json("{\"trips\": []}"));
        assertEquals(HistoryFormatException.Problem.UNKNOWN_JSON, other.problem());
        HistoryFormatException notJson = assertThrows(HistoryFormatException.class, () -> json("country,entry\nGE,x"));
        assertEquals(HistoryFormatException.Problem.BROKEN_JSON, notJson.problem());
        HistoryFormatException bad = assertThrows(HistoryFormatException.class, () -> json("""
                {"locations": [
                  {"latitudeE7": 416941100, "longitudeE7": 448336800, "timestamp": "2023-02-30T10:00:00Z"}]}"""));
        assertEquals(HistoryFormatException.Problem.BAD_VALUE, bad.problem());
        assertEquals(2, bad.line());
        assertEquals("timestamp", bad.field());
        assertEquals("2023-02-30T10:00:00Z", bad.value());
        HistoryFormatException where = assertThrows(HistoryFormatException.class, () -> json("""
                {"semanticSegments": [{"startTime": "2024-05-01T10:00:00+04:00",
                  "visit": {"topCandidate": {"placeLocation": {"latLng": "north of here"}}}}]}"""));
        assertEquals("placeLocation", where.field());
    }

    @Test
    void gpxTrackPointsAndWaypoints() throws Exception {
        String gpx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                  <wpt lat="41.69411" lon="44.83368"><time>2023-03-01T20:30:00Z</time><name>Tbilisi</name></wpt>
                  <trk><trkseg>
                    <trkpt lat="40.18111" lon="44.51361"><ele>990</ele><time>2023-03-02T10:00:00+04:00</time></trkpt>
                    <trkpt lat="40.2" lon="44.5"></trkpt>
                  </trkseg></trk>
                </gpx>""";
        List<Fix> out = new ArrayList<>();
        GpxReader.Skipped s = GpxReader.read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)), "t.gpx",
                out::add, () -> { });
        assertEquals(1, out.size(), "the track point; a waypoint is a plan or a favourite, not presence");
        assertEquals(ZoneOffset.ofHours(4), out.get(0).offset());
        assertEquals(1, s.untimed());
        assertEquals(1, s.plans());
        List<Fix> utc = new ArrayList<>();
        GpxReader.read(new ByteArrayInputStream(("<gpx><trk><trkseg><trkpt lat=\"41.69411\" lon=\"44.83368\">"
                + "<time>2023-03-01T20:30:00Z</time></trkpt></trkseg></trk></gpx>").getBytes(StandardCharsets.UTF_8)),
                "u.gpx", utc::add, () -> { });
        assertNull(utc.get(0).offset(), "GPX times are UTC: the day comes from the position's zone");
    }

    @Test
    void brokenAndForeignXmlAreRefused() {
        HistoryFormatException cut = assertThrows(HistoryFormatException.class, () -> GpxReader.read(
                new ByteArrayInputStream("<gpx><trk><trkseg><trkpt lat=\"41\" lon=\"44\">".getBytes(
                        StandardCharsets.UTF_8)), "t.gpx", f -> { }, () -> { }));
        assertEquals(HistoryFormatException.Problem.BROKEN_XML, cut.problem());
        HistoryFormatException kml = assertThrows(HistoryFormatException.class, () -> GpxReader.read(
                new ByteArrayInputStream("<kml><Placemark/></kml>".getBytes(StandardCharsets.UTF_8)), "t.gpx",
                f -> { }, () -> { }));
        assertEquals(HistoryFormatException.Problem.NOT_GPX, kml.problem());
        // an external entity is neither fetched nor expanded
        HistoryFormatException entity = assertThrows(HistoryFormatException.class, () -> GpxReader.read(
                new ByteArrayInputStream(("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"http://example.com/\">]>"
                        + "<gpx><wpt lat=\"41\" lon=\"44\"><time>&x;</time></wpt></gpx>").getBytes(StandardCharsets.UTF_8)),
                "t.gpx", f -> { }, () -> { }));
        assertEquals(HistoryFormatException.Problem.BROKEN_XML, entity.problem());
    }

    @Test
    void photoWithOffsetTagGpsTimeOrWallClock(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jpg");
        TestPhotos.jpeg(a, 41.69411, 44.83368, "2023:03:01 23:50:00", "+04:00", null, null);
        PhotoReader.Result r = PhotoReader.read(a);
        assertEquals(PhotoReader.Outcome.READ, r.outcome(), r.reason());
        assertEquals(41.69411, r.fix().latitude(), 1e-5);
        assertEquals(Instant.parse("2023-03-01T19:50:00Z"), r.fix().instant());
        assertEquals(ZoneOffset.ofHours(4), r.fix().offset());

        Path b = dir.resolve("b.jpg"); // no offset tag: the GPS clock, UTC
        TestPhotos.jpeg(b, -34.61315, -58.37723, "2023:03:01 23:50:00", null, "2023:03:02", new int[] {2, 50, 0});
        PhotoReader.Result rb = PhotoReader.read(b);
        assertEquals(-58.37723, rb.fix().longitude(), 1e-5);
        assertEquals(Instant.parse("2023-03-02T02:50:00Z"), rb.fix().instant());
        assertNull(rb.fix().offset());

        Path c = dir.resolve("c.jpg"); // only the camera's clock
        TestPhotos.jpeg(c, 41.69411, 44.83368, "2023:03:05 10:00:00", null, null, null);
        assertEquals(LocalDate.of(2023, 3, 5), PhotoReader.read(c).fix().day());

        Path d = dir.resolve("d.jpg"); // no date at all
        TestPhotos.jpeg(d, 41.69411, 44.83368, null, null, null, null);
        assertEquals(PhotoReader.Outcome.NO_DATE, PhotoReader.read(d).outcome());
    }

    @Test
    void pngWithXmpPosition(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.png");
        TestPhotos.pngWithXmp(p, "40,10.8667N", "44,30.8167E", "2023-05-02T12:00:00+04:00");
        PhotoReader.Result r = PhotoReader.read(p);
        assertEquals(PhotoReader.Outcome.READ, r.outcome(), r.reason());
        assertEquals(40.181112, r.fix().latitude(), 1e-5);
        assertEquals(44.513612, r.fix().longitude(), 1e-5);
        assertEquals(ZoneOffset.ofHours(4), r.fix().offset());
    }

    @Test
    void brokenPhotosAreNamedNotFatal(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.jpg");
        TestPhotos.jpeg(cut, 41.69411, 44.83368, "2023:03:01 10:00:00", "+04:00", null, null);
        byte[] whole = java.nio.file.Files.readAllBytes(cut);
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, 30));
        assertTrue(PhotoReader.read(cut).outcome() != PhotoReader.Outcome.READ);
        Path text = dir.resolve("text.jpg");
        java.nio.file.Files.writeString(text, "not a photo");
        assertEquals(PhotoReader.Outcome.UNREADABLE, PhotoReader.read(text).outcome());
    }

    @Test
    void xmpCoordinates() {
        assertEquals(41.5, PhotoReader.xmpCoordinate("41,30.0N"), 1e-9);
        assertEquals(-58.5125, PhotoReader.xmpCoordinate("58,30,45W"), 1e-9);
        assertNull(PhotoReader.xmpCoordinate("41.5"));
    }
}
