package org.relocationplanner.domain.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One dated position from a user's own records: a location history point, a photo's GPS tag, a GPX track point.
 * The local day is known one of three ways: {@code day} when the record gives the local date itself (a photo's
 * "date taken" is the camera's wall clock), else {@code instant} with the record's own {@code offset}, else
 * {@code instant} in the time zone of where the position lies (found when it is placed).
 */
public record Fix(double latitude, double longitude, Instant instant, ZoneOffset offset, LocalDate day) {

    public Fix {
        if (instant == null && day == null) {
            throw new IllegalArgumentException("a position needs a time or a day");
        }
    }

    public static Fix at(double latitude, double longitude, Instant instant) {
        return new Fix(latitude, longitude, instant, null, null);
    }

    /** Whether the position is a real one: within -90..90 and -180..180, and not the 0,0 of a missing fix. */
    public boolean plausible() {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180
                && !(latitude == 0 && longitude == 0) && !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
