package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/**
 * The shipped boundaries place positions where an independent source says they are: city coordinates from GeoNames
 * (geonames.org, CC BY 4.0, the cities' own records), and the territorial sea of UNCLOS article 3 (12 nautical
 * miles).
 */
class BoundariesTest {

    private static Boundaries world;

    @BeforeAll
    static void read() {
        world = Boundaries.shipped();
    }

    /** The other tests of this JVM need the heap: the boundaries go back to being softly held. */
    @org.junit.jupiter.api.AfterAll
    static void letGo() {
        world = null;
    }

    @ParameterizedTest(name = "{0} lies in {3}")
    @CsvSource({
            "Tbilisi, 41.69411, 44.83368, GE", "Yerevan, 40.18111, 44.51361, AM", "Almaty, 43.25667, 76.92861, KZ",
            "Bishkek, 42.87, 74.59, KG", "Belgrade, 44.80401, 20.46513, RS", "Istanbul, 41.01384, 28.94966, TR",
            "Tel Aviv, 32.08088, 34.78057, IL", "Moscow, 55.75222, 37.61556, RU", "Minsk, 53.9, 27.56667, BY",
            "Kaliningrad, 54.70649, 20.51095, RU", "Podgorica, 42.44111, 19.26361, ME", "Tashkent, 41.26465, 69.21627, UZ",
            "Buenos Aires, -34.61315, -58.37723, AR", "Bali Denpasar, -8.65, 115.21667, ID",
            "Sukhumi (Abkhazia: Georgia by Natural Earth), 43.00697, 40.9893, GE",
            // the bands a shape across the 180th meridian once covered (review of issue 18): Russia's and Fiji's
            "Rovaniemi, 66.50394, 25.72939, FI", "Kiruna, 67.85572, 20.22513, SE", "Inuvik, 68.36067, -133.72303, CA",
            "Kotzebue, 66.89833, -162.59667, US", "Harare, -17.82772, 31.05337, ZW", "Suva, -18.14161, 178.44149, FJ",
            "Bilibino (Chukotka), 68.05806, 166.43722, RU",
            // overseas parts with codes of their own, and Aland in Finland (the Schengen area counts them so)
            "Cayenne, 4.93333, -52.33333, GF", "Saint-Denis (Reunion), -20.88231, 55.4504, RE",
            "Kralendijk, 12.15, -68.26667, BQ", "Mariehamn, 60.09726, 19.93481, FI"})
    void citiesLieInTheirCountry(String city, double lat, double lon, String code) {
        List<Boundaries.Place> at = world.at(lat, lon);
        assertEquals(List.of(code), at.stream().map(Boundaries.Place::country).toList(), city);
    }

    @Test
    void kosovoIsNamedButHasNoCode() {
        // Pristina (GeoNames 786714): the app has no ISO code for Kosovo, so it is named, not placed
        List<Boundaries.Place> at = world.at(42.67272, 21.16688);
        assertEquals(1, at.size());
        assertEquals("", at.get(0).country());
        assertEquals("Kosovo", at.get(0).label());
    }

    @Test
    void northernCyprusCountsAsCyprusUnderItsOwnName() {
        // Morphou / Güzelyurt (GeoNames 146214)
        Boundaries.Place p = world.at(35.19886, 32.99328).get(0);
        assertEquals("CY", p.country());
        assertEquals("N. Cyprus", p.label());
    }

    @Test
    void aShipOffBatumiIsInGeorgiasTerritorialSeaAndOneInMidSeaIsNowhere() {
        // 41.64 N 41.45 E: some 12 km west of Batumi's shore, within 22.2 km (12 nautical miles)
        assertTrue(world.at(41.64, 41.45).isEmpty(), "at sea, not on land");
        Boundaries.Place near = world.nearest(41.64, 41.45, Boundaries.TERRITORIAL_SEA_KM);
        assertNotNull(near);
        assertEquals("GE", near.country());
        // the Norwegian Sea at 67 N 0 E, once inside Russia's band
        assertTrue(world.at(67, 0).isEmpty());
        assertNull(world.nearest(67, 0, Boundaries.TERRITORIAL_SEA_KM));
        // the middle of the Black Sea: more than 100 km from any coast
        assertTrue(world.at(43.3, 34.5).isEmpty());
        assertNull(world.nearest(43.3, 34.5, Boundaries.TERRITORIAL_SEA_KM));
    }

    @Test
    void aPositionOnASharedBorderLiesInBoth() {
        // a vertex of the line Georgia and Armenia share, found in the data itself
        Coordinate shared = world.sharedVertex("GE", "AM");
        assertNotNull(shared, "Georgia and Armenia share a border line in the data");
        Set<String> both = world.at(shared.y, shared.x).stream().map(Boundaries.Place::country)
                .collect(Collectors.toSet());
        assertEquals(Set.of("GE", "AM"), both);
    }

    @Test
    void everyShapeWasRead() {
        assertTrue(world.polygonCount() > 4000, "Natural Earth 1:10m has some 4,300 polygons");
    }

    @Test
    void truncatedBoundaryFileIsRefused() throws Exception {
        byte[] whole;
        try (var in = Boundaries.class.getResourceAsStream("/org/relocationplanner/data/boundaries-10m.bin.gz")) {
            whole = new java.util.zip.GZIPInputStream(in).readAllBytes();
        }
        var cut = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(cut)) {
            gz.write(whole, 0, whole.length / 2);
        }
        assertThrowsIo(() -> Boundaries.read(new java.io.ByteArrayInputStream(cut.toByteArray())));
    }

    private static void assertThrowsIo(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, e);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource({"Tbilisi, 41.69411, 44.83368, GE, Asia/Tbilisi", "Kaliningrad, 54.70649, 20.51095, RU, Europe/Kaliningrad",
            "Vladivostok, 43.10562, 131.87353, RU, Asia/Vladivostok", "Novosibirsk, 55.0415, 82.9346, RU, Asia/Novosibirsk",
            "Aktau, 43.65, 51.2, KZ, Asia/Aqtau"})
    void timeZoneOfAPosition(String city, double lat, double lon, String code, String zone) {
        // tzdb zone.tab's principal cities (public domain)
        assertEquals(ZoneId.of(zone), TimeZones.shipped().zone(code, lat, lon), city);
    }
}
