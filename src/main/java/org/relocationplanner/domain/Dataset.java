package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipped host-country data: a version that only grows, its release date, its destinations (compared in
 * full), the members of areas such as the Schengen area with the day each joined, and the stay rules of every
 * other country and area: researched ones, and for the rest of the world a baseline from a general listing.
 */
public record Dataset(Info info, List<Destination> destinations, List<AreaMember> members, List<StayRule> rules) {

    public record Info(int version, LocalDate released) {
    }

    public Dataset {
        destinations = List.copyOf(destinations);
        members = List.copyOf(members);
        rules = List.copyOf(rules);
    }

    public Dataset(Info info, List<Destination> destinations) {
        this(info, destinations, List.of(), List.of());
    }
}
