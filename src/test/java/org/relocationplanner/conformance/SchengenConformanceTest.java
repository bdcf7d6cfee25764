package org.relocationplanner.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relocationplanner.conformance.Stays.d;
import static org.relocationplanner.conformance.Stays.on;
import static org.relocationplanner.conformance.Stays.schengen;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.StayEvaluation;
import org.relocationplanner.domain.StayWarning;
import org.relocationplanner.domain.TripCheck;

/**
 * The Schengen "90 days in any 180" count against worked examples and test suites nobody here wrote, on the rules
 * the app ships (the Schengen members from the member list, the rule of Regulation (EU) 610/2013 from 18 October
 * 2013 counting earlier days, the "three months in six from first entry" before it). Each nested class names its
 * source; the numbers are the source's, restated where needed for a window that ends on and includes the day
 * checked, with entry and exit days counted (every source below uses that window, or says so in its examples).
 * Where a source's question differs from what the app answers, the comment says how it was turned into one.
 *
 * <p>The app's words: {@code daysUsed} is the window's count on the day (with that day while the user is there),
 * {@code latestLegalExit} the last day of a stay going on (or begun) that day, {@code overstayDays} how far over
 * the limit the count stands that day, a trip's first illegal day the first day counted over the limit.
 */
class SchengenConformanceTest {

    /**
     * Swiss State Secretariat for Migration, "Aufenthaltsrechner" examples 1 to 6 (sem.admin.ch,
     * /sem/en/home/themen/einreise/aufenthaltsrechner/bsp-N.html, last modified 1 December 2014). Example 3's stamp
     * table is garbled in every copy and is left out.
     */
    @Nested
    class SwissStateSecretariatForMigration {

        @Test
        void example1ReturningOnFirstJanuaryMayStayTheFullNinetyDays() {
            AreaStatus s = schengen("2015-01-01", "FR 2014-08-15 2014-09-30");
            assertEquals(47, s.daysUsed());
            assertEquals(d("2015-03-31"), s.latestLegalExit()); // "up to 90 days"
        }

        @Test
        void example2MayRemainUntilThirteenthDecember() {
            AreaStatus s = schengen("2014-11-30", "FR 2014-08-15 2014-09-30", "CH 2014-11-01 -");
            assertEquals(77, s.daysUsed());
            assertEquals(13, s.daysLeft());
            assertEquals(d("2014-12-13"), s.latestLegalExit());
        }

        @Test
        void example4CountsTheStaysOfAugustAndSeptember2013AfterTheRuleOfOctober2013() {
            // the June-July 2013 stay is outside the window of 30 January 2014; the later 2013 stay, before
            // 18 October 2013, counts: 47 + 30 = 77
            AreaStatus s = schengen("2014-01-30", "IT 2013-06-01 2013-07-13", "IT 2013-08-15 2013-09-30",
                    "ES 2014-01-01 -");
            assertEquals(77, s.daysUsed());
            assertEquals(d("2014-03-31"), s.latestLegalExit());
            assertEquals(0, s.overstayDays());
        }

        @Test
        void example5OverstayedByNineDaysAtExit() {
            StayEvaluation e = on("2014-06-09", "DE 2013-09-01 2013-09-30", "DE 2014-02-21 2014-04-20",
                    "DE 2014-05-01 2014-06-09");
            assertEquals(99, e.status("SCHENGEN").daysUsed());
            assertEquals(9, e.status("SCHENGEN").overstayDays());
            assertEquals(d("2014-06-01"), e.tripCheck(2).firstIllegalDay());
        }

        @Test
        void example5ReturnOnThirtiethAugustForUpToFiftyDays() {
            // the period from 4 March 2014 holds 48 + 40 = 88 days; 30 August to 18 October is 50 days
            AreaStatus s = schengen("2014-08-30", "DE 2013-09-01 2013-09-30", "DE 2014-02-21 2014-04-20",
                    "DE 2014-05-01 2014-06-09");
            assertEquals(88, s.daysUsed());
            assertEquals(0, s.overstayDays(), "a past overstay does not block the answer");
            assertEquals(d("2014-10-18"), s.latestLegalExit());
        }

