package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipped host-country data: a version that only grows, its release date, its destinations (compared in
 * full), the members of areas such as the Schengen area with the day each joined, and the stay rules of every
 * other country and area: researched ones, and for the rest of the world a baseline from a general listing
 * (for the RU passport as rules, for every passport as the compact {@link Baseline}).
 */
public record Dataset(Info info, List<Destination> destinations, List<AreaMember> members, List<StayRule> rules,
                      Baseline baseline) {

    public record Info(int version, LocalDate released) {
    }

    public Dataset {
        destinations = List.copyOf(destinations);
        members = List.copyOf(members);
        rules = List.copyOf(rules);
        baseline = baseline == null ? Baseline.NONE : baseline;
    }

    public Dataset(Info info, List<Destination> destinations, List<AreaMember> members, List<StayRule> rules) {
        this(info, destinations, members, rules, Baseline.NONE);
    }

    public Dataset(Info info, List<Destination> destinations) {
        this(info, destinations, List.of(), List.of());
    }
}
