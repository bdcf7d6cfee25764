package org.relocationplanner.ui.timeline;

import java.util.List;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Trip;

/** Where the timeline keeps the user's trips and documents; called off the FX thread. */
public interface TimelineStore {

    void saveTrips(List<Trip> trips);

    void saveDocuments(Documents documents);
}