        @Test
        void example6AnOverstayOfSeventyFourDaysInThePeriodFromThirdSeptember() {
            StayEvaluation e = on("2014-03-01", "FR 2013-06-28 2013-08-09", "FR 2013-09-19 2014-03-01");
            AreaStatus s = e.status("SCHENGEN");
            assertEquals(164, s.daysUsed());
            assertEquals(74, s.overstayDays());
            assertNull(s.latestLegalExit());
            // SEM's warning: counted with the first stay, the stay was illegal before; under the rule of 18 October
            // 2013 (which counts days before it) the first day over is 5 November 2013: 43 + 48 = 91
            assertEquals(d("2013-11-05"), e.tripCheck(1).firstIllegalDay());
        }
    }

    /** Swiss State Secretariat for Migration, current "Aufenthaltsrechner" page with 2025 examples (e-doc.admin.ch). */
    @Nested
    class SwissStateSecretariatForMigration2025 {

        @Test
        void ninetyDaysInARowAllowNoEntryOnFifteenthJuneAndAFullStayFromTwentyEighthAugust() {
            AreaStatus june = schengen("2025-06-15", "FR 2025-03-01 2025-05-29");
            assertEquals(90, june.daysUsed()); // 18 December 2024 to 15 June 2025
            assertNull(june.latestLegalExit(), "no entry possible on 15 June");
            assertEquals(d("2025-08-28"), june.legalAgainFrom());
            AreaStatus august = schengen("2025-08-28", "FR 2025-03-01 2025-05-29");
            assertEquals(d("2025-11-25"), august.latestLegalExit()); // 90 days again
        }

        @Test
        void theEarliestNinetyDayStayAfterThatBeginsOnTwentyEighthAugust() {
            StayEvaluation e = on("2025-06-01", "FR 2025-03-01 2025-05-29");
            assertEquals(d("2025-08-28"), e.earliestStay("SCHENGEN", 90, d("2025-06-01")).orElseThrow());
        }
    }

    /**
     * European Commission, "User manual for the short-stay 'Schengen' calculator" (copy at studylib.net/doc/18407872)
     * and the Slovenian police's calculator page (policija.si/eng/areas-of-work/state-border-control/schengen-
     * calculator): the reference period ends on the day checked; dates before 22 April 2013 cannot be entered.
     */
    @Nested
    class EuropeanCommissionCalculator {

        @Test
        void withNoStaysBeforeTheWholeNinetyDaysAreAllowed() {
            // planning screen: entry 8 September 2015, "start of 180 days period 13/03/15", "up to 90 days"
            AreaStatus s = schengen("2015-09-08");
            assertEquals(0, s.daysUsed());
            assertEquals(d("2015-12-06"), s.latestLegalExit());
        }

        @Test
        void onEighteenthOctober2013TheWindowReachesBackToTwentySecondApril2013AndNoFurther() {
            // 22 April 2013 is 179 days before 18 October 2013: the first day the new count can reach
            AreaStatus s = schengen("2013-10-18", "FR 2013-04-21 2013-04-22", "FR 2013-10-18 -");
            assertEquals(2, s.daysUsed()); // 22 April and 18 October; 21 April is outside
        }
    }

    /**
     * "Règle de comptage du temps de séjour pour les visas de court séjour Schengen", French explainer of the 2013
     * change (doczz.fr/doc/2391654/regle-de-comptage): one day in January 2014, 89 days from 2 April, then 90 days
     * from 30 June.
     */
    @Nested
    class FrenchExplainerOfTheRuleOf2013 {

        private final String[] history = {"FR 2014-01-01 2014-01-01", "FR 2014-04-02 2014-06-29",
            "FR 2014-06-30 2014-09-27"};

        @Test
        void onThirtiethJuneTheJanuaryDayHasLeftTheWindow() {
            AreaStatus s = schengen("2014-06-30", history);
            assertEquals(90, s.daysUsed());
            assertEquals(0, s.overstayDays());
        }

