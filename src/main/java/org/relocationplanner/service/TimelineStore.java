package org.relocationplanner.service;

import java.util.List;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Trip;

/** Where the timeline keeps the user's trips and documents; called off the FX thread. */
public interface TimelineStore {

    /** Stores an edit of the trips and documents in one transaction, writing only what changed. */
    void save(List<Trip> trips, Documents documents);
}
