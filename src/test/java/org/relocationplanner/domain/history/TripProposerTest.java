package org.relocationplanner.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Trip;

class TripProposerTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    private static void at(DayLog log, String country, LocalDate from, LocalDate to) {
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
            log.add(x, country, Source.LOCATION_HISTORY);
        }
    }

    @Test
    void aBorderDayCountsInBothAndBothEndsAreSure() {
        DayLog log = new DayLog();
        at(log, "GE", d(3, 1), d(3, 10));
        at(log, "AM", d(3, 10), d(3, 20));
        at(log, "GE", d(3, 21), d(3, 25));
        List<ProposedTrip> p = TripProposer.propose(log);
        assertEquals(3, p.size());
        ProposedTrip am = p.get(1);
        assertEquals("AM", am.country());
        assertEquals(d(3, 10), am.entry());
        assertEquals(d(3, 20), am.exit());
        assertEquals(ProposedTrip.Sureness.SURE, am.sureness());
        assertEquals(11, am.days());
        // the first trip: the records start on its entry day, so its entry is not known
        assertNull(p.get(0).seenBefore());
        assertEquals(ProposedTrip.Sureness.UNSURE, p.get(0).sureness());
        assertEquals(d(3, 10), p.get(0).exit());
        assertEquals(0, p.get(0).exitUnknownDays());
    }

    @Test
    void aSilenceOfAWeekIsBridgedAndMarkedALongerOneEndsTheTrip() {
        DayLog log = new DayLog();
        at(log, "AM", d(2, 25), d(2, 28));
        at(log, "GE", d(3, 1), d(3, 5));
        at(log, "GE", d(3, 13), d(3, 20)); // 7 silent days: one trip with a gap
        at(log, "GE", d(3, 29), d(4, 2)); // 8 silent days: a new trip
        at(log, "AM", d(4, 3), d(4, 5));
        List<ProposedTrip> p = TripProposer.propose(log).stream().filter(t -> t.country().equals("GE")).toList();
        assertEquals(2, p.size());
        assertEquals(d(3, 1), p.get(0).entry());
        assertEquals(d(3, 20), p.get(0).exit());
        assertEquals(7, p.get(0).longestGap());
        assertEquals(13, p.get(0).daysWithPositions());
        assertEquals(8, p.get(0).exitUnknownDays());
        assertEquals(ProposedTrip.Sureness.UNSURE, p.get(0).sureness());
        assertEquals(d(3, 29), p.get(1).entry());
        assertEquals(8, p.get(1).entryUnknownDays());
        assertEquals(0, p.get(1).exitUnknownDays());
    }

    @Test
    void aFewUnknownDaysAtAnEndAreFair() {
        DayLog log = new DayLog();
        at(log, "KZ", d(5, 1), d(5, 3));
        at(log, "KG", d(5, 6), d(5, 20)); // 2 silent days between: the border was crossed on one of 5-3..5-6
        at(log, "KZ", d(5, 21), d(5, 22));
        ProposedTrip kg = TripProposer.propose(log).stream().filter(t -> t.country().equals("KG")).findFirst()
                .orElseThrow();
        assertEquals(2, kg.entryUnknownDays());
        assertEquals(d(5, 3), kg.seenBefore());
        assertEquals(ProposedTrip.Sureness.FAIR, kg.sureness());
    }

    @Test
    void checkAgainstSavedTrips() {
        DayLog log = new DayLog();
        at(log, "GE", d(3, 1), d(3, 10));
        at(log, "AM", d(3, 11), d(3, 20));
        at(log, "TR", d(3, 21), d(3, 25));
        at(log, "RS", d(4, 1), d(4, 5));
        List<ProposedTrip> p = TripProposer.propose(log);
        List<Trip> saved = List.of(new Trip("GE", d(2, 20), d(3, 10), ""), new Trip("AM", d(3, 15), d(3, 30), ""),
                new Trip("KZ", d(3, 22), d(3, 24), ""));
        List<ProposalCheck> c = ProposalCheck.against(p, saved, d(12, 1));
        assertEquals(ProposalCheck.Status.ALREADY_SAVED, c.get(0).status());
        assertEquals(ProposalCheck.Status.DATES_DIFFER, c.get(1).status());
        assertEquals(ProposalCheck.Status.CLASHES, c.get(2).status());
        assertEquals(List.of(saved.get(1), saved.get(2)), c.get(2).related());
        assertEquals(ProposalCheck.Status.NEW, c.get(3).status());
        assertEquals(List.of(false, false, false, true), c.stream().map(ProposalCheck::acceptedAtFirst).toList());
    }
}