        @Test
        void fromFirstJulyTheStayIsIrregular() {
            StayEvaluation e = on("2014-07-01", history);
            assertEquals(91, e.status("SCHENGEN").daysUsed());
            assertEquals(1, e.status("SCHENGEN").overstayDays());
            assertEquals(d("2014-07-01"), e.tripCheck(2).firstIllegalDay());
        }

        @Test
        void withoutTheSecondStayHeMustWaitForTwentyEighthSeptemberForMoreThanOneDay() {
            StayEvaluation e = on("2014-06-30", "FR 2014-01-01 2014-01-01", "FR 2014-04-02 2014-06-29");
            assertEquals(d("2014-09-28"), e.earliestStay("SCHENGEN", 2, d("2014-06-30")).orElseThrow());
            assertEquals(d("2014-09-28"), e.earliestStay("SCHENGEN", 90, d("2014-06-30")).orElseThrow());
        }
    }

    /** Law firm page reporting the Commission's calculator: aufenthaltserlaubnis-berlin.de/Archive/545. */
    @Nested
    class BerlinLawFirmReportingTheCommissionCalculator {

        @Test
        void ninetyDaysToEighthDecember2022AllowANewNinetyDayStayFromNinthMarch2023() {
            StayEvaluation e = on("2022-12-09", "DE 2022-09-10 2022-12-08");
            assertEquals(90, e.status("SCHENGEN").daysUsed());
            assertEquals(d("2023-03-09"), e.earliestStay("SCHENGEN", 90, d("2022-12-09")).orElseThrow());
        }
    }

    /**
     * Travel Stack Exchange answers (mirrored at quicktraveladvise.com/length-of-stay-with-90180-rule-duplicate and
     * hollymelody.com/travel/89/tourist-visa-schengen-zone), each worked with the Commission's calculator.
     */
    @Nested
    class TravelStackExchangeAnswers {

        private final String[] canadian = {"FR 2015-02-07 2015-02-16", "FR 2015-03-07 2015-03-23",
            "FR 2015-06-28 2015-08-25"};

        @Test
        void onTwentyFifthAugustTheFebruaryStayIsOutOfTheWindow() {
            assertEquals(76, schengen("2015-08-25", canadian).daysUsed());
        }

        @Test
        void theCalculatorsThirtyOneDaysLeft() {
            // re-entering the next day: 77 days in the window, the March days drop out while he stays: 26 August
            // to 25 September is 31 days
            assertEquals(d("2015-09-25"), schengen("2015-08-26", canadian).latestLegalExit());
        }

        @Test
        void seventyFiveDaysToTenthOctoberAllowNinetyDaysFromNinthJanuary() {
            StayEvaluation e = on("2017-10-11", "IT 2017-07-28 2017-10-10");
            assertEquals(d("2018-01-09"), e.earliestStay("SCHENGEN", 90, d("2017-10-11")).orElseThrow());
            assertEquals(d("2018-01-22"), schengen("2018-01-08", "IT 2017-07-28 2017-10-10").latestLegalExit(),
                    "entering a day earlier allows only 15 days");
        }

        @Test
        void thirteenDaysInJuneLeaveSeventySevenDaysUntilSeventhDecember() {
            String june = "ES 2025-06-11 2025-06-23";
            assertEquals(d("2025-12-06"), schengen("2025-09-21", june).latestLegalExit()); // 77 days
            assertEquals(d("2025-09-22"), on("2025-06-24", june).earliestStay("SCHENGEN", 90, d("2025-06-24"))
                    .orElseThrow());
            assertEquals(d("2025-11-25"), schengen("2025-09-10", june).latestLegalExit()); // the 90th day
            assertEquals(d("2025-12-21"), schengen("2025-09-23", june).latestLegalExit());
        }
    }

    /**
     * rorycl/timeaway (Go), commit aad6f0524377efd99717192acbd38b3721767239: trips/example_test.go, README.md and
     * trips/holidays_test.go. It reports the largest count in any 180-day window and whether it breaches 90; here
     * that is the first day over the limit and how far over it goes.
     */
    @Nested
    class Timeaway {

