package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.relocationplanner.domain.Fixtures.d;
import static org.relocationplanner.domain.Fixtures.engine;
import static org.relocationplanner.domain.Fixtures.rolling;
import static org.relocationplanner.domain.Fixtures.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stays counted against dated rules; every expected date below is worked out by hand in the comment beside it. */
class StayEngineTest {

    private static Destination country(String code, StayRule... rules) {
        return Fixtures.destination(code, code, code, List.of(rules));
    }

    private final Destination schengenMember = new Destination("FR", LocalizedText.of("France", "Франция"), "EUR",
            Map.of(), List.of(), List.of(rolling("SCHENGEN", 90, 180)),
            new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));

    @Test
    void ninetyDaysInAnyOneHundredEightyEndOnTheNinetiethDay() {
        // 1 Jan to 30 Mar 2024 is 31 + 29 + 30 = 90 days
        AreaStatus s = engine(schengenMember).status(List.of(trip("FR", "2024-01-01", null)), "SCHENGEN", "RU",
                d("2024-02-15"));
        assertEquals(46, s.daysUsed()); // 31 in January + 15 in February
        assertEquals(90, s.limit());
        assertTrue(s.inside());
        assertEquals(d("2024-03-30"), s.latestLegalExit());
        assertEquals(0, s.overstayDays());
        assertNull(s.legalAgainFrom());
    }

    @Test
    void afterNinetyDaysANewEntryIsLegalOnceTheFirstDayLeavesTheWindow() {
        StayEngine e = engine(schengenMember);
        List<Trip> trips = List.of(trip("FR", "2024-01-01", "2024-03-30"));
        AreaStatus s = e.status(trips, "SCHENGEN", "RU", d("2024-04-10"));
        assertFalse(s.inside());
        assertEquals(90, s.daysUsed());
        assertEquals(0, s.overstayDays());
        // the window ending on day X holds days X-179..X; 1 Jan leaves it on 29 Jun (1 Jan + 180 days)
        assertEquals(d("2024-06-29"), s.legalAgainFrom());
        assertNull(s.latestLegalExit(), "entering on 10 April would already be over the limit");
        // entering on 29 June: each new day replaces one old day until the old stay has left the window on
        // 26 September (30 March + 180 days); 29 June to 26 September is 90 days
        AreaStatus later = e.status(trips, "SCHENGEN", "RU", d("2024-06-29"));
        assertNull(later.legalAgainFrom());
        assertEquals(d("2024-09-26"), later.latestLegalExit());
    }

    @Test
    void aDayOverTheLimitIsAnOverstayAndTellsWhenEntryIsLegalAgain() {
        AreaStatus s = engine(schengenMember).status(List.of(trip("FR", "2024-01-01", "2024-03-31")), "SCHENGEN",
                "RU", d("2024-03-31"));
        assertEquals(91, s.daysUsed());
        assertEquals(1, s.overstayDays());
        assertNull(s.latestLegalExit());
        assertEquals("Over the limit by 1 day", s.warnings().get(0));
        // leaving on 31 March: with 1 and 2 January out of the window, 89 days remain: from 30 June
        assertEquals(d("2024-06-30"), s.legalAgainFrom());
    }

    @Test
    void anOldOverstayNoLongerBlocksLaterAnswers() {
        StayEngine e = engine(schengenMember);
        List<Trip> trips = List.of(trip("FR", "2022-01-01", "2022-05-31"), trip("FR", "2024-05-01", null));
        AreaStatus s = e.status(trips, "SCHENGEN", "RU", d("2024-05-10"));
        assertEquals(10, s.daysUsed());
        assertEquals(0, s.overstayDays());
        assertEquals(d("2024-07-29"), s.latestLegalExit()); // 1 May + 89 days
    }

    @Test
    void kazakhstanCountsPerEntryBeforeTwentySeventhJanuary2023AndNinetyInAnyOneHundredEightyFromThen() {
        // as the Interior Ministry put it (RBC, 18 January 2023): the rule covers entries from 27 January and has no
        // retroactive force: days before it do not count, and a stay begun before it keeps the old rule
        Destination kz = country("KZ",
                Fixtures.rule("KZ", null, d("2023-01-26"), 90, null, null, StayRule.WindowKind.PER_ENTRY, true),
                Fixtures.rule("KZ", d("2023-01-27"), null, 90, 90, 180, StayRule.WindowKind.ROLLING, false)
                        .withTransition(false, true));
        StayEngine e = engine(kz);
        // 1 Nov 2022 to 25 Jan 2023: 30 + 31 + 25 = 86 days; a visa run on 25 January starts a new entry
        List<Trip> trips = List.of(trip("KZ", "2022-11-01", "2023-01-25"), trip("KZ", "2023-01-25", null));
        AreaStatus before = e.status(trips, "KZ", "RU", d("2023-01-20"));
        assertEquals(81, before.daysUsed()); // 30 + 31 + 20
        assertEquals(90, before.limit());
        // the entry of 25 January keeps the old 90 days per entry: 25 January to 1 March is 7 + 28 + 1 = 36 days,
        // and the 90th day is 24 April
        AreaStatus kept = e.status(trips, "KZ", "RU", d("2023-03-01"));
        assertEquals(36, kept.daysUsed());
        assertEquals(d("2023-04-24"), kept.latestLegalExit());
        assertTrue(kept.notes().contains(StayWarning.on(StayWarning.Kind.KEPT_RULE, d("2023-01-27"))), kept.notes()
                .toString());
        // an entry after the change is counted by the new rule alone, which counts no day before 27 January:
        // 1 February to 1 March is 29 days, and the 90th day from 1 February is 1 May
        List<Trip> later = List.of(trip("KZ", "2022-11-01", "2023-01-25"), trip("KZ", "2023-02-01", null));
        AreaStatus fresh = e.status(later, "KZ", "RU", d("2023-03-01"));
        assertEquals(29, fresh.daysUsed());
        assertEquals(d("2023-05-01"), fresh.latestLegalExit()); // 1 February + 89 days
    }

    @Test
    void whereTheSourcesDoNotSayHowARuleTreatsEarlierDaysAndStaysTheStricterReadingCountsAndSaysSo() {
        Destination kz = country("KZ",
                Fixtures.rule("KZ", null, d("2023-01-26"), 90, null, null, StayRule.WindowKind.PER_ENTRY, true),
                Fixtures.rule("KZ", d("2023-01-27"), null, 90, 90, 180, StayRule.WindowKind.ROLLING, false));
        List<Trip> trips = List.of(trip("KZ", "2022-11-01", "2023-01-25"), trip("KZ", "2023-01-25", null));
        AreaStatus s = engine(kz).status(trips, "KZ", "RU", d("2023-03-01"));
        // the new rule counting every day of the 180 before 1 March: 2 September 2022 on, so 86 + 35 = 121 days,
        // 31 over; the old rule alone would allow 36 of 90
        assertEquals(121, s.daysUsed());
        assertEquals(31, s.overstayDays());
        assertTrue(s.notes().contains(StayWarning.on(StayWarning.Kind.KEPT_RULE_UNKNOWN, d("2023-01-27"))));
        assertTrue(s.notes().contains(StayWarning.on(StayWarning.Kind.DAYS_BEFORE_UNKNOWN, d("2023-01-27"))));
    }

    @Test
    void aPerEntryCapStartsAgainWithEachEntry() {
        Destination rs = country("RS",
                Fixtures.rule("RS", null, null, 30, null, null, StayRule.WindowKind.PER_ENTRY, true));
        StayEngine e = engine(rs);
        List<Trip> trips = List.of(trip("RS", "2024-05-01", "2024-05-30"), trip("RS", "2024-05-30", null));
        AreaStatus s = e.status(trips, "RS", "RU", d("2024-06-10"));
        assertEquals(12, s.daysUsed()); // 30 May to 10 June
        assertEquals(d("2024-06-28"), s.latestLegalExit()); // 30 May + 29 days
        AreaStatus outside = e.status(List.of(trip("RS", "2024-05-01", "2024-05-30")), "RS", "RU", d("2024-06-01"));
        assertFalse(outside.inside());
        assertNull(outside.legalAgainFrom(), "entry is legal again at once");
        assertEquals(d("2024-06-30"), outside.latestLegalExit()); // entering 1 June: 30 days to 30 June
    }

    @Test
    void aCalendarYearCapOpensAgainOnTheFirstOfJanuary() {
        Destination az = country("AZ", new StayRule("AZ", "RU", d("2025-01-01"), null, true, 90, null, null,
                StayRule.WindowKind.CALENDAR_YEAR, 90, false, StayRule.Confidence.M, LocalizedText.EMPTY, Fixtures.SOURCE));
        AreaStatus s = engine(az).status(List.of(trip("AZ", "2025-01-01", "2025-03-31")), "AZ", "RU", d("2025-04-15"));
        assertEquals(90, s.daysUsed()); // 31 + 28 + 31
        assertEquals(d("2026-01-01"), s.legalAgainFrom());
    }

    @Test
    void aSchengenMembersDaysCountForTheAreaOnlyFromTheDayItJoined() {
        Destination hr = new Destination("HR", LocalizedText.of("Croatia", "Хорватия"), "EUR", Map.of(), List.of(),
                List.of(Fixtures.rule("HR", null, null, 90, 90, 180, StayRule.WindowKind.FROM_FIRST_ENTRY, false),
                        rolling("SCHENGEN", 90, 180)),
                new Destination.AreaMembership("SCHENGEN", d("2023-01-01")));
        StayEngine e = engine(hr, schengenMember);
        List<Trip> trips = List.of(trip("HR", "2022-12-20", "2023-01-10"), trip("FR", "2023-01-11", "2023-01-15"));
        AreaStatus schengen = e.status(trips, "SCHENGEN", "RU", d("2023-01-15"));
        assertEquals(15, schengen.daysUsed()); // 1 to 10 January in Croatia, 11 to 15 in France
        List<AreaStatus> all = e.statuses(trips, "RU", d("2023-01-15"));
        assertEquals(List.of("HR", "SCHENGEN"), all.stream().map(AreaStatus::area).toList());
        assertEquals(12, all.get(0).daysUsed()); // 20 to 31 December 2022 under Croatia's own rule
    }

    @Test
    void aDayInTwoCountriesCountsInBoth() {
        Destination ge = country("GE", Fixtures.rule("GE", null, null, 365, null, null, StayRule.WindowKind.PER_ENTRY, true));
        Destination am = country("AM", rolling("AM", 180, 365));
        List<Trip> trips = List.of(trip("GE", "2024-01-01", "2024-01-10"), trip("AM", "2024-01-10", "2024-01-20"));
        StayEngine e = engine(ge, am);
        assertEquals(10, e.status(trips, "GE", "RU", d("2024-01-20")).daysUsed());
        assertEquals(11, e.status(trips, "AM", "RU", d("2024-01-20")).daysUsed());
    }

    @Test
    void unknownRulesAndTheOwnCountrySayWhatTheyAre() {
        StayEngine e = engine(schengenMember);
        AreaStatus home = e.status(List.of(trip("RU", "2024-01-01", null)), "RU", "RU", d("2024-03-01"));
        assertNull(home.limit());
        assertTrue(home.warnings().isEmpty());
        AreaStatus unknown = e.status(List.of(trip("NP", "2024-01-01", null)), "NP", "RU", d("2024-01-31"));
        assertNull(unknown.limit());
        assertEquals(31, unknown.daysUsed());
        assertEquals("No stay rule is known for this area and passport", unknown.warnings().get(0));
    }

    @Test
    void legalAgainFromAndTheEarliestStayComeFromOneCountAndCannotDisagree() {
        // over the limit in Georgia on 4 December 2026 with no exit date: a new entry is counted from tomorrow, by
        // both answers (the earliest stay used to allow a "new" 90-day stay starting today, inside the overstay)
        Destination ge = country("GE", Fixtures.rule("GE", null, null, 365, null, null, StayRule.WindowKind.PER_ENTRY,
                true));
        StayEvaluation e = engine(ge).evaluate(new Situation("RU", List.of(trip("GE", "2023-01-01", null)),
                Documents.NONE), d("2026-12-04"));
        AreaStatus s = e.status("GE");
        assertTrue(s.overstayDays() > 0);
        assertEquals(d("2026-12-05"), s.legalAgainFrom());
        assertEquals(s.legalAgainFrom(), e.earliestStay("GE", 1, d("2026-12-04")).orElseThrow());
        assertEquals(d("2026-12-05"), e.earliestStay("GE", 90, d("2026-12-04")).orElseThrow());
        // and in a rolling window the 90-day stay comes no earlier than the first legal day
        Destination fr = new Destination("FR", LocalizedText.of("France", "Франция"), "EUR", Map.of(), List.of(),
                List.of(rolling("SCHENGEN", 90, 180)), new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));
        StayEvaluation f = engine(fr).evaluate(new Situation("RU", List.of(trip("FR", "2026-07-01", "2026-09-30")),
                Documents.NONE), d("2026-12-04"));
        LocalDate again = f.status("SCHENGEN").legalAgainFrom();
        assertEquals(again, f.earliestStay("SCHENGEN", 1, d("2026-12-04")).orElseThrow());
        assertFalse(f.earliestStay("SCHENGEN", 90, d("2026-12-04")).orElseThrow().isBefore(again));
    }

    @Test
    void theEarliestStayCountsTheStayUnderWayToItsRecordedExit() {
        // in France from 1 October to 25 December 2026 (86 days), asked on 4 December: a 30-day stay needs the
        // window to hold at most 60 of those days: from 26 March 2027 (window from 27 September 2026 holds them
        // all... until October days leave it); the answer is the same on 26 December, after the exit
        Destination fr = new Destination("FR", LocalizedText.of("France", "Франция"), "EUR", Map.of(), List.of(),
                List.of(rolling("SCHENGEN", 90, 180)), new Destination.AreaMembership("SCHENGEN", d("1995-03-26")));
        List<Trip> trips = List.of(trip("FR", "2026-10-01", "2026-12-25"));
        LocalDate before = engine(fr).evaluate(new Situation("RU", trips, Documents.NONE), d("2026-12-04"))
                .earliestStay("SCHENGEN", 30, d("2026-12-04")).orElseThrow();
        LocalDate after = engine(fr).evaluate(new Situation("RU", trips, Documents.NONE), d("2026-12-26"))
                .earliestStay("SCHENGEN", 30, d("2026-12-26")).orElseThrow();
        assertEquals(after, before);
        assertEquals(d("2027-03-26"), before);
    }

    @Test
    void tripsThatOverlapInOneCountryAreOneStayNotAVisaRun() {
        // Georgia from 1 January to 20 December 2025, and again from 1 December with no exit date: one stay from
        // 1 January 2025, over its year since 1 January 2026
        Destination ge = country("GE", Fixtures.rule("GE", null, null, 365, null, null, StayRule.WindowKind.PER_ENTRY,
                true));
        AreaStatus s = engine(ge).status(List.of(trip("GE", "2025-01-01", "2025-12-20"), trip("GE", "2025-12-01",
                null)), "GE", "RU", d("2026-02-15"));
        assertEquals(46, s.overstayDays()); // 411 days of one stay
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("(counted as one stay)")), s.warnings().toString());
        // a same-day exit and entry is a new stay
        AreaStatus run = engine(ge).status(List.of(trip("GE", "2025-01-01", "2025-12-20"), trip("GE", "2025-12-20",
                null)), "GE", "RU", d("2026-02-15"));
        assertEquals(0, run.overstayDays());
    }
}
