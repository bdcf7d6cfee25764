package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.StayRule;

/** The dataset the app ships: complete, sourced, and true to the field research it is built from. */
class ShippedDatasetTest {

    private static Dataset dataset;
    private static Map<String, Destination> byCode;

    @BeforeAll
    static void read() throws Exception {
        dataset = DatasetReader.readShipped();
        byCode = dataset.destinations().stream().collect(Collectors.toMap(Destination::code, d -> d));
    }

    @Test
    void shipsAtLeastThirtyDestinationsIncludingEveryCountryTheFieldResearchNames() {
        assertTrue(dataset.destinations().size() >= 30, "destinations: " + dataset.destinations().size());
        for (String code : List.of("GE", "AM", "KZ", "KG", "UZ", "RS", "ME", "TR", "IL", "PL", "DE", "FI", "AR",
                "MN", "AE", "TH", "CY", "PT", "ES", "US", "CA")) {
            assertTrue(byCode.containsKey(code), "missing " + code);
        }
    }

    @Test
    void everyDestinationHasNamesInBothLanguagesAndACurrency() {
        for (Destination d : dataset.destinations()) {
            assertTrue(!d.name().en().isBlank() && !d.name().ru().isBlank(), d.code());
            assertTrue(d.currency() != null && d.currency().matches("[A-Z]{3}"), d.code());
            assertTrue(d.name().ru().codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp)
                    == Character.UnicodeBlock.CYRILLIC), "Russian name of " + d.code());
        }
    }

    @Test
    void everyKnownValueAndEveryRuleCarriesItsSource() {
        for (Destination d : dataset.destinations()) {
            for (Fact f : d.facts().values()) {
                if (f.value().isKnown()) {
                    assertNotNull(f.source(), d.code() + " " + f.criterion());
                    assertTrue(!f.source().name().isBlank(), d.code() + " " + f.criterion());
                }
            }
            for (StayRule r : d.rules()) {
                assertNotNull(r.source(), d.code() + " rule from " + r.validFrom());
            }
            d.routes().forEach(r -> assertNotNull(r.source(), d.code() + " route " + r.kind()));
        }
    }

    @Test
    void everyDestinationHasAStayRuleForTheRussianPassportToday() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (Destination d : dataset.destinations()) {
            assertTrue(d.ruleOn("RU", today).isPresent(), "no rule in force for " + d.code());
        }
    }

    @Test
    void kazakhstanSwitchedToNinetyDaysInAnyOneHundredEightyOnTwentySeventhJanuary2023() {
        Destination kz = byCode.get("KZ");
        StayRule before = kz.ruleOn("RU", LocalDate.of(2023, 1, 26)).orElseThrow();
        StayRule after = kz.ruleOn("RU", LocalDate.of(2023, 1, 27)).orElseThrow();
        assertEquals(LocalDate.of(2023, 1, 26), before.validTo());
        assertEquals(Boolean.TRUE, before.resetOnExit());
        assertEquals(90, after.windowDays());
        assertEquals(180, after.windowPeriod());
        assertEquals(Boolean.FALSE, after.resetOnExit());
    }

    @Test
    void schengenMembersNeedAVisaUnderTheAreaRule() {
        for (String code : List.of("DE", "FI", "PL", "PT", "ES")) {
            StayRule r = byCode.get(code).ruleOn("RU", LocalDate.of(2026, 11, 22)).orElseThrow();
            assertEquals("SCHENGEN", r.area(), code);
            assertEquals(false, r.visaFree(), code);
            assertEquals(90, r.windowDays());
        }
        assertEquals(null, byCode.get("CY").membership(), "Cyprus is not in the Schengen area");
    }

    @Test
    void georgiaKeepsBothTheMemosThreeHundredSixtyDaysAndTheLawsFullYear() {
        Destination ge = byCode.get("GE");
        assertEquals(365, ge.ruleOn("RU", LocalDate.of(2026, 11, 22)).orElseThrow().perEntryDays());
        assertEquals(0, ((org.relocationplanner.domain.FactValue.Amount) ge.facts()
                .get(Criterion.LISTED_VISA_FREE_DAYS).value()).number().compareTo(java.math.BigDecimal.valueOf(360)));
    }

    @Test
    void theVisaRunFollowsTheLawInForceWhileTheFieldMemosWordStaysVisible() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        var kg = byCode.get("KG").factsOn("RU", today);
        assertEquals("not_permitted", ((org.relocationplanner.domain.FactValue.OfLevel) kg.get(Criterion.VISA_RUN)
                .value()).level().code(), "90 in 180 since October 2023: leaving does not reset the count");
        assertEquals("permitted", ((org.relocationplanner.domain.FactValue.OfLevel) kg.get(Criterion.LISTED_VISA_RUN)
                .value()).level().code(), "the memo reported the 2023 situation");
        var ge = byCode.get("GE").factsOn("RU", today);
        assertEquals("permitted", ((org.relocationplanner.domain.FactValue.OfLevel) ge.get(Criterion.VISA_RUN)
                .value()).level().code());
        assertEquals(false, byCode.get("AM").factsOn("RU", today).get(Criterion.VISA_RUN).value().isKnown(),
                "no source settles whether leaving Armenia resets the count");
    }

    @Test
    void approximateSourceDatesAreMarkedSo() {
        var memo = byCode.get("GE").facts().get(Criterion.POPULATION).source();
        assertEquals(true, memo.approximate());
        var ministry = byCode.get("KZ").ruleOn("RU", LocalDate.of(2026, 11, 22)).orElseThrow().source();
        assertEquals(false, ministry.approximate());
        assertEquals(LocalDate.of(2023, 1, 18), ministry.verifiedOn());
    }

    @Test
    void everyRuleBeyondTheDestinationsCarriesItsSourceAndABaselineSaysItIsAListing() {
        for (StayRule r : dataset.rules()) {
            assertNotNull(r.source(), r.area() + " rule from " + r.validFrom());
            if (r.isBaseline()) {
                assertEquals(StayRule.Confidence.L, r.confidence(), r.area());
                assertEquals(LocalDate.of(2025, 1, 12), r.source().verifiedOn(), r.area());
                assertTrue(r.note().en().contains("Passport Index") && r.note().ru().contains("Passport Index"),
                        r.area());
            }
        }
        assertEquals(29, dataset.members().size(), "the 29 Schengen states");
        assertTrue(dataset.members().stream().allMatch(m -> m.source() != null && m.area().equals("SCHENGEN")));
    }

    @Test
    void theCorrectionsOfIssue12AreInTheData() {
        // Azerbaijan's source reports the Cabinet decree it cites (No. 561 of 29 December 2024), so cannot be older
        StayRule az = byCode.get("AZ").ruleOn("RU", LocalDate.of(2025, 6, 1)).orElseThrow();
        assertTrue(!az.source().verifiedOn().isBefore(LocalDate.of(2024, 12, 29)), az.source().toString());
        // Georgia's insurance since 1 January 2026 and the single-entry Schengen visas since 7 November 2025
        assertTrue(byCode.get("GE").ruleOn("RU", LocalDate.of(2026, 12, 4)).orElseThrow().note().en()
                .contains("Since 1 Jan 2026 foreigners entering Georgia must hold health and accident insurance"));
        StayRule schengen = byCode.get("FR").ruleOn("RU", LocalDate.of(2026, 12, 4)).orElseThrow();
        assertTrue(schengen.note().en().contains("single-entry visas"), schengen.note().en());
        assertTrue(schengen.note().ru().contains("однократные визы"), schengen.note().ru());
        // Thailand's cut of 2026 and Montenegro's announced visas are said, in both languages
        for (StayRule r : List.of(byCode.get("TH").ruleOn("RU", LocalDate.of(2026, 12, 4)).orElseThrow(),
                byCode.get("ME").ruleOn("RU", LocalDate.of(2026, 12, 4)).orElseThrow())) {
            assertTrue(r.hasCaveat() && !r.caveat().en().isBlank() && !r.caveat().ru().isBlank(), r.area());
        }
        // Turkey before 2013 and the Schengen rule before 18 October 2013
        assertEquals(30, byCode.get("TR").ruleOn("RU", LocalDate.of(2011, 5, 1)).orElseThrow().perEntryDays());
        assertEquals(StayRule.WindowKind.FROM_FIRST_ENTRY, byCode.get("FR").ruleOn("RU", LocalDate.of(2013, 10, 17))
                .orElseThrow().windowKind());
        assertEquals(Boolean.TRUE, schengen.countsDaysBefore());
    }

    /**
     * The handover-risk rule (README, "How the score works") against each value's own note: a country linked to
     * Russia by a CIS convention, an extradition treaty in force or the European Convention on Extradition is never
     * "low", and "high" names a handover, a seizure or a detention of someone prosecuted for political reasons.
     */
    @Test
    void everyHandoverLevelFollowsTheFactsItsNoteStates() {
        int known = 0;
        for (Destination d : dataset.destinations()) {
            Fact f = d.facts().get(Criterion.HANDOVER_RISK);
            assertNotNull(f, d.code());
            String note = f.note().en();
            boolean linked = note.contains("Minsk 1993 yes") || note.contains("Chisinau 2002 yes")
                    || note.contains("— in force.") || note.contains("(1957) with Russia: yes");
            if (!f.value().isKnown()) {
                assertTrue(note.startsWith("Not known:"), d.code() + ": " + note);
                continue;
            }
            known++;
            String level = ((org.relocationplanner.domain.FactValue.OfLevel) f.value()).level().code();
            assertTrue(note.startsWith(switch (level) {
                case "handover_high" -> "High: ";
                case "handover_medium" -> "Medium: ";
                default -> "Low: ";
            }), d.code() + ": " + note);
            if (linked) {
                assertTrue(!level.equals("handover_low"), d.code() + " is linked to Russia by a treaty: " + note);
            }
            if (level.equals("handover_low")) {
                assertTrue(note.contains("No detention or handover of a Russian on a Russian request since 2022 was "
                        + "found."), d.code());
            }
            if (level.equals("handover_high")) {
                assertTrue(note.contains("— handed over to Russia.") || note.contains("— seized by Russian officials")
                        || note.contains("— detained on a Russian request."), d.code() + ": " + note);
            }
        }
        assertTrue(known >= 34, "handover risk known for " + known);
    }

    /** The figures the README's data section gives for issue 19's criteria. */
    @Test
    void theNewCriteriaAreKnownWhereTheReadmeSays() {
        Map<Criterion, Long> known = dataset.destinations().stream().flatMap(d -> d.facts().values().stream())
                .filter(f -> f.value().isKnown()).collect(Collectors.groupingBy(Fact::criterion, Collectors.counting()));
        assertEquals(36L, known.get(Criterion.HANDOVER_RISK));
        assertEquals(17L, known.get(Criterion.RESIDENCE_FEE));
        assertEquals(28L, known.get(Criterion.RUSSIAN_USE));
        assertEquals(21L, known.get(Criterion.RUSSIAN_SPEAKERS));
        assertEquals(22L, known.get(Criterion.RENT));
        long conflicts = dataset.destinations().stream().flatMap(d -> d.facts().values().stream())
                .filter(Fact::isConflict).count();
        assertEquals(7L, conflicts, "6 speaker figures and 1 fee");
    }
}