        @Test
        void theExampleBreachesWithNinetyOneDaysInTheWindowFromTenthJanuary() {
            StayEvaluation e = on("2024-06-14", "FR 2022-01-01 2022-01-01", "FR 2023-01-10 2023-02-08",
                    "FR 2023-02-11 2023-04-04", "FR 2023-07-01 2023-07-30", "FR 2024-06-10 2024-06-14");
            TripCheck july = e.tripCheck(3);
            assertEquals(TripCheck.State.OVERSTAY, july.state());
            assertEquals(d("2023-07-08"), july.firstIllegalDay()); // window 10 January to 8 July 2023
            assertEquals(1, july.overstayDays()); // 91 at most
            assertEquals(TripCheck.State.LEGAL, e.tripCheck(4).state());
        }

        @Test
        void theReadmeExampleReachesNinetyTwoDays() {
            StayEvaluation e = on("2023-09-12", "FR 2022-12-01 2022-12-02", "FR 2023-01-02 2023-03-30",
                    "FR 2023-04-01 2023-04-02", "FR 2023-09-03 2023-09-12");
            assertEquals(TripCheck.State.LEGAL, e.tripCheck(1).state()); // 90 on 30 March
            assertEquals(d("2023-04-01"), e.tripCheck(2).firstIllegalDay());
            assertEquals(2, e.tripCheck(2).overstayDays());
            assertEquals(TripCheck.State.LEGAL, e.tripCheck(3).state());
        }

        @Test
        void theFirstDayOfTheWindowIsOneHundredSeventyNineDaysBack() {
            AreaStatus s = schengen("2023-07-30", "FR 2023-02-01 2023-02-02", "FR 2023-07-30 2023-08-01");
            assertEquals(3, s.daysUsed());
        }
    }

    /**
     * salza80/schengen-track (Rails), commit 365ac6b13385e64d5320d8135f844e7a6904557e: test/services/schengen/
     * calculator_test.rb and days/calculator_test.rb with test/fixtures/visits.yml. A visit's exit day is the next
     * visit's entry day, and counts as a Schengen day; AU and BR visits are outside the area.
     */
    @Nested
    class SchengenTrack {

        private final String[] test1 = {"DE 2014-01-01 2014-03-01", "AU 2014-03-01 2014-04-01",
            "DE 2014-04-01 2014-04-30", "DE 2014-04-30 2014-05-02", "DE 2015-04-01 2015-04-10"};

        @Test
        void sixtyDaysToFirstMarchWithThirtyRemaining() {
            AreaStatus first = schengen("2014-03-01", test1);
            assertEquals(60, first.daysUsed());
            assertEquals(30, first.daysLeft());
            assertEquals(60, schengen("2014-03-02", test1).daysUsed());
        }

        @Test
        void ninetyOnThirtiethAprilAndTwoOverOnSecondMay() {
            assertEquals(90, schengen("2014-04-30", test1).daysUsed());
            assertEquals(0, schengen("2014-04-30", test1).overstayDays());
            StayEvaluation e = on("2014-05-02", test1);
            assertEquals(92, e.status("SCHENGEN").daysUsed());
            assertEquals(2, e.status("SCHENGEN").overstayDays());
            assertEquals(d("2014-05-01"), e.tripCheck(3).firstIllegalDay());
        }

        @Test
        void aSingleVisitOfTenDays() {
            assertEquals(10, schengen("2015-04-10", "DE 2015-04-01 2015-04-10").daysUsed());
        }

        @Test
        void eightyMoreDaysAfterTenthJuneAsTheJanuaryDaysLeaveTheWindow() {
            AreaStatus s = schengen("2017-06-10", "DE 2017-01-01 2017-01-05", "AU 2017-03-01 2017-03-10",
                    "DE 2017-06-01 2017-06-10");
            assertEquals(15, s.daysUsed());
            assertEquals(d("2017-08-29"), s.latestLegalExit()); // 80 days after 10 June
        }

