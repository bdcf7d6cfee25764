package org.relocationplanner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.TripCheck;

/** Issue 16: a stay's bar is coloured by day, so only the days over the limit are red. */
class TimelineChartPartsTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void anOverstaysLegalDaysKeepTheLegalColourAndOnlyTheDaysOverTheLimitAreRed() {
        // 100 days in Kazakhstan from 14 August 2026 against 90 in 180: days 91 to 100 (from 12 November) are over
        Trip trip = new Trip("KZ", LocalDate.parse("2026-08-14"), LocalDate.parse("2026-11-21"), "");
        TripCheck over = new TripCheck(trip, "KZ", TripCheck.State.OVERSTAY, LocalDate.parse("2026-11-11"),
                LocalDate.parse("2026-11-12"), 10, List.of());
        assertEquals(List.of(new TimelineChart.Part(day("2026-08-14"), day("2026-11-11"), TripCheck.State.LEGAL),
                new TimelineChart.Part(day("2026-11-12"), day("2026-11-21"), TripCheck.State.OVERSTAY)),
                TimelineChart.parts(over, day("2026-08-14"), day("2026-11-21")));
    }

    @Test
    void aStayOverTheLimitFromItsFirstDayOrWithinItIsOnePiece() {
        Trip trip = new Trip("KZ", LocalDate.parse("2026-08-14"), LocalDate.parse("2026-08-20"), "");
        TripCheck fromTheStart = new TripCheck(trip, "KZ", TripCheck.State.OVERSTAY, null,
                LocalDate.parse("2026-08-14"), 7, List.of());
        assertEquals(List.of(new TimelineChart.Part(day("2026-08-14"), day("2026-08-20"), TripCheck.State.OVERSTAY)),
                TimelineChart.parts(fromTheStart, day("2026-08-14"), day("2026-08-20")));
        TripCheck legal = new TripCheck(trip, "KZ", TripCheck.State.LEGAL, LocalDate.parse("2026-11-11"), null, 0,
                List.of());
        assertEquals(List.of(new TimelineChart.Part(day("2026-08-14"), day("2026-08-20"), TripCheck.State.LEGAL)),
                TimelineChart.parts(legal, day("2026-08-14"), day("2026-08-20")));
    }
}
