package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.relocationplanner.domain.Fixtures.d;
import static org.relocationplanner.domain.Fixtures.engine;
import static org.relocationplanner.domain.Fixtures.planned;
import static org.relocationplanner.domain.Fixtures.rolling;
import static org.relocationplanner.domain.Fixtures.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples: the Swiss State Secretariat for Migration's examples for its Schengen calculator
 * (sem.admin.ch, "Aufenthaltsrechner", examples 1, 2, 4, 5 and 6, last modified 1 December 2014), then permits,
 * visas, planned trips, the earliest possible stay, tax residency and passports. Every expected date is worked
 * out by hand in the comment beside it.
 */
class StayScenariosTest {

    private static final Destination FR = new Destination("FR", LocalizedText.of("France", "Франция"), "EUR",
            Map.of(), List.of(), List.of(rolling("SCHENGEN", 90, 180)),
            new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));

    private static final Destination KZ = Fixtures.destination("KZ", "Kazakhstan", "Казахстан",
            List.of(rolling("KZ", 90, 180)));

    private static AreaStatus schengen(String on, Trip... trips) {
        return engine(FR).status(List.of(trips), "SCHENGEN", "RU", d(on));
    }

    @Nested
    class SwissStateSecretariatForMigrationExamples {

        @Test
        void example1ReturningOnTheFirstOfJanuaryAllowsNinetyDaysAsOldDaysLeaveTheWindow() {
            // 15 Aug to 30 Sep 2014 is 17 + 30 = 47 days; entering 1 Jan 2015 the window holds 48, yet old days
            // drop out one a day from 11 Feb, so the stay can last 1 Jan to 31 Mar (31 + 28 + 31 = 90)
            AreaStatus s = schengen("2015-01-01", trip("FR", "2014-08-15", "2014-09-30"));
            assertFalse(s.inside());
            assertEquals(47, s.daysUsed());
            assertEquals(d("2015-03-31"), s.latestLegalExit());
            assertNull(s.legalAgainFrom());
        }

        @Test
        void example2StayingOnUntilThirteenthDecember() {
            // 47 + 30 = 77 days; 13 Dec: 47 + 30 + 13 = 90, and the window from 17 Jun still holds all of it
            AreaStatus s = schengen("2014-11-30", trip("FR", "2014-08-15", "2014-09-30"),
                    trip("FR", "2014-11-01", null));
            assertEquals(77, s.daysUsed());
            assertEquals(13, s.daysLeft());
            assertEquals(d("2014-12-13"), s.latestLegalExit());
        }

        @Test
        void example4TheStayOfJuneAndJulyIsOutsideTheWindow() {
            // window on 30 Jan 2014: 4 Aug 2013 to 30 Jan 2014: 47 + 30 = 77; staying on, 31 Mar is the 90th day
            AreaStatus s = schengen("2014-01-30", trip("FR", "2013-06-01", "2013-07-13"),
                    trip("FR", "2013-08-15", "2013-09-30"), trip("FR", "2014-01-01", null));
            assertEquals(77, s.daysUsed());
            assertEquals(d("2014-03-31"), s.latestLegalExit());
        }

        @Test
        void example5AShortOverstayAndTheFiftyDaysAfterReturningOnThirtiethAugust() {
            Trip[] history = {trip("FR", "2013-09-01", "2013-09-30"), trip("FR", "2014-02-21", "2014-04-20"),
                    trip("FR", "2014-05-01", "2014-06-09")};
            // window 12 Dec 2013 to 9 Jun 2014: 59 + 40 = 99 days, 9 over
            AreaStatus exit = schengen("2014-06-09", history);
            assertEquals(99, exit.daysUsed());
            assertEquals(9, exit.overstayDays());
            assertEquals("Over the limit by 9 days", exit.warnings().get(0));
            // returning 30 Aug: the window from 4 Mar holds 48 + 40 = 88 days; 2 + 30 + 18 = 50 days to 18 Oct
            AreaStatus back = schengen("2014-08-30", history);
            assertEquals(0, back.overstayDays(), "the past overstay does not block the answer");
            assertEquals(d("2014-10-18"), back.latestLegalExit());
        }

        @Test
        void example6ALongOverstayOfSeventyFourDays() {
            // window 3 Sep 2013 to 1 Mar 2014: 12 + 31 + 30 + 31 + 31 + 28 + 1 = 164 days, 74 over
            AreaStatus s = schengen("2014-03-01", trip("FR", "2013-06-28", "2013-08-09"),
                    trip("FR", "2013-09-19", "2014-03-01"));
            assertEquals(164, s.daysUsed());
            assertEquals(74, s.overstayDays());
            assertNull(s.latestLegalExit());
            // a new entry is legal once the window holds 89 days: on 29 May the window (1 Dec to 29 May) holds
            // the 91 days of 1 Dec to 1 Mar, on 31 May it holds 89 of them plus the day of entry
            assertEquals(d("2014-05-31"), s.legalAgainFrom());
        }
    }

    @Test
    void aWindowFromFirstEntryStartsAFreshPeriodWhereARollingWindowStillHoldsTheOldDays() {
        List<Trip> trips = List.of(trip("KG", "2024-01-01", "2024-01-10"), trip("KG", "2024-06-20", null));
        Destination fixed = Fixtures.destination("KG", "Kyrgyzstan", "Киргизия", List.of(
                Fixtures.rule("KG", null, null, null, 90, 180, StayRule.WindowKind.FROM_FIRST_ENTRY, false)));
        Destination rolling = Fixtures.destination("KG", "Kyrgyzstan", "Киргизия", List.of(rolling("KG", 90, 180)));
        // periods: 1 Jan to 28 Jun (10 + 9 days used), then from 29 Jun: 2 + 31 + 31 + 26 = 90 days to 26 Sep
        assertEquals(d("2024-09-26"), engine(fixed).status(trips, "KG", "RU", d("2024-06-20")).latestLegalExit());
        // rolling: the January days leave the window by 9 Jul; 20 Jun to 17 Sep is 11 + 31 + 31 + 17 = 90 days
        assertEquals(d("2024-09-17"), engine(rolling).status(trips, "KG", "RU", d("2024-06-20")).latestLegalExit());
    }

    @Test
    void aResidencePermitPausesTheCountWhileItIsValid() {
        Situation s = new Situation("RU", List.of(trip("KZ", "2024-01-01", null)), new Documents(List.of(),
                List.of(), List.of(new ResidencePermit("KZ", d("2024-02-01"), d("2024-12-31"), ""))));
        AreaStatus kz = engine(KZ).evaluate(s, d("2024-06-01")).status("KZ");
        assertEquals(31, kz.daysUsed()); // January only
        assertTrue(kz.notes().contains(new StayWarning(StayWarning.Kind.PERMIT, 0)));
        // from 1 Jan 2025 the count runs again, January 2024 is long out of the window: 31 + 28 + 31 = 90
        assertEquals(d("2025-03-31"), kz.latestLegalExit());
        List<Deadline> deadlines = Deadlines.of(engine(KZ).evaluate(s, d("2024-06-01")));
        assertTrue(deadlines.contains(new Deadline(Deadline.Kind.PERMIT_ENDS, d("2024-12-31"), "KZ", 0, null)));
    }

    @Test
    void aShortStayVisaBindsByItsDaysAndItsDates() {
        Destination de = new Destination("DE", LocalizedText.of("Germany", "Германия"), "EUR", Map.of(), List.of(),
                List.of(Fixtures.visaRequired("SCHENGEN")), new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));
        Visa visa = new Visa("SCHENGEN", Visa.Kind.SHORT_STAY, d("2024-03-01"), d("2024-03-20"), 1, 15, "");
        Situation s = new Situation("RU", List.of(trip("DE", "2024-03-05", null), planned("DE", "2024-04-01",
                "2024-04-03")), new Documents(List.of(), List.of(visa), List.of()));
        StayEvaluation e = engine(de).evaluate(s, d("2024-03-10"));
        // 15 days of stay from 5 March: 5 to 19 March
        assertEquals(d("2024-03-19"), e.status("SCHENGEN").latestLegalExit());
        TripCheck april = e.tripChecks().get(1);
        assertEquals(TripCheck.State.OVERSTAY, april.state(), "no visa covers April");
        assertEquals(d("2024-04-01"), april.firstIllegalDay());
    }

    @Test
    void aPlannedTripThatWouldOverstayIsMarkedWithItsFirstIllegalDay() {
        // 1 Jan to 29 Feb 2024 is 60 days; from 1 Apr the 31st day (1 May) makes 91 in the window
        Situation s = new Situation("RU", List.of(trip("KZ", "2024-01-01", "2024-02-29"),
                planned("KZ", "2024-04-01", "2024-05-15")), Documents.NONE);
        StayEvaluation e = engine(KZ).evaluate(s, d("2024-03-10"));
        TripCheck plan = e.tripChecks().get(1);
        assertEquals(TripCheck.State.OVERSTAY, plan.state());
        assertEquals(d("2024-05-01"), plan.firstIllegalDay());
        assertEquals(d("2024-04-30"), plan.latestLegalExit());
        assertEquals(15, plan.overstayDays()); // 1 to 15 May
        assertEquals(TripCheck.State.LEGAL, e.tripChecks().get(0).state());
        Deadline first = Deadlines.of(e).get(0);
        assertEquals(Deadline.Kind.PLANNED_OVERSTAY, first.kind());
        assertEquals(Deadline.Urgency.OVERDUE, first.urgency(d("2024-03-10")));
    }

    @Test
    void theCurrentStayGivesALeaveByDeadlineWithWarningStepsAt30And14And7Days() {
        Situation s = new Situation("RU", List.of(trip("KZ", "2024-01-01", null)), Documents.NONE);
        StayEvaluation e = engine(KZ).evaluate(s, d("2024-03-10"));
        Deadline leave = Deadlines.of(e).get(0);
        assertEquals(new Deadline(Deadline.Kind.LEAVE_BY, d("2024-03-30"), "KZ", 0, null), leave); // 31+29+30
        assertEquals(20, leave.daysLeft(d("2024-03-10")));
        assertEquals(Deadline.Urgency.WITHIN_30, leave.urgency(d("2024-03-10")));
        assertEquals(Deadline.Urgency.LATER, leave.urgency(d("2024-02-28")));
        assertEquals(Deadline.Urgency.WITHIN_14, leave.urgency(d("2024-03-16")));
        assertEquals(Deadline.Urgency.WITHIN_7, leave.urgency(d("2024-03-23")));
        assertEquals(TripCheck.State.LEGAL, e.tripChecks().get(0).state());
        StayEvaluation later = engine(KZ).evaluate(s, d("2024-03-20"));
        assertEquals(TripCheck.State.ENDING_SOON, later.tripChecks().get(0).state());
    }

    @Test
    void theEarliestDayANinetyDayStayCanBegin() {
        // the last day of a stay from s must not see 30 Sep in its window: s - 90 > 30 Sep, s >= 30 Dec 2014;
        // every day before it holds at most 47 old days + days so far, or 90 once old days leave
        StayEvaluation e = engine(FR).evaluate(new Situation("RU",
                List.of(trip("FR", "2014-08-15", "2014-09-30")), Documents.NONE), d("2014-12-01"));
        assertEquals(Optional.of(d("2014-12-30")), e.earliestStay("SCHENGEN", 90, d("2014-12-01")));
        assertEquals(Optional.of(d("2014-12-01")), e.earliestStay("SCHENGEN", 40, d("2014-12-01")));
        assertEquals(Optional.of(d("2015-02-01")), e.earliestStay("SCHENGEN", 90, d("2015-02-01")));
    }

    @Test
    void russianTaxResidencyCountsDaysInRussiaInTheTrailingTwelveMonths() {
        // 1 Jan to 1 Jul 2024: 31 + 29 + 31 + 30 + 31 + 30 + 1 = 183 days
        Situation s = new Situation("RU", List.of(trip("RU", "2024-01-01", "2024-07-01"),
                trip("GE", "2024-07-01", null)), Documents.NONE);
        TaxResidency tax = engine(KZ).evaluate(s, d("2024-07-10")).taxResidency();
        assertEquals(183, tax.daysInRussia());
        assertTrue(tax.resident());
        // on 1 Jan 2025 the 12 months start 2 Jan 2024: 182 days
        assertEquals(d("2025-01-01"), tax.changesOn());
        assertFalse(tax.residentAfter());
    }

    @Test
    void passportsWarnSixMonthsAheadAndBeforeAPlannedTripEnds() {
        Passport passport = new Passport("RU", "", d("2024-08-31"));
        Situation s = new Situation("RU", List.of(trip("KZ", "2024-01-01", "2024-01-20"),
                planned("KZ", "2024-08-20", "2024-09-05")), new Documents(List.of(passport), List.of(), List.of()));
        List<Deadline> all = Deadlines.of(engine(KZ).evaluate(s, d("2024-03-10")));
        assertTrue(all.contains(new Deadline(Deadline.Kind.PASSPORT_EXPIRES, d("2024-08-31"), "RU", 0, null)));
        assertTrue(all.stream().anyMatch(x -> x.kind() == Deadline.Kind.PASSPORT_BEFORE_TRIP_END));
        List<Deadline> earlier = Deadlines.of(engine(KZ).evaluate(new Situation("RU", List.of(),
                new Documents(List.of(passport), List.of(), List.of())), d("2024-02-28")));
        assertTrue(earlier.isEmpty(), "more than six months ahead: " + earlier);
    }

    @Test
    void whereARuleSaysReEntryDoesNotResetAVisaRunKeepsCountingTheSameStay() {
        Destination mn = Fixtures.destination("MN", "Mongolia", "Монголия", List.of(new StayRule("MN", "RU", null,
                null, true, 30, null, null, StayRule.WindowKind.PER_ENTRY, null, false, StayRule.Confidence.H,
                LocalizedText.EMPTY, Fixtures.SOURCE)));
        List<Trip> trips = List.of(trip("MN", "2024-03-01", "2024-03-30"), trip("MN", "2024-03-30", null));
        AreaStatus s = engine(mn).status(trips, "MN", "RU", d("2024-04-10"));
        assertEquals(41, s.daysUsed()); // 31 in March + 10 in April: the visa run on 30 March changes nothing
        assertEquals(11, s.overstayDays());
        Destination rs = Fixtures.destination("RS", "Serbia", "Сербия", List.of(
                Fixtures.rule("RS", null, null, 30, null, null, StayRule.WindowKind.PER_ENTRY, true)));
        assertEquals(12, engine(rs).status(List.of(trip("RS", "2024-03-01", "2024-03-30"),
                trip("RS", "2024-03-30", null)), "RS", "RU", d("2024-04-10")).daysUsed(), "where it resets: 30 Mar on");
    }

    @Test
    void movingOnToAnotherMemberOfTheAreaIsNotANewEntry() {
        Destination de = new Destination("DE", LocalizedText.of("Germany", "Германия"), "EUR", Map.of(), List.of(),
                List.of(Fixtures.visaRequired("SCHENGEN")), new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));
        Visa single = new Visa("SCHENGEN", Visa.Kind.SHORT_STAY, d("2024-03-01"), d("2024-03-31"), 1, 30, "");
        Situation s = new Situation("RU", List.of(trip("FR", "2024-03-01", "2024-03-04"),
                trip("DE", "2024-03-04", null)), new Documents(List.of(), List.of(single), List.of()));
        Destination fr = new Destination("FR", LocalizedText.of("France", "Франция"), "EUR", Map.of(), List.of(),
                List.of(Fixtures.visaRequired("SCHENGEN")), new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));
        AreaStatus schengen = engine(fr, de).evaluate(s, d("2024-03-10")).status("SCHENGEN");
        assertTrue(schengen.notes().isEmpty(), schengen.notes().toString());
        assertEquals(d("2024-03-30"), schengen.latestLegalExit()); // 30 days of stay from 1 March
    }

    @Test
    void aPlannedStayInTheCountryOfAPermitIsNotCountedAndGivesNoFalseDeadline() {
        Situation s = new Situation("RU", List.of(planned("FR", "2027-01-10", "2027-06-30")), new Documents(List.of(),
                List.of(), List.of(new ResidencePermit("FR", d("2026-01-01"), d("2028-12-31"), ""))));
        StayEvaluation e = engine(FR).evaluate(s, d("2026-11-22"));
        TripCheck plan = e.tripChecks().get(0);
        assertEquals(TripCheck.State.LEGAL, plan.state());
        // the permit covers the stay; from 1 Jan 2029 the count runs: 31 + 28 + 31 = 90 days to 31 March 2029
        assertEquals(d("2029-03-31"), plan.latestLegalExit());
    }

    @Test
    void aRuleOnRecordOnlyUntilADateGivesThatDayAsTheLatestExitAndSaysSo() {
        Destination vn = Fixtures.destination("VN", "Vietnam", "Вьетнам", List.of(
                Fixtures.rule("VN", null, d("2028-03-14"), 45, null, null, StayRule.WindowKind.PER_ENTRY, true)));
        AreaStatus s = engine(vn).status(List.of(trip("VN", "2028-03-01", null)), "VN", "RU", d("2028-03-05"));
        assertEquals(d("2028-03-14"), s.latestLegalExit());
        assertTrue(s.notes().contains(new StayWarning(StayWarning.Kind.RULE_ENDS, 0)));
    }

    @Test
    void aStayInTheOwnCountryIsAlwaysPossible() {
        StayEvaluation e = engine(KZ).evaluate(new Situation("RU", List.of(trip("RU", "2026-01-01", null)),
                Documents.NONE), d("2026-11-22"));
        assertEquals(Optional.of(d("2026-11-22")), e.earliestStay("RU", 200, d("2026-11-22")));
    }
}