        @Test
        void theBugfixHistoryEndsOneDayOver() {
            String[] bugfix = {"DE 2017-03-03 2017-03-16", "DE 2017-04-23 2017-04-26", "BR 2017-04-26 2017-04-30",
                "DE 2017-04-30 2017-05-18", "DE 2017-06-12 2017-07-27", "DE 2017-10-01 2017-10-26"};
            assertEquals(90, schengen("2017-10-25", bugfix).daysUsed());
            assertEquals(91, schengen("2017-10-26", bugfix).daysUsed());
            assertEquals(1, schengen("2017-10-26", bugfix).overstayDays());
        }

        @Test
        void entriesAndExitsOnTheSameDayCountTheDayOnce() {
            String[] mini = {"DE 2015-01-01 2015-01-05", "DE 2015-01-05 2015-01-05", "DE 2015-01-05 2015-01-06",
                "AU 2015-01-10 2015-01-30", "DE 2015-01-30 2015-01-30", "AU 2015-01-30 2015-02-20"};
            assertEquals(5, schengen("2015-01-05", mini).daysUsed());
            assertEquals(6, schengen("2015-01-06", mini).daysUsed());
            assertEquals(7, schengen("2015-01-30", mini).daysUsed());
            assertEquals(7, schengen("2015-02-20", mini).daysUsed());
            assertTrue(on("2015-02-20", mini).overlaps().isEmpty(), "same-day exits and entries are no overlap");
        }

        @Test
        void staysOf2010And2012CountTheSameUnderTheRuleOfTheirTime() {
            // schengen-track counts these with the rolling window; the app applies the rule then in force (three
            // months in six from first entry), which gives the same numbers here
            assertEquals(36, schengen("2010-03-06", "DE 2010-01-01 2010-01-30", "AU 2010-02-01 2010-02-20",
                    "DE 2010-03-01 2010-03-06").daysUsed());
            String[] twoEntry = {"DE 2012-01-01 2012-01-30", "AU 2012-02-01 2012-02-20", "DE 2012-03-01 2012-03-06",
                "DE 2012-03-07 2012-03-09", "DE 2012-04-01 2012-04-10", "DE 2012-11-01 2012-11-10"};
            assertEquals(36, schengen("2012-03-06", twoEntry).daysUsed());
            assertEquals(39, schengen("2012-03-09", twoEntry).daysUsed());
            assertEquals(49, schengen("2012-04-10", twoEntry).daysUsed());
            assertEquals(10, schengen("2012-11-10", twoEntry).daysUsed());
        }

        @Test
        void theApiExampleOfTwentyDays() {
            AreaStatus s = schengen("2026-07-20", "DE 2026-07-01 2026-07-20");
            assertEquals(20, s.daysUsed());
            assertEquals(70, s.daysLeft());
            assertEquals(0, s.overstayDays());
        }
    }

    /**
     * thisjamieguy/complyeur-v2 (TypeScript), commit b0a99fd83b92865ed2c54adb538c33d5373ef30e:
     * lib/compliance/__tests__/accuracy-scenarios.test.ts and safe-entry.test.ts. (Its scenario counting Andorra and
     * the microstates as Schengen days is a policy of its own and is left out.)
     */
    @Nested
    class Complyeur {

        @Test
        void tenDaysInNovember() {
            AreaStatus s = schengen("2025-12-01", "FR 2025-11-01 2025-11-10");
            assertEquals(10, s.daysUsed());
            assertEquals(80, s.daysLeft());
        }

        @Test
        void overlappingTripsCountEachDayOnceAndAreFlagged() {
            StayEvaluation e = on("2025-12-01", "FR 2025-11-01 2025-11-10", "DE 2025-11-05 2025-11-15");
            assertEquals(15, e.status("SCHENGEN").daysUsed());
            assertEquals(6, e.overlaps().get(0).days()); // 5 to 10 November in both
            assertTrue(Stays.kinds(e.status("SCHENGEN")).contains(StayWarning.Kind.OVERLAP));
        }

