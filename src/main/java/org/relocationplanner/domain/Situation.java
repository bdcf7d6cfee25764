package org.relocationplanner.domain;

import java.util.List;
import java.util.Objects;

/** Everything the stay engine looks at for one user: the passport the rules are read for, trips and documents. */
public record Situation(String passport, List<Trip> trips, Documents documents) {

    public Situation {
        Objects.requireNonNull(passport, "passport");
        trips = List.copyOf(trips);
        documents = documents == null ? Documents.NONE : documents;
    }
}
