package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.CountryShape;
import org.relocationplanner.domain.Destination;

class WorldMapReaderTest {

    /**
     * A hand-made TopoJSON square of two arcs: quantized points, delta-encoded, the second arc read backwards
     * through its negative index (~1 = -2), as the TopoJSON format specification describes.
     */
    @Test
    void decodesQuantizedDeltaEncodedArcsAndReversedOnes() throws Exception {
        String topo = """
                {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
                 "arcs":[[[0,0],[4,0],[0,4]],[[0,0],[0,4],[4,0]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"AA","arcs":[[0,-2]]},
                   {"type":"Polygon","arcs":[[0,-2]]}]}}}
                """;
        List<CountryShape> shapes = WorldMapReader.read(new ByteArrayInputStream(topo.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, shapes.size());
        CountryShape square = shapes.get(0);
        assertEquals("AA", square.code());
        assertEquals(null, shapes.get(1).code(), "a territory without a code keeps no code");
        // (0,0) (4,0) (4,4) then back along arc 1 reversed: (4,4) (0,4) (0,0); scaled x*0.5+10, y*0.25+20
        assertArrayEquals(new double[] {10, 20, 12, 21}, square.bounds(), 1e-12);
        assertTrue(square.contains(11, 20.5));
        assertFalse(square.contains(12.5, 20.5));
    }

    @Test
    void everyShippedDestinationIsOnTheMapAndItsCapitalLiesInsideIt() throws Exception {
        List<CountryShape> shapes = WorldMapReader.readShipped();
        Set<String> onMap = shapes.stream().map(CountryShape::code).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Destination d : DatasetReader.readShipped().destinations()) {
            assertTrue(onMap.contains(d.code()), d.code() + " has no outline");
        }
        // capitals (longitude, latitude) well inland, so that the 1:110m simplification cannot move them out
        Map<String, double[]> capitals = Map.of("GE", new double[] {44.79, 41.72}, "AM", new double[] {44.51, 40.18},
                "KZ", new double[] {71.45, 51.17}, "MN", new double[] {106.9, 47.9}, "RS", new double[] {20.46, 44.82},
                "BR", new double[] {-47.88, -15.79}, "MX", new double[] {-99.13, 19.43},
                "DE", new double[] {13.40, 52.52}, "ES", new double[] {-3.70, 40.42}, "RU", new double[] {37.62, 55.75});
        capitals.forEach((code, p) -> {
            List<String> at = shapes.stream().filter(s -> s.contains(p[0], p[1])).map(CountryShape::code).toList();
            assertEquals(List.of(code), at, code + " at " + p[0] + "," + p[1]);
        });
    }

    /** Chukotka and Fiji cross the 180th meridian: no ring may jump across the map, and both halves stay theirs. */
    @Test
    void shapesAcrossTheAntimeridianAreCutNotDrawnAcrossTheWorld() throws Exception {
        List<CountryShape> shapes = WorldMapReader.readShipped();
        for (CountryShape s : shapes) {
            if ("AQ".equals(s.code())) {
                continue; // around the pole, and not drawn
            }
            for (double[] ring : s.rings()) {
                for (int k = 2; k + 1 < ring.length; k += 2) {
                    assertTrue(Math.abs(ring[k] - ring[k - 2]) <= 180, s.code() + " jumps at " + ring[k]);
                }
            }
        }
        assertEquals(List.of("RU"), shapes.stream().filter(s -> s.contains(-178, 68)).map(CountryShape::code).toList(),
                "Chukotka east of the 180th meridian");
        assertEquals(List.of("RU"), shapes.stream().filter(s -> s.contains(170, 65)).map(CountryShape::code).toList());
    }

    @Test
    void aRingAcrossTheAntimeridianBecomesItsEastAndWestParts() {
        // a square from 170 E to 170 W (190), written as the data has it: jumping from 180 to -180
        double[] ring = {170, 0, 180, 0, -180, 0, -170, 0, -170, 10, -180, 10, 180, 10, 170, 10, 170, 0};
        List<double[]> parts = WorldMapReader.splitAtAntimeridian(ring);
        assertEquals(2, parts.size());
        CountryShape both = new CountryShape("XX", parts);
        assertTrue(both.contains(175, 5));
        assertTrue(both.contains(-175, 5));
        assertFalse(both.contains(0, 5), "nothing between the two parts");
        assertArrayEquals(new double[] {-180, 0, 180, 10}, both.bounds(), 1e-12);
    }
}