        @Test
        void irelandAndCyprusAreNotSchengen() {
            StayEvaluation e = on("2025-12-01", "FR 2025-11-01 2025-11-05", "IE 2025-11-06 2025-11-10",
                    "CY 2025-11-11 2025-11-15");
            assertEquals(5, e.status("SCHENGEN").daysUsed());
            assertEquals(List.of("CY", "IE", "SCHENGEN"), e.statuses().stream().map(AreaStatus::area).toList());
        }

        @Test
        void eightyNineNinetyAndNinetyOneDays() {
            assertEquals(89, schengen("2026-01-08", "FR 2025-10-12 2026-01-08").daysUsed());
            assertEquals(1, schengen("2026-01-08", "FR 2025-10-12 2026-01-08").daysLeft());
            assertEquals(0, schengen("2026-01-09", "FR 2025-10-12 2026-01-09").overstayDays());
            assertEquals(91, schengen("2026-01-10", "FR 2025-10-12 2026-01-10").daysUsed());
            assertEquals(1, schengen("2026-01-10", "FR 2025-10-12 2026-01-10").overstayDays());
        }

        @Test
        void aPlannedTripCountsOnlyOnceItsDaysHaveCome() {
            assertEquals(5, schengen("2025-11-30", "FR 2025-11-01 2025-11-05", "FR 2025-12-20 2025-12-24")
                    .daysUsed());
            assertEquals(10, schengen("2025-12-24", "FR 2025-11-01 2025-11-05", "FR 2025-12-20 2025-12-24")
                    .daysUsed());
        }

        @Test
        void aTripStillGoingOnCountsToTheDayChecked() {
            AreaStatus s = schengen("2026-02-05", "FR 2026-02-01 -");
            assertEquals(5, s.daysUsed());
            assertEquals(85, s.daysLeft());
        }

        @Test
        void tripsSharingDaysCountEachDayOnce() {
            assertEquals(4, schengen("2026-03-31", "FR 2026-03-01 2026-03-03", "FR 2026-03-02 2026-03-04",
                    "DE 2026-03-04 2026-03-04").daysUsed());
        }

        @Test
        void theDay180DaysBackIsOutsideTheWindowAndTheDay179DaysBackInside() {
            assertEquals(2, schengen("2026-08-01", "FR 2026-02-02 2026-02-02", "FR 2026-02-03 2026-02-03",
                    "FR 2026-08-01 2026-08-01").daysUsed());
        }

        @Test
        void theEarliestSafeEntryAfterNinetyAndAfterNinetyFiveDays() {
            assertEquals(d("2025-07-02"), schengen("2025-07-01", "FR 2025-01-03 2025-04-02").legalAgainFrom());
            assertEquals(d("2025-07-07"), schengen("2025-07-01", "FR 2025-01-03 2025-04-07").legalAgainFrom());
        }

        @Test
        void theLongestStayFromFirstJuly() {
            assertEquals(d("2025-08-29"), schengen("2025-07-01", "FR 2025-06-01 2025-06-30").latestLegalExit()); // 60
            assertNull(schengen("2025-07-01", "FR 2025-04-01 2025-06-29").latestLegalExit()); // 0
            assertEquals(d("2025-07-01"), schengen("2025-07-01", "FR 2025-04-02 2025-06-29").latestLegalExit()); // 1
        }
    }

    /**
     * infinitaslearning/infinixtc-katas, TypeScript/kata-7-travelling-johnny/travelling-johnny.test.ts at commit
     * 1c0700032792407c8c0ff475660473c729b6952b: days left on 10 May 2023.
     */
    @Nested
    class TravellingJohnnyKata {

        private int left(String... trips) {
            return schengen("2023-05-10", trips).daysLeft();
        }

        @Test
        void daysLeftOnTenthMay2023() {
            assertEquals(90, left());
            assertEquals(89, left("FR 2023-05-01 2023-05-01"));
            assertEquals(89, left("FR 2022-11-12 2022-11-12"));
            assertEquals(90, left("FR 2022-11-11 2022-11-11"));
            assertEquals(90, left("FR 2022-05-01 2022-05-01"));
            assertEquals(80, left("FR 2023-04-06 2023-04-10", "FR 2023-05-01 2023-05-05"));
            assertEquals(81, left("FR 2023-04-06 2023-04-10", "FR 2023-04-10 2023-04-14"));
        }

