package org.relocationplanner.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time zone of a position in a known country, to tell the local day of a time given in UTC: the country's one
 * zone, or, for a country of several (Russia, Kazakhstan before March 2024's single zone is in the rules), the zone
 * whose principal city in the IANA tzdb's zone.tab (public domain, tzdata 2025b; shipped as zones.tsv) is nearest.
 * Near a zone's edge the nearest city may be in the neighbouring zone: an hour's difference, which moves a day only
 * for a position within that hour of midnight. A country zone.tab does not list gets the offset of its longitude
 * (15 degrees an hour).
 */
public final class TimeZones {

    private record Zone(double latitude, double longitude, ZoneId id) {
    }

    private final Map<String, List<Zone>> byCountry;

    private TimeZones(Map<String, List<Zone>> byCountry) {
        this.byCountry = byCountry;
    }

    public static TimeZones shipped() {
        try (InputStream in = TimeZones.class.getResourceAsStream("/org/relocationplanner/data/zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("The app's time zone table is missing");
            }
            Map<String, List<Zone>> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                ZoneId id;
                try {
                    id = ZoneId.of(f[3]);
                } catch (java.time.DateTimeException e) {
                    continue; // a zone this runtime's rules do not know: the next nearest city stands in
                }
                map.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Zone(Double.parseDouble(f[1]), Double.parseDouble(f[2]), id));
            }
            return new TimeZones(map);
        } catch (IOException e) {
            throw new IllegalStateException("The app's time zone table cannot be read: " + e.getMessage(), e);
        }
    }

    /** The zone of a position in {@code country}, or null when the country has none listed. */
    public ZoneId zone(String country, double latitude, double longitude) {
        List<Zone> zones = byCountry.get(country);
        if (zones == null) {
            return null;
        }
        if (zones.size() == 1) {
            return zones.get(0).id();
        }
        Zone best = null;
        double bestKm = Double.MAX_VALUE;
        for (Zone z : zones) {
            double km = Boundaries.greatCircleKm(latitude, longitude, z.latitude(), z.longitude());
            if (km < bestKm) {
                bestKm = km;
                best = z;
            }
        }
        return best.id();
    }

    /** The zone of the position, or its longitude's offset when the country lists none. */
    public ZoneId zoneOrLongitude(String country, double latitude, double longitude) {
        ZoneId z = zone(country, latitude, longitude);
        return z != null ? z : ZoneOffset.ofHours((int) Math.max(-12, Math.min(14, Math.round(longitude / 15))));
    }
}
