package org.relocationplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.relocationplanner.domain.CountryShape;

/**
 * Reads the shipped world map: Natural Earth's 1:110m admin-0 boundaries (public domain) as TopoJSON (world-atlas
 * 2.0.2, ISC), each country under its ISO 3166-1 alpha-2 code ({@code src/dataset/build_map.py}). TopoJSON keeps
 * every border once, as an arc of quantized, delta-encoded points; a ring is a chain of arcs, a negative index one
 * read backwards.
 */
public final class WorldMapReader {

    public static final String SHIPPED_RESOURCE = "/org/relocationplanner/data/world-110m.json";

    private WorldMapReader() {
    }

    public static List<CountryShape> readShipped() throws IOException {
        try (InputStream in = WorldMapReader.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IOException("The app's world map " + SHIPPED_RESOURCE + " is missing");
            }
            return read(in);
        }
    }

    public static List<CountryShape> read(InputStream in) throws IOException {
        JsonNode root = Json.mapper().readTree(in);
        JsonNode t = root.path("transform");
        double sx = t.path("scale").path(0).asDouble();
        double sy = t.path("scale").path(1).asDouble();
        double tx = t.path("translate").path(0).asDouble();
        double ty = t.path("translate").path(1).asDouble();
        JsonNode arcsNode = root.path("arcs");
        List<double[]> arcs = new ArrayList<>(arcsNode.size());
        for (JsonNode arc : arcsNode) {
            double[] points = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[2 * i] = x * sx + tx;
                points[2 * i + 1] = y * sy + ty;
            }
            arcs.add(points);
        }
        List<CountryShape> shapes = new ArrayList<>();
        for (JsonNode g : root.path("objects").path("countries").path("geometries")) {
            List<double[]> rings = new ArrayList<>();
            String type = g.path("type").asText();
            if ("Polygon".equals(type)) {
                for (JsonNode ring : g.path("arcs")) {
                    rings.addAll(splitAtAntimeridian(ring(ring, arcs)));
                }
            } else if ("MultiPolygon".equals(type)) {
                for (JsonNode polygon : g.path("arcs")) {
                    for (JsonNode ring : polygon) {
                        rings.addAll(splitAtAntimeridian(ring(ring, arcs)));
                    }
                }
            }
            if (!rings.isEmpty()) {
                shapes.add(new CountryShape(g.hasNonNull("id") ? g.get("id").asText() : null, rings));
            }
        }
        return shapes;
    }

    /** A ring from its chain of arcs; each arc after the first starts where the last one ended. */
    private static double[] ring(JsonNode indexes, List<double[]> arcs) throws IOException {
        List<Double> out = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            if (i >= arcs.size() || ~i >= arcs.size()) {
                throw new IOException("The world map names an arc it does not have: " + i);
            }
            double[] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length / 2;
            for (int k = out.isEmpty() ? 0 : 1; k < n; k++) {
                int p = i >= 0 ? k : n - 1 - k;
                out.add(arc[2 * p]);
                out.add(arc[2 * p + 1]);
            }
        }
        double[] ring = new double[out.size()];
        for (int k = 0; k < ring.length; k++) {
            ring[k] = out.get(k);
        }
        return ring;
    }

    /**
     * A ring that crosses the 180th meridian (Chukotka, Fiji) jumps from one edge of the map to the other and would be
     * drawn as a band across the world: it is made continuous, then cut into its part east of -180 and its part
     * west of 180 (Sutherland-Hodgman clipping against each edge). A ring around the pole (Antarctica) is kept.
     */
    static List<double[]> splitAtAntimeridian(double[] ring) {
        int n = ring.length / 2;
        boolean jumps = false;
        for (int k = 1; k < n && !jumps; k++) {
            jumps = Math.abs(ring[2 * k] - ring[2 * k - 2]) > 180;
        }
        if (!jumps) {
            return List.of(ring);
        }
        double[] flat = ring.clone();
        double min = flat[0];
        double max = flat[0];
        for (int k = 1; k < n; k++) {
            double lon = flat[2 * k];
            double prev = flat[2 * k - 2];
            while (lon - prev > 180) {
                lon -= 360;
            }
            while (prev - lon > 180) {
                lon += 360;
            }
            flat[2 * k] = lon;
            min = Math.min(min, lon);
            max = Math.max(max, lon);
        }
        if (max - min >= 359 || Math.abs(flat[0] - flat[2 * n - 2]) > 1e-9 && ring[0] == ring[2 * n - 2]) {
            return List.of(ring); // around a pole: no east and west parts
        }
        List<double[]> parts = new ArrayList<>();
        for (double shift : new double[] {0, 360, -360}) {
            double[] moved = flat.clone();
            for (int k = 0; k < n; k++) {
                moved[2 * k] += shift;
            }
            double[] clipped = clip(clip(moved, -180, true), 180, false);
            if (clipped.length >= 6) {
                parts.add(clipped);
            }
        }
        return parts;
    }

    /** The part of a ring east of {@code edge} ({@code keepEast}) or west of it. */
    private static double[] clip(double[] ring, double edge, boolean keepEast) {
        List<Double> out = new ArrayList<>();
        int n = ring.length / 2;
        for (int k = 0; k < n; k++) {
            double x1 = ring[2 * k];
            double y1 = ring[2 * k + 1];
            double x2 = ring[2 * ((k + 1) % n)];
            double y2 = ring[2 * ((k + 1) % n) + 1];
            boolean in1 = keepEast ? x1 >= edge : x1 <= edge;
            boolean in2 = keepEast ? x2 >= edge : x2 <= edge;
            if (in1) {
                out.add(x1);
                out.add(y1);
            }
            if (in1 != in2) {
                out.add(edge);
                out.add(y1 + (y2 - y1) * (edge - x1) / (x2 - x1));
            }
        }
        double[] result = new double[out.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = out.get(k);
        }
        return result;
    }
}
