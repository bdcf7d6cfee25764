package org.relocationplanner.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The countries of the world as shipped with the app (Natural Earth 4.1.0 Admin 0 at 1:10m, public domain, by way
 * of the npm package world-atlas 2.0.2; built by src/dataset/build_boundaries.py), and which of them a position lies
 * in. Read once, on first use (some 0.8 MB compressed, 545,000 points), never at start-up; thread-safe.
 *
 * <p>A position on a border two countries share lies in both. One off the coast lies in the nearest country within
 * the territorial sea (12 nautical miles, UNCLOS article 3), else in none: at sea or in the air. The shapes' grid
 * is 0.0036 degrees of longitude by 0.0017 of latitude (some 300 by 190 metres at 42 degrees north), and Natural
 * Earth's 1:10m lines simplify a border by a few hundred metres more: a position that close to a border may be
 * placed on the wrong side of it.
 */
public final class Boundaries {

    /** The territorial sea: 12 nautical miles of 1,852 metres. */
    public static final double TERRITORIAL_SEA_KM = 12 * 1.852;
    private static final double EARTH_KM = 6371.0088;
    private static final String RESOURCE = "/org/relocationplanner/data/boundaries-10m.bin.gz";

    /**
     * A shape's country: its ISO 3166-1 alpha-2 code, empty for a shape the app has no code for (Kosovo); and the
     * shape's own name when it is not the country's (Northern Cyprus is placed in CY), else empty.
     */
    public record Place(String country, String label) {
        public boolean placed() {
            return !country.isEmpty();
        }
    }

    /** The shipped boundaries, read once and shared; memory may take them back when no reading uses them. */
    private static final java.util.concurrent.atomic.AtomicReference<java.lang.ref.SoftReference<Boundaries>> SHIPPED =
            new java.util.concurrent.atomic.AtomicReference<>(new java.lang.ref.SoftReference<>(null));

    private final List<Polygon> polygons;
    private final List<Place> places;
    private final java.util.concurrent.atomic.AtomicReferenceArray<IndexedPointInAreaLocator> locators;
    private final java.util.concurrent.atomic.AtomicReferenceArray<
            org.locationtech.jts.operation.distance.IndexedFacetDistance> facets;
    private final STRtree index = new STRtree();
    private final GeometryFactory geometry = new GeometryFactory();
    /** The shape the last position of this thread's reading was in: where the next one most often is. */
    private final ThreadLocal<int[]> last = ThreadLocal.withInitial(() -> new int[] {-1});

    private Boundaries(List<Polygon> polygons, List<Place> places) {
        this.polygons = polygons;
        this.places = places;
        this.locators = new java.util.concurrent.atomic.AtomicReferenceArray<>(polygons.size());
        this.facets = new java.util.concurrent.atomic.AtomicReferenceArray<>(polygons.size());
        for (int i = 0; i < polygons.size(); i++) {
            index.insert(polygons.get(i).getEnvelopeInternal(), i);
        }
        index.build();
    }

    /**
     * The shipped boundaries, read from the app's own resources on first use (some 0.6 s and 30 MB of heap) and
     * shared by every reading after it, unless memory was short in between. Thread-safe.
     */
    public static Boundaries shipped() {
        synchronized (SHIPPED) {
            Boundaries b = SHIPPED.get().get();
            if (b == null) {
                b = readShipped();
                SHIPPED.set(new java.lang.ref.SoftReference<>(b));
            }
            return b;
        }
    }

    /** Lets the shared boundaries go (some 30 to 80 MB of heap once used): read again on the next use. */
    public static void forget() {
        synchronized (SHIPPED) {
            SHIPPED.set(new java.lang.ref.SoftReference<>(null));
        }
    }

