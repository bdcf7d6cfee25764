package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A country that counts under an area's rules from a day on: a Schengen state from the day it began applying the
 * Schengen acquis in full. Days spent there before that day count for the country alone.
 */
public record AreaMember(String country, String area, LocalDate from, Source source) {

    public AreaMember {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
    }

    public Destination.AreaMembership membership() {
        return new Destination.AreaMembership(area, from);
    }
}
