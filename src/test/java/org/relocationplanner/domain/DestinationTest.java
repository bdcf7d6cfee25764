package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DestinationTest {

    private static final LocalDate JAN_27_2023 = LocalDate.of(2023, 1, 27);

    private final Destination kazakhstan = Fixtures.destination("KZ", "Kazakhstan", "Казахстан", List.of(
            Fixtures.rule("KZ", null, JAN_27_2023.minusDays(1), 90, null, null, StayRule.WindowKind.PER_ENTRY, true),
            Fixtures.rule("KZ", JAN_27_2023, null, 90, 90, 180, StayRule.WindowKind.FROM_FIRST_ENTRY, false)));

    @Test
    void kazakhstanAppliesThePerEntryRuleBeforeTwentySeventhJanuary2023AndTheWindowFromThen() {
        StayRule before = kazakhstan.ruleOn("RU", JAN_27_2023.minusDays(1)).orElseThrow();
        StayRule after = kazakhstan.ruleOn("RU", JAN_27_2023).orElseThrow();
        assertEquals(Boolean.TRUE, before.resetOnExit());
        assertEquals(null, before.windowDays());
        assertEquals(90, after.windowDays());
        assertEquals(180, after.windowPeriod());
        assertEquals(Boolean.FALSE, after.resetOnExit());
    }

    @Test
    void visaRunFollowsTheRuleInForceWhenNoFieldValueIsShipped() {
        var before = kazakhstan.factsOn("RU", LocalDate.of(2022, 10, 1)).get(Criterion.VISA_RUN).value();
        var after = kazakhstan.factsOn("RU", LocalDate.of(2023, 5, 10)).get(Criterion.VISA_RUN).value();
        assertEquals(Levels.PERMITTED, ((FactValue.OfLevel) before).level());
        assertEquals(Levels.NOT_PERMITTED, ((FactValue.OfLevel) after).level());
    }

    @Test
    void aSchengenMemberUsesTheAreaRuleOnlyFromTheDayItJoined() {
        StayRule own = Fixtures.rule("HR", null, null, 90, 90, 180, StayRule.WindowKind.FROM_FIRST_ENTRY, false);
        StayRule schengen = Fixtures.visaRequired("SCHENGEN");
        Destination croatia = new Destination("HR", LocalizedText.of("Croatia", "Хорватия"), "EUR",
                java.util.Map.of(), List.of(), List.of(own, schengen),
                new Destination.AreaMembership("SCHENGEN", LocalDate.of(2023, 1, 1)));
        assertEquals("HR", croatia.areaOn(LocalDate.of(2022, 12, 31)));
        assertEquals("SCHENGEN", croatia.areaOn(LocalDate.of(2023, 1, 1)));
        assertTrue(croatia.ruleOn("RU", LocalDate.of(2022, 12, 31)).orElseThrow().visaFree());
        assertFalse(croatia.ruleOn("RU", LocalDate.of(2023, 1, 1)).orElseThrow().visaFree());
    }

    @Test
    void aRuleForAnotherPassportIsNotApplied() {
        assertTrue(kazakhstan.ruleOn("BY", JAN_27_2023).isEmpty());
        assertEquals(FactValue.UNKNOWN, kazakhstan.factsOn("BY", JAN_27_2023).get(Criterion.STAY_ALLOWED).value());
    }

    @Test
    void matchesTextInEitherLanguageIgnoringCase() {
        assertTrue(kazakhstan.matches("kazakh"));
        assertTrue(kazakhstan.matches("КАЗАХ"));
        assertTrue(kazakhstan.matches("kz"));
        assertFalse(kazakhstan.matches("Грузия"));
    }

    @Test
    void theNewestWordOnARouteKindDecidesWhetherItIsOpen() {
        Source old = new Source("a", "", LocalDate.of(2021, 1, 1));
        Source newer = new Source("b", "", LocalDate.of(2023, 1, 1));
        Destination d = new Destination("TR", LocalizedText.of("Turkey", "Турция"), "TRY", java.util.Map.of(),
                List.of(new ResidenceRoute(ResidenceRoute.Kind.WORK, ResidenceRoute.Status.CLOSED, null, newer),
                        new ResidenceRoute(ResidenceRoute.Kind.WORK, ResidenceRoute.Status.OPEN, null, old),
                        new ResidenceRoute(ResidenceRoute.Kind.STUDY, ResidenceRoute.Status.OPEN, null, old),
                        new ResidenceRoute(ResidenceRoute.Kind.FAMILY, ResidenceRoute.Status.INFO, null, newer)),
                List.of(), null);
        assertEquals(Set.of(ResidenceRoute.Kind.STUDY), d.openRouteKinds());
        assertEquals(new FactValue.Routes(1, 0),
                d.factsOn("RU", LocalDate.of(2026, 1, 1)).get(Criterion.RESIDENCE_ROUTES).value());
    }

    @Test
    void aRuleThatEndsBeforeItStartsIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Fixtures.rule("X",
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1), 30, null, null, StayRule.WindowKind.PER_ENTRY, true));
    }

    @Test
    void restrictedRoutesAreCountedApartAndScoreHalf() {
        Source s = new Source("a", "", LocalDate.of(2023, 1, 1));
        Destination d = new Destination("LT", LocalizedText.of("Lithuania", "Литва"), "EUR", java.util.Map.of(),
                List.of(new ResidenceRoute(ResidenceRoute.Kind.WORK, ResidenceRoute.Status.RESTRICTED, null, s),
                        new ResidenceRoute(ResidenceRoute.Kind.FAMILY, ResidenceRoute.Status.OPEN, null, s),
                        new ResidenceRoute(ResidenceRoute.Kind.INVESTMENT, ResidenceRoute.Status.CLOSED, null, s)),
                List.of(), null);
        FactValue.Routes routes = (FactValue.Routes) d.factsOn("RU", LocalDate.of(2026, 1, 1))
                .get(Criterion.RESIDENCE_ROUTES).value();
        assertEquals(new FactValue.Routes(1, 1), routes);
        assertEquals(1.5, routes.weighted());
    }

    @Test
    void withoutAnyRouteFactTheRoutesAreUnknownNotZero() {
        assertFalse(kazakhstan.factsOn("RU", JAN_27_2023).get(Criterion.RESIDENCE_ROUTES).value().isKnown());
    }
}
