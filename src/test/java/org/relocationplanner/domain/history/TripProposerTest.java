package org.relocationplanner.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            for (int i = 0; i < 3; i++) {
                log.add(x, country, Source.LOCATION_HISTORY);
            }
        }
    }

    private static ProposedTrip only(List<ProposedTrip> trips, String country) {
        List<ProposedTrip> of = trips.stream().filter(t -> t.country().equals(country)).toList();
        assertEquals(1, of.size(), of.toString());
        return of.get(0);
    }

    @Test
    void aBorderDayCountsInBothAndBothEndsAreSure() {
        DayLog log = new DayLog();
        at(log, "GE", d(3, 1), d(3, 10));
        at(log, "AM", d(3, 10), d(3, 20));
        at(log, "GE", d(3, 20), d(3, 25));
        List<ProposedTrip> p = TripProposer.propose(log, null);
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
    void aCrossingBetweenTwoDaysPutsTheEntryOnTheEarlierSoThatBothCount() {
        DayLog log = new DayLog();
        at(log, "KZ", d(5, 1), d(5, 3));
        at(log, "KG", d(5, 4), d(5, 20)); // last in KZ on the 3rd, first in KG on the 4th
        at(log, "KZ", d(5, 21), d(5, 22));
        ProposedTrip kg = only(TripProposer.propose(log, null), "KG");
        assertEquals(d(5, 3), kg.entry(), "the 3rd, a possible crossing day, counts in KG too");
        assertEquals(d(5, 4), kg.firstSeen());
        assertEquals(1, kg.entryUnknownDays());
        assertEquals(d(5, 20), kg.exit());
        assertEquals(1, kg.exitUnknownDays());
        assertEquals(ProposedTrip.Sureness.FAIR, kg.sureness());
    }

    @Test
    void daysWithoutAnyPositionBetweenTwoCountriesLeaveTheCrossingOpenOverThem() {
        DayLog log = new DayLog();
        at(log, "KZ", d(5, 1), d(5, 3));
        at(log, "KG", d(5, 6), d(5, 20)); // nothing on the 4th and 5th: crossed on one of the 3rd to the 6th
        at(log, "KZ", d(5, 21), d(5, 22));
        ProposedTrip kg = only(TripProposer.propose(log, null), "KG");
        assertEquals(d(5, 6), kg.entry(), "several possible days: the first seen, with the range in the note");
        assertEquals(3, kg.entryUnknownDays());
        assertEquals(d(5, 3), kg.seenBefore());
        assertEquals(ProposedTrip.Sureness.FAIR, kg.sureness());
    }

    @Test
    void aSilenceInOneCountryIsOneStayMarkedUnsureNeverAnExitAndAReEntry() {
        DayLog log = new DayLog();
        at(log, "AM", d(2, 25), d(2, 28));
        at(log, "GE", d(2, 28), d(3, 5));
        at(log, "GE", d(4, 20), d(4, 25)); // 45 silent days: the records do not show a departure
        at(log, "AM", d(4, 25), d(4, 28));
        ProposedTrip ge = only(TripProposer.propose(log, null), "GE");
        assertEquals(d(2, 28), ge.entry());
        assertEquals(d(4, 25), ge.exit());
        assertEquals(45, ge.longestGap());
        assertEquals(ProposedTrip.Sureness.UNSURE, ge.sureness());
    }

    @Test
    void daysAtSeaOrInKosovoEndAStayLikeDaysElsewhere() {
        DayLog log = new DayLog();
        at(log, "RS", d(6, 1), d(6, 5));
        for (int day = 6; day <= 9; day++) {
            log.addElsewhere(d(6, day), Source.LOCATION_HISTORY);
        }
        at(log, "RS", d(6, 10), d(6, 12));
        List<ProposedTrip> rs = TripProposer.propose(log, null);
        assertEquals(2, rs.size(), "two stays in Serbia, not one across Kosovo");
        assertEquals(d(6, 6), rs.get(0).seenAfter());
    }

    @Test
    void aStayTheRecordsEndInWithinThreeDaysOfTodayGoesOn() {
        DayLog log = new DayLog();
        at(log, "AM", d(11, 1), d(11, 10));
        at(log, "GE", d(11, 10), d(11, 20));
        List<ProposedTrip> p = TripProposer.propose(log, d(11, 22));
        ProposedTrip ge = only(p, "GE");
        assertTrue(ge.open());
        assertNull(ge.exit(), "still there");
        assertEquals(0, ge.exitUnknownDays());
        assertFalse(only(TripProposer.propose(log, d(11, 24)), "GE").open(), "four days on: the records stopped");
    }

    @Test
    void fewPositionsOrOnlyPositionsNearTheOutlineAreUnsure() {
        DayLog log = new DayLog();
        at(log, "EE", d(7, 1), d(7, 10));
        log.add(d(7, 5), "RU", Source.PHOTO); // one stray fix across the river
        ProposedTrip ru = only(TripProposer.propose(log, null), "RU");
        assertEquals(1, ru.positions());
        assertEquals(ProposedTrip.Sureness.UNSURE, ru.sureness());

        DayLog narva = new DayLog();
        at(narva, "EE", d(7, 1), d(7, 4));
        for (int i = 0; i < 20; i++) {
            narva.add(d(7, 5), "RU", Source.LOCATION_HISTORY, true);
        }
        at(narva, "EE", d(7, 5), d(7, 10));
        ProposedTrip near = only(TripProposer.propose(narva, null), "RU");
        assertTrue(near.nearBorderOnly());
        assertEquals(ProposedTrip.Sureness.UNSURE, near.sureness());
    }

    @Test
    void cutToTheDaysAskedFor() {
        DayLog log = new DayLog();
        at(log, "GE", d(3, 1), d(3, 10));
        at(log, "AM", d(3, 10), d(3, 20));
        ProposedTrip am = only(TripProposer.propose(log, null), "AM").within(d(3, 12), d(3, 15));
        assertEquals(d(3, 12), am.entry());
        assertEquals(d(3, 15), am.exit());
        assertEquals(d(3, 12), am.from());
        assertNull(only(TripProposer.propose(log, null), "GE").within(d(3, 12), null), "entirely before");
    }

    @Test
    void checkAgainstSavedTrips() {
        DayLog log = new DayLog();
        at(log, "GE", d(3, 1), d(3, 10));
        at(log, "AM", d(3, 10), d(3, 20));
        at(log, "TR", d(3, 20), d(3, 25));
        at(log, "RS", d(3, 25), d(4, 5));
        at(log, "ME", d(4, 5), d(4, 9));
        at(log, "RS", d(4, 9), d(4, 12));
        at(log, "HU", d(4, 12), d(4, 14));
        List<ProposedTrip> p = TripProposer.propose(log, null);
        List<Trip> saved = List.of(new Trip("GE", d(2, 20), d(3, 10), ""), new Trip("AM", d(3, 15), d(3, 30), ""),
                new Trip("KZ", d(3, 22), d(3, 24), ""), new Trip("ME", d(4, 1), d(4, 4), ""));
        List<ProposalCheck> c = ProposalCheck.against(p, saved, d(12, 1));
        assertEquals(List.of("GE", "AM", "TR", "RS", "ME", "RS", "HU"), c.stream().map(x -> x.proposal().country()).toList());
        assertEquals(ProposalCheck.Status.ALREADY_SAVED, c.get(0).status());
        assertEquals(ProposalCheck.Status.DATES_DIFFER, c.get(1).status());
        assertEquals(ProposalCheck.Status.CLASHES, c.get(2).status());
        assertEquals(List.of(saved.get(1), saved.get(2)), c.get(2).related());
        assertEquals(ProposalCheck.Status.DATES_DIFFER, c.get(4).status(),
                "a saved stay in Montenegro ending the day before is the same stay with other dates");
        assertEquals(ProposalCheck.Status.NEW, c.get(5).status());
        // the last: new, but the records end in it, so not ticked
        assertEquals(List.of(false, false, false, false, false, true, false),
                c.stream().map(ProposalCheck::acceptedAtFirst).toList());
    }
}
