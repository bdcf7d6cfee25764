package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relocationplanner.domain.Fixtures.d;
import static org.relocationplanner.domain.Fixtures.trip;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlapping trips: a border crossing shares one day and is fine; anything more is flagged with both trips. */
class TripOverlapsTest {

    private static final java.time.LocalDate TODAY = d("2026-12-04");

    @Test
    void aSameDayExitAndEntryIsABorderCrossingNotAnOverlap() {
        assertTrue(TripOverlaps.find(List.of(trip("GE", "2026-01-01", "2026-03-01"), trip("AM", "2026-03-01",
                "2026-03-10"), trip("GE", "2026-03-10", null)), TODAY).isEmpty());
        // a day trip on the day another stay begins, in either order
        assertTrue(TripOverlaps.find(List.of(trip("KZ", "2026-03-01", "2026-03-10"), trip("KG", "2026-03-01",
                "2026-03-01")), TODAY).isEmpty());
    }

    @Test
    void aTripWithoutAnExitDateRunsOnToTodayAndOverlapsWhatCameAfterIt() {
        Trip georgia = trip("GE", "2023-01-01", null);
        Trip kazakhstan = trip("KZ", "2024-03-01", "2024-03-10");
        List<TripOverlaps.Overlap> found = TripOverlaps.find(List.of(kazakhstan, georgia), TODAY);
        assertEquals(1, found.size());
        TripOverlaps.Overlap o = found.get(0);
        assertEquals(georgia, o.first());
        assertEquals(kazakhstan, o.second());
        assertEquals(d("2024-03-01"), o.from());
        assertEquals(10, o.days());
        assertTrue(o.openEnded());
    }

    @Test
    void aDayTripInsideAnotherStayIsFlagged() {
        List<TripOverlaps.Overlap> found = TripOverlaps.find(List.of(trip("GE", "2026-01-01", "2026-01-10"),
                trip("AM", "2026-01-05", "2026-01-05")), TODAY);
        assertEquals(1, found.get(0).days());
        assertFalse(found.get(0).openEnded());
    }

    @Test
    void aPlannedTripAfterTodayDoesNotOverlapTheStayUnderWay() {
        assertTrue(TripOverlaps.find(List.of(trip("GE", "2026-10-01", null), trip("KZ", "2027-01-10",
                "2027-01-20")), TODAY).isEmpty());
    }

    @Test
    void aTripBeingEditedIsCheckedAgainstTheOthers() {
        List<Trip> others = List.of(trip("GE", "2026-01-01", "2026-02-01"), trip("AM", "2026-02-01", "2026-02-10"));
        assertTrue(TripOverlaps.of(trip("KZ", "2026-02-10", "2026-02-20"), others, TODAY).isEmpty());
        List<TripOverlaps.Overlap> found = TripOverlaps.of(trip("KZ", "2026-01-20", "2026-02-05"), others, TODAY);
        assertEquals(List.of(13, 5), found.stream().map(TripOverlaps.Overlap::days).toList()); // 20.01-01.02, 01-05.02
    }

    @Test
    void thousandsOfNestedTripsReportAtMostFifty() {
        List<Trip> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(trip("GE", "2020-01-01", "2020-12-31"));
        }
        assertEquals(TripOverlaps.MAX_REPORTED, TripOverlaps.find(many, TODAY).size());
    }
}