    private static Boundaries readShipped() {
        try (InputStream in = Boundaries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The app's country boundaries are missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("The app's country boundaries cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the gzipped boundary file written by build_boundaries.py. */
    static Boundaries read(InputStream gz) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gz), 1 << 16));
        byte[] magic = new byte[8];
        in.readFully(magic);
        if (!new String(magic, StandardCharsets.US_ASCII).equals("RPBOUND1")) {
            throw new IOException("not a boundary file");
        }
        double sx = in.readDouble();
        double sy = in.readDouble();
        double tx = in.readDouble();
        double ty = in.readDouble();
        GeometryFactory factory = new GeometryFactory();
        List<Polygon> polygons = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        int shapes = in.readInt();
        for (int s = 0; s < shapes; s++) {
            Place place = new Place(text(in), text(in));
            int count = in.readInt();
            for (int p = 0; p < count; p++) {
                LinearRing[] rings = new LinearRing[in.readInt()];
                for (int r = 0; r < rings.length; r++) {
                    Coordinate[] points = new Coordinate[in.readInt()];
                    long x = 0;
                    long y = 0;
                    for (int i = 0; i < points.length; i++) {
                        x += varint(in);
                        y += varint(in);
                        points[i] = new Coordinate(tx + x * sx, ty + y * sy);
                        // a ring that jumps across the 180th meridian would cover a band round the globe; only the
                        // edge closing Antarctica along the grid's southern end (85.2 degrees) runs that far
                        if (i > 0 && Math.abs(points[i].x - points[i - 1].x) > 180
                                && !(points[i].y < -85 && points[i - 1].y < -85)) {
                            throw new IOException("a shape of " + place.country() + " crosses the 180th meridian "
                                    + "unsplit");
                        }
                    }
                    rings[r] = factory.createLinearRing(points);
                }
                polygons.add(factory.createPolygon(rings[0], java.util.Arrays.copyOfRange(rings, 1, rings.length)));
                places.add(place);
            }
        }
        return new Boundaries(polygons, places);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] raw = new byte[in.readUnsignedShort()];
        in.readFully(raw);
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static long varint(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the boundary file ends inside a point");
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (value >>> 1) ^ -(value & 1);
            }
        }
        throw new IOException("a broken number in the boundary file");
    }

    /** The places whose land holds the position: one, two on a shared border, none at sea. */
    public List<Place> at(double latitude, double longitude) {
        Coordinate c = new Coordinate(longitude, latitude);
        int[] mine = last.get();
        int previous = mine[0];
        if (previous >= 0 && polygons.get(previous).getEnvelopeInternal().contains(c)
                && locator(previous).locate(c) == Location.INTERIOR) {
            return List.of(places.get(previous));
        }
        Set<Place> found = new LinkedHashSet<>(2);
        for (Object o : index.query(new Envelope(c))) {
            int i = (Integer) o;
            int where = locator(i).locate(c);
            if (where != Location.EXTERIOR) {
                found.add(places.get(i));
                mine[0] = i; // the fast path above checks that a later position is inside it
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether a position lies within {@code km} of the outline (a border or the coast) of the shape {@link #at}
     * last found it in on this thread: near enough for the 1:10m lines to put it on the wrong side.
     */
    public boolean nearEdge(double latitude, double longitude, double km) {
        int i = last.get()[0];
        if (i < 0) {
            return true;
        }
        org.locationtech.jts.geom.Point p = geometry.createPoint(new Coordinate(longitude, latitude));
        Coordinate near = facets(i).nearestPoints(p)[0];
        return greatCircleKm(latitude, longitude, near.y, near.x) <= km;
    }

    /** The place whose coast is nearest the position within {@code maxKm} (great-circle), or null. */
    public Place nearest(double latitude, double longitude, double maxKm) {
        double dLat = Math.toDegrees(maxKm / EARTH_KM);
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude)) + dLat)), 0.01);
        double dLon = Math.min(180, dLat / cos);
        Envelope around = new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat);
        Place best = null;
        double bestKm = maxKm;
        org.locationtech.jts.geom.Point p = geometry.createPoint(new Coordinate(longitude, latitude));
        for (Object o : index.query(around)) {
            int i = (Integer) o;
            Coordinate near = facets(i).nearestPoints(p)[0];
            double km = greatCircleKm(latitude, longitude, near.y, near.x);
            if (km <= bestKm) {
                bestKm = km;
                best = places.get(i);
            }
        }
        return best;
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private org.locationtech.jts.operation.distance.IndexedFacetDistance facets(int i) {
        var f = facets.get(i);
        if (f == null) {
            facets.compareAndSet(i, null,
                    new org.locationtech.jts.operation.distance.IndexedFacetDistance(polygons.get(i)));
            f = facets.get(i);
        }
        return f;
    }

    private IndexedPointInAreaLocator locator(int i) {
        IndexedPointInAreaLocator l = locators.get(i);
        if (l == null) {
            locators.compareAndSet(i, null, new IndexedPointInAreaLocator(polygons.get(i)));
            l = locators.get(i);
        }
        return l;
    }

    /** A point in the middle of the border two countries share in the data (for tests), or null. */
    Coordinate sharedVertex(String a, String b) {
        java.util.Set<Coordinate> ofA = new java.util.HashSet<>();
        for (int i = 0; i < polygons.size(); i++) {
            if (places.get(i).country().equals(a)) {
                ofA.addAll(java.util.Arrays.asList(polygons.get(i).getExteriorRing().getCoordinates()));
            }
        }
        List<Coordinate> shared = new ArrayList<>();
        for (int i = 0; i < polygons.size(); i++) {
            if (places.get(i).country().equals(b)) {
                for (Coordinate c : polygons.get(i).getExteriorRing().getCoordinates()) {
                    if (ofA.contains(c)) {
                        shared.add(c);
                    }
                }
            }
        }
        return shared.isEmpty() ? null : shared.get(shared.size() / 2);
    }

    /** The number of polygons read (a check that the file was whole). */
    int polygonCount() {
        return polygons.size();
    }
}
