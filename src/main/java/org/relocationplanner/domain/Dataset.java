package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;

/** The shipped host-country data: a version that only grows, its release date, and its destinations. */
public record Dataset(Info info, List<Destination> destinations) {

    public record Info(int version, LocalDate released) {
    }

    public Dataset {
        destinations = List.copyOf(destinations);
    }
}