        @Test
        void ninetyFiveDaysAreFiveOver() {
            AreaStatus s = schengen("2023-05-10", "FR 2023-01-01 2023-04-05");
            assertEquals(95, s.daysUsed());
            assertEquals(5, s.overstayDays()); // the kata's -5 days left
            assertEquals(0, s.daysLeft());
        }
    }

    /**
     * Before 18 October 2013: "three months during the six months following the date of first entry" (Convention
     * implementing the Schengen Agreement, art. 20(1)), a new six-month period beginning with the first entry after
     * the last one expired (CJEU C-241/05 Bot, 3 October 2006). Six months are counted as 184 days, their longest:
     * the stricter reading of a period that 180 days would end early.
     */
    @Nested
    class TheRuleBeforeEighteenthOctober2013 {

        @Test
        void aDayInJanuaryAndNinetyFromAprilAreNinetyOneInTheSixMonthsFromFirstEntry() {
            // 1 January 2012 begins the six months; 2 April to 30 June is 90 days: 91 in the period. A rolling
            // window on 30 June (from 3 January) would hold only 90
            AreaStatus s = schengen("2012-06-30", "DE 2012-01-01 2012-01-01", "DE 2012-04-02 2012-06-30");
            assertEquals(91, s.daysUsed());
            assertEquals(1, s.overstayDays());
        }

        @Test
        void theNextPeriodBeginsWithTheFirstEntryAfterTheLastOneEnded() {
            // the period of 1 January 2012 ends on 2 July (184 days); an entry on 3 July begins a new one
            AreaStatus s = schengen("2012-07-10", "DE 2012-01-01 2012-03-30", "DE 2012-07-03 -");
            assertEquals(8, s.daysUsed());
            assertEquals(d("2012-09-30"), s.latestLegalExit()); // 3 July + 89 days
        }
    }

    /**
     * Schengen membership from the member list, with each state's date (Council Decisions (EU) 2022/2451 for
     * Croatia and (EU) 2024/210 for Bulgaria and Romania; European Commission IP/11/1566 for the rest), whatever the
     * list of compared destinations.
     */
    @Nested
    class MembersFromTheDayTheyJoined {

        @Test
        void austriaAndItalyCountTogetherOneHundredDaysTenOver() {
            AreaStatus s = schengen("2025-01-10", "AT 2024-10-03 2024-12-31", "IT 2025-01-01 2025-01-10");
            assertEquals(100, s.daysUsed());
            assertEquals(10, s.overstayDays());
            assertEquals(List.of("SCHENGEN"), on("2025-01-10", "AT 2024-10-03 2024-12-31", "IT 2025-01-01 2025-01-10")
                    .statuses().stream().map(AreaStatus::area).toList());
        }

        @Test
        void everyMemberCountsForTheArea() {
            for (String member : List.of("AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
                    "HU", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK")) {
                assertEquals("SCHENGEN", Stays.RULES.areaOf(member, LocalDate.of(2025, 1, 1)), member);
            }
            assertEquals("IE", Stays.RULES.areaOf("IE", LocalDate.of(2025, 1, 1)));
            assertEquals("CY", Stays.RULES.areaOf("CY", LocalDate.of(2025, 1, 1)));
        }

        @Test
        void croatiasDaysCountForTheAreaFromFirstJanuary2023() {
            StayEvaluation e = on("2023-01-05", "HR 2022-12-20 2023-01-05");
            assertEquals(5, e.status("SCHENGEN").daysUsed());
            assertEquals(12, e.status("HR").daysUsed()); // 20 to 31 December under Croatia's own rule
        }

        @Test
        void bulgariasDaysCountForTheAreaFromThirtyFirstMarch2024() {
            assertEquals(6, schengen("2024-04-05", "BG 2024-03-20 2024-04-05").daysUsed());
        }
    }
}
