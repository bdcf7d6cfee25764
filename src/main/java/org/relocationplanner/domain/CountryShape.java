package org.relocationplanner.domain;

import java.util.List;
import java.util.Objects;

/**
 * A country's outline on the world map: rings of longitude and latitude in degrees, each ring {@code [lon0, lat0,
 * lon1, lat1, ...]}; holes are rings too (filled even-odd). {@code code} is the ISO 3166-1 alpha-2 code, null for a
 * territory without one.
 */
public record CountryShape(String code, List<double[]> rings) {

    public CountryShape {
        Objects.requireNonNull(rings, "rings");
        rings = List.copyOf(rings);
    }

    /** West, south, east and north bounds in degrees. */
    public double[] bounds() {
        double w = Double.POSITIVE_INFINITY;
        double s = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        double n = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                w = Math.min(w, ring[i]);
                e = Math.max(e, ring[i]);
                s = Math.min(s, ring[i + 1]);
                n = Math.max(n, ring[i + 1]);
            }
        }
        return new double[] {w, s, e, n};
    }

    /** Whether the point lies inside the shape (even-odd over all rings). */
    public boolean contains(double lon, double lat) {
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
