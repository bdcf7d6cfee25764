package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relocationplanner.io.DatasetReader;

/**
 * Issue 17: Compare ranks each destination by the best passport the user holds. Checked against the shipped
 * rules and their sources: Mongolia lets Belarusians stay 90 days (mfa.gov.by, "Mongolia (up to 90 days)") and
 * Russians 30 per visit (Mongolian government decision of 14 November 2014); Cuba 90 in 180 for Russians (since
 * 21 December 2018) and 30 for Belarusians (Belarus-Cuba agreement in force 10 March 1999, art. 1).
 */
class PassportsHeldTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private static CountryFacts of(String code, List<String> passports) throws Exception {
        Dataset d = DatasetReader.readShipped();
        RuleBook book = RuleBook.of(d);
        return CountryFacts.of(d.destinations(), List.of(), passports, DAY, CountryFacts.RuleLookup.of(book))
                .stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachDestinationIsJudgedByThePassportTheRulesFavourThereAndSaysWhich() throws Exception {
        CountryFacts mongolia = of("MN", List.of("RU", "BY"));
        assertEquals("BY", mongolia.passport());
        StayRule rule = ((FactValue.Stay) mongolia.get(Criterion.STAY_ALLOWED).value()).rule();
        assertEquals("BY", rule.passport());
        assertEquals(90, rule.perEntryDays());
        assertTrue(mongolia.get(Criterion.STAY_ALLOWED).shipped().note().en().startsWith("With your BY passport. "),
                mongolia.get(Criterion.STAY_ALLOWED).shipped().note().en());

        CountryFacts cuba = of("CU", List.of("RU", "BY"));
        assertEquals("RU", cuba.passport(), "90 in 180 beats 30 per entry");
        assertEquals("RU", of("MN", List.of("RU")).passport());
        assertTrue(!of("MN", List.of("RU")).get(Criterion.STAY_ALLOWED).shipped().note().en().startsWith("With your"),
                "one passport: no lead");
    }

    /**
     * Counts and deadlines use the passport an entry was made on; an entry that does not say is counted by the
     * passport held whose rule there is the most generous. Mongolia by the Belarusian passport (90 days, mfa.gov.by):
     * from 1 October 2026 the 90th day is 29 December; Turkey on the Belarusian passport, as said in the trip: 30 days
     * from entry (Belarus-Turkey agreement of 29 March 2013).
     */
    @Test
    void eachAreaIsCountedByThePassportOfItsEntryElseTheMostGenerousHeld() throws Exception {
        RuleBook book = RuleBook.of(DatasetReader.readShipped());
        StayEngine engine = new StayEngine(book);
        LocalDate on = LocalDate.of(2026, 11, 20);
        Trip mongolia = new Trip("MN", LocalDate.of(2026, 10, 1), null, "");
        Situation both = new Situation("RU", List.of(mongolia), Documents.NONE, List.of("BY"));
        AreaStatus mn = engine.evaluate(both, on).status("MN");
        assertEquals("BY", mn.rule().passport());
        assertEquals(LocalDate.of(2026, 12, 29), mn.latestLegalExit());
        AreaStatus russianOnly = engine.evaluate(new Situation("RU", List.of(mongolia), Documents.NONE), on)
                .status("MN");
        assertEquals("RU", russianOnly.rule().passport(), "one passport: as before");

        Trip turkey = new Trip("TR", LocalDate.of(2026, 11, 1), null, "", false, "BY");
        AreaStatus tr = engine.evaluate(new Situation("RU", List.of(turkey), Documents.NONE, List.of("BY")), on)
                .status("TR");
        assertEquals("BY", tr.rule().passport(), "the entry's passport, though the Russian one is more generous");
        assertEquals(LocalDate.of(2026, 11, 30), tr.latestLegalExit());

        Trip israel = new Trip("IL", LocalDate.of(2026, 1, 1), null, "");
        AreaStatus il = engine.evaluate(new Situation("RU", List.of(israel), Documents.NONE, List.of("IL")), on)
                .status("IL");
        assertEquals(null, il.limit(), "a country of a passport held is home: no limit");
    }

    @Test
    void anyListedPassportGetsItsListingWhereNothingWasResearched() throws Exception {
        // the Israeli passport is listed "90" for Germany in the Passport Index of 12 January 2025
        CountryFacts germany = of("DE", List.of("IL"));
        StayRule rule = ((FactValue.Stay) germany.get(Criterion.STAY_ALLOWED).value()).rule();
        assertTrue(rule.isBaseline());
        assertEquals(StayRule.Confidence.L, rule.confidence());
        assertEquals(90, rule.windowDays());
        assertEquals(180, rule.windowPeriod());
    }

    @Test
    void visaFreeForALengthNotKnownRanksBelowAnyKnownLengthAndNoLimitAboveAll() {
        Source s = new Source("test", "", DAY);
        StayRule unknownLength = new StayRule("X", "A", null, null, true, null, null, null,
                StayRule.WindowKind.UNKNOWN, null, null, StayRule.Confidence.L, LocalizedText.EMPTY, s);
        StayRule thirty = new StayRule("X", "B", null, null, true, 30, null, null, StayRule.WindowKind.PER_ENTRY,
                null, true, StayRule.Confidence.H, LocalizedText.EMPTY, s);
        StayRule noLimit = new StayRule("X", "C", null, null, true, null, null, null, StayRule.WindowKind.NONE,
                null, null, StayRule.Confidence.M, LocalizedText.EMPTY, s);
        StayRule visa = new StayRule("X", "D", null, null, false, null, null, null, StayRule.WindowKind.NONE,
                null, null, StayRule.Confidence.H, LocalizedText.EMPTY, s);
        assertTrue(CountryFacts.generosity(Optional.of(unknownLength)) < CountryFacts.generosity(Optional.of(thirty)));
        assertTrue(CountryFacts.generosity(Optional.of(thirty)) < CountryFacts.generosity(Optional.of(noLimit)));
        assertTrue(CountryFacts.generosity(Optional.of(visa)) < CountryFacts.generosity(Optional.of(unknownLength)));
        assertTrue(CountryFacts.generosity(Optional.empty()) < CountryFacts.generosity(Optional.of(visa)));
    }
}
