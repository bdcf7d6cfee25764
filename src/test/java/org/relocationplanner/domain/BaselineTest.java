package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: every passport's general listing read as a dated, lowest-confidence rule. */
class BaselineTest {

    private static final Source INDEX = new Source("Passport Index dataset", "https://github.com/ilyankou/"
            + "passport-index-dataset", LocalDate.of(2025, 1, 12));

    private final Baseline baseline = new Baseline(Map.of("IL", "DE:90,FR:90,GE:360,CN:v,AE:a",
            "ZW", "DE:v,FR:e", "SG", "DE:90,FR:f"), INDEX, 90);

    @Test
    void aNumberOfDaysIsReadStrictlyAsThatManyPerEntryAndInAnyWindow() {
        StayRule ge = baseline.rule("GE", "IL", List.of("GE")).orElseThrow();
        assertTrue(ge.visaFree());
        assertEquals(360, ge.perEntryDays());
        assertEquals(360, ge.windowDays());
        assertEquals(365, ge.windowPeriod(), "above 90 days: in any 365");
        assertEquals(StayRule.Confidence.L, ge.confidence());
        assertEquals("360", ge.listing());
        assertTrue(ge.isBaseline());
        assertEquals(INDEX, ge.source());
        assertTrue(ge.note().en().contains("Passport Index (12 Jan 2025) lists 360 days visa-free for the IL passport"),
                ge.note().en());
        assertTrue(ge.note().ru().contains("Не проверено по официальным источникам"), ge.note().ru());
    }

    @Test
    void anAreaTakesItsMembersListingAndTheStrictestWhenTheyDiffer() {
        StayRule schengen = baseline.rule("SCHENGEN", "IL", List.of("DE", "FR")).orElseThrow();
        assertEquals(90, schengen.windowDays());
        assertEquals(180, schengen.windowPeriod());
        assertEquals(StayRule.WindowKind.ROLLING, schengen.windowKind());
        assertFalse(schengen.note().en().contains("differently"));

        StayRule zw = baseline.rule("SCHENGEN", "ZW", List.of("DE", "FR")).orElseThrow();
        assertFalse(zw.visaFree());
        assertEquals("visa required", zw.listing(), "a visa is stricter than an e-visa");
        assertTrue(zw.note().en().contains("listed differently; the strictest listing is used"), zw.note().en());

        // the shipped listing gives Singapore 90 days in 28 members and "visa free" without a number in one: the
        // stated 90 days are the limit, not "visa-free for a length not known"
        StayRule sg = baseline.rule("SCHENGEN", "SG", List.of("DE", "FR")).orElseThrow();
        assertEquals("90", sg.listing());
        assertEquals(90, sg.windowDays());
    }

    @Test
    void aVisaOrAVisaOnArrivalIsNotVisaFreeAndSaysTheListing() {
        StayRule cn = baseline.rule("CN", "IL", List.of("CN")).orElseThrow();
        assertFalse(cn.visaFree());
        assertEquals("Passport Index (12 Jan 2025) lists for the IL passport: visa required. Not researched.",
                cn.note().en());
        assertEquals("visa on arrival", baseline.rule("AE", "IL", List.of("AE")).orElseThrow().listing());
        assertTrue(baseline.rule("US", "IL", List.of("US")).isEmpty(), "not listed: no rule, not a guess");
        assertTrue(baseline.rule("GE", "XX", List.of("GE")).isEmpty());
    }

    @Test
    void researchedRulesWinAndTheListingAnswersElsewhere() {
        StayRule researched = new StayRule("GE", "IL", LocalDate.of(2020, 1, 1), null, true, 365, null, null,
                StayRule.WindowKind.PER_ENTRY, null, true, StayRule.Confidence.H, LocalizedText.EMPTY, INDEX);
        RuleBook book = RuleBook.of(List.of(), List.of(), List.of(researched), baseline);
        assertEquals(StayRule.Confidence.H, book.ruleOn("GE", "IL", LocalDate.of(2026, 12, 5)).orElseThrow()
                .confidence());
        assertTrue(book.ruleOn("GE", "IL", LocalDate.of(2019, 12, 31)).isEmpty(),
                "before the researched rule: unknown, not the listing");
        assertEquals("visa required", book.ruleOn("CN", "IL", LocalDate.of(2026, 12, 5)).orElseThrow().listing());
        assertTrue(book.knowsPassport("ZW"));
        assertFalse(book.knowsPassport("ZZ"));
    }

    @Test
    void aListingThatCannotBeReadIsRefused() {
        Baseline bad = new Baseline(Map.of("IL", "DE:q"), INDEX, 90);
        assertThrows(IllegalArgumentException.class, () -> bad.listing("IL", "DE"));
        assertThrows(IllegalArgumentException.class, () -> new Baseline(Map.of("il", "DE:v"), INDEX, 90));
    }
}
