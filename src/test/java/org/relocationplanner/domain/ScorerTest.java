package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Destination longStay = Fixtures.destination("GE", "Georgia", "Грузия",
            List.of(Fixtures.rule("GE", null, null, 365, null, null, StayRule.WindowKind.PER_ENTRY, true)),
            Fixtures.level(Criterion.RUSSIAN_USE, Levels.WIDELY_USED),
            Fixtures.amount(Criterion.PRICE_LEVEL, "0.30"));
    private final Destination shortStay = Fixtures.destination("RS", "Serbia", "Сербия",
            List.of(Fixtures.rule("RS", null, null, 30, null, null, StayRule.WindowKind.PER_ENTRY, true)),
            Fixtures.level(Criterion.RUSSIAN_USE, Levels.NOT_USED),
            Fixtures.amount(Criterion.PRICE_LEVEL, "0.90"));
    private final Destination visa = Fixtures.destination("DE", "Germany", "Германия",
            List.of(Fixtures.visaRequired("DE")));

    private List<CountryFacts> all(List<UserAnnotation> annotations) {
        return CountryFacts.of(List.of(longStay, shortStay, visa), annotations, "RU", TODAY);
    }

    private static Weights only(Criterion c, int w) {
        Weights weights = Weights.defaults();
        for (Criterion k : weights.asMap().keySet()) {
            weights = weights.with(k, 0);
        }
        return weights.with(c, w);
    }

    @Test
    void aYearPerEntryScoresFullMarksOnStayAndAVisaScoresNothing() {
        Map<String, Score> s = Scorer.score(all(List.of()), only(Criterion.STAY_ALLOWED, 10));
        assertEquals(100.0, s.get("GE").points(), 1e-9);
        assertEquals(100.0 * 30 / 180, s.get("RS").points(), 1e-9);
        assertEquals(0.0, s.get("DE").points(), 1e-9);
    }

    @Test
    void theScoreIsTheWeightedMeanOfValueScores() {
        Weights w = only(Criterion.STAY_ALLOWED, 2).with(Criterion.RUSSIAN_USE, 6);
        Map<String, Score> s = Scorer.score(all(List.of()), w);
        // Serbia: stay 30/365 at weight 2, Russian not used (0) at weight 6
        assertEquals(100.0 * (2 * 30.0 / 180 + 6 * 0.0) / 8, s.get("RS").points(), 1e-9);
        // Germany: Russian use unknown counts as the middle of the scale
        assertEquals(100.0 * (2 * 0.0 + 6 * Score.UNKNOWN_SCORE) / 8, s.get("DE").points(), 1e-9);
    }

    @Test
    void theExplanationListsEveryWeightedCriterionWithItsContribution() {
        Weights w = only(Criterion.STAY_ALLOWED, 2).with(Criterion.RUSSIAN_USE, 6);
        Score de = Scorer.score(all(List.of()), w).get("DE");
        assertEquals(2, de.parts().size());
        Score.Part language = de.parts().get(0);
        assertEquals(Criterion.RUSSIAN_USE, language.criterion());
        assertTrue(language.unknown());
        assertEquals(de.points(), de.parts().stream().mapToDouble(Score.Part::points).sum(), 1e-9);
    }

    @Test
    void thePriceLevelScoresLowestPricesBestAcrossAllDestinations() {
        Map<String, Score> s = Scorer.score(all(List.of()), only(Criterion.PRICE_LEVEL, 5));
        assertEquals(100.0, s.get("GE").points(), 1e-9);
        assertEquals(0.0, s.get("RS").points(), 1e-9);
    }

    @Test
    void changingAWeightChangesTheOrder() {
        var byStay = Ranking.rank(all(List.of()), only(Criterion.STAY_ALLOWED, 10), DestinationFilter.NONE);
        assertEquals(List.of("GE", "RS", "DE"), byStay.stream().map(e -> e.country().code()).toList());
        var byPrice = Ranking.rank(all(List.of()), only(Criterion.STAY_ALLOWED, 1).with(Criterion.RUSSIAN_USE, 10)
                .with(Criterion.PRICE_LEVEL, 10), DestinationFilter.NONE);
        assertEquals("GE", byPrice.get(0).country().code());
        assertEquals("DE", byPrice.get(1).country().code());
    }

    @Test
    void aUserValueReplacesTheShippedOneInTheScore() {
        UserAnnotation mine = new UserAnnotation("RS", Criterion.RUSSIAN_USE,
                new FactValue.OfLevel(Levels.WIDELY_USED), "my neighbours speak Russian");
        Map<String, Score> s = Scorer.score(all(List.of(mine)), only(Criterion.RUSSIAN_USE, 10));
        assertEquals(100.0, s.get("RS").points(), 1e-9);
    }

    @Test
    void allWeightsAtZeroScoreEveryoneZero() {
        Weights zero = only(Criterion.STAY_ALLOWED, 0);
        Scorer.score(all(List.of()), zero).values().forEach(s -> assertEquals(0.0, s.points()));
    }

    @Test
    void weightsOutsideTheScaleOrOnUnweightedCriteriaAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Weights.defaults().with(Criterion.RUSSIAN_USE, 11));
        assertThrows(IllegalArgumentException.class, () -> Weights.defaults().with(Criterion.POPULATION, 3));
    }

    @Test
    void filtersKeepOnlyDestinationsKnownToQualify() {
        var visaFree = new DestinationFilter("", true, false, false);
        assertEquals(List.of("GE", "RS"), Ranking.rank(all(List.of()), Weights.defaults(), visaFree).stream()
                .map(e -> e.country().code()).toList());
        var russian = new DestinationFilter("", false, true, false);
        assertEquals(List.of("GE"), Ranking.rank(all(List.of()), Weights.defaults(), russian).stream()
                .map(e -> e.country().code()).toList());
        var bank = new DestinationFilter("", false, false, true);
        assertTrue(Ranking.rank(all(List.of()), Weights.defaults(), bank).isEmpty());
        var text = new DestinationFilter("серб", false, false, false);
        assertEquals(List.of("RS"), Ranking.rank(all(List.of()), Weights.defaults(), text).stream()
                .map(e -> e.country().code()).toList());
    }

    @Test
    void filteringDoesNotChangeScores() {
        var allRanked = Ranking.rank(all(List.of()), Weights.defaults(), DestinationFilter.NONE);
        var filtered = Ranking.rank(all(List.of()), Weights.defaults(), new DestinationFilter("Serbia", false, false, false));
        double before = allRanked.stream().filter(e -> e.country().code().equals("RS")).findFirst().orElseThrow().score().points();
        assertEquals(before, filtered.get(0).score().points(), 1e-12);
    }

    @Test
    void theBestStayIsTheLongestEvenAboveTheScoreCap() {
        Destination halfYear = Fixtures.destination("AM", "Armenia", "Армения",
                List.of(Fixtures.rule("AM", null, null, null, 180, 365, StayRule.WindowKind.UNKNOWN, null)));
        List<CountryFacts> shown = CountryFacts.of(List.of(longStay, halfYear, shortStay), List.of(), "RU", TODAY);
        assertEquals(java.util.Set.of("GE"), Scorer.bestIn(Criterion.STAY_ALLOWED, shown, shown));
        assertEquals(java.util.Set.of("GE"), Scorer.bestIn(Criterion.RUSSIAN_USE, shown, shown));
        assertEquals(java.util.Set.of("GE"), Scorer.bestIn(Criterion.PRICE_LEVEL, shown, shown),
                "the lowest price level is the best");
        assertTrue(Scorer.bestIn(Criterion.POPULATION, shown, shown).isEmpty(), "population has no better or worse");
    }
}
