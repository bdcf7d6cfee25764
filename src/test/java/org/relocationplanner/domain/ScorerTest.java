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
        // Germany: Russian use unknown counts as nothing
        assertEquals(0.0, Score.UNKNOWN_SCORE);
        assertEquals(0.0, s.get("DE").points(), 1e-9);
    }

    @Test
    void theExplanationListsEveryWeightedCriterionWithItsContribution() {
        Weights w = only(Criterion.STAY_ALLOWED, 2).with(Criterion.RUSSIAN_USE, 6);
        Score de = Scorer.score(all(List.of()), w).get("DE");
        assertEquals(2, de.parts().size());
        Score.Part language = de.parts().stream().filter(p -> p.criterion() == Criterion.RUSSIAN_USE).findFirst()
                .orElseThrow();
        assertTrue(language.unknown());
        assertEquals(de.points(), de.parts().stream().mapToDouble(Score.Part::points).sum(), 1e-9);
        assertEquals(2, de.knownWeight());
        assertEquals(8, de.totalWeight());
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
        // Germany's unknown language and prices no longer lift it above Serbia's known short stay
        assertEquals("RS", byPrice.get(1).country().code());
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

    /** Small hand-made datasets pin the rule: ignorance never earns points. */
    @Test
    void aThinlyKnownCountryNeverOutranksAWellKnownOneOnIgnoranceAlone() {
        // "known" is middling on everything; "thin" has one known value, just as middling, and the rest unknown
        Destination known = Fixtures.destination("AA", "Known", "Известная",
                List.of(Fixtures.rule("AA", null, null, 90, null, null, StayRule.WindowKind.PER_ENTRY, true)),
                Fixtures.level(Criterion.RUSSIAN_USE, Levels.CAN_BE_USED),
                Fixtures.level(Criterion.BANK_ACCOUNT, Levels.BANK_WITH_DIFFICULTY),
                Fixtures.level(Criterion.HANDOVER_RISK, Levels.HANDOVER_MEDIUM));
        Destination thin = Fixtures.destination("BB", "Thin", "Малоизвестная",
                List.of(Fixtures.rule("BB", null, null, 90, null, null, StayRule.WindowKind.PER_ENTRY, true)));
        List<CountryFacts> both = CountryFacts.of(List.of(known, thin), List.of(), "RU", TODAY);
        Weights w = only(Criterion.STAY_ALLOWED, 5).with(Criterion.RUSSIAN_USE, 5).with(Criterion.BANK_ACCOUNT, 5)
                .with(Criterion.HANDOVER_RISK, 5);
        Map<String, Score> s = Scorer.score(both, w);
        assertTrue(s.get("AA").points() > s.get("BB").points(), s.toString());
        assertEquals(0.25, s.get("BB").knownShare(), 1e-9);
        // the unknown three-quarters cost "thin" what the mean of its known values would have earned there
        assertEquals(100.0 * 0.5 * 0.75, s.get("BB").unknownCost(), 1e-9);
        assertEquals(1.0, s.get("AA").knownShare(), 1e-9);
        assertEquals(0.0, s.get("AA").unknownCost(), 1e-9);
    }

    @Test
    void twoSourcesThatDisagreeCountTheLowerValueNeverTheirMean() {
        Fact memo = Fixtures.level(Criterion.RUSSIAN_USE, Levels.WIDELY_USED);
        Fact survey = Fixtures.level(Criterion.RUSSIAN_USE, Levels.NOT_USED);
        Fact both = new Fact(Criterion.RUSSIAN_USE, memo.value(), memo.source(), memo.note(), survey);
        assertTrue(both.isConflict());
        Destination d = Fixtures.destination("CC", "Conflict", "Спорная", List.of(), both);
        Score s = Scorer.score(CountryFacts.of(List.of(d), List.of(), "RU", TODAY), only(Criterion.RUSSIAN_USE, 10))
                .get("CC");
        assertEquals(0.0, s.points(), 1e-9);
        assertTrue(s.parts().get(0).conflict());
        // a second source alone, where the first states nothing, counts as known
        Destination second = Fixtures.destination("DD", "Second", "Вторая", List.of(),
                new Fact(Criterion.RUSSIAN_USE, FactValue.UNKNOWN, null, null, memo));
        Score t = Scorer.score(CountryFacts.of(List.of(second), List.of(), "RU", TODAY),
                only(Criterion.RUSSIAN_USE, 10)).get("DD");
        assertEquals(100.0, t.points(), 1e-9);
        assertEquals(1.0, t.knownShare(), 1e-9);
    }

    @Test
    void aResidenceFeeScoresTheCheapestBestAcrossAllDestinations() {
        Destination cheap = Fixtures.destination("EE", "Cheap", "Дешёвая", List.of(),
                new Fact(Criterion.RESIDENCE_FEE, new FactValue.OfMoney(new Money(new java.math.BigDecimal("2000"),
                        "RUB")), Fixtures.SOURCE, null));
        Destination dear = Fixtures.destination("FF", "Dear", "Дорогая", List.of(),
                new Fact(Criterion.RESIDENCE_FEE, new FactValue.OfMoney(new Money(new java.math.BigDecimal("50000"),
                        "RUB")), Fixtures.SOURCE, null));
        Map<String, Score> s = Scorer.score(CountryFacts.of(List.of(cheap, dear), List.of(), "RU", TODAY),
                only(Criterion.RESIDENCE_FEE, 10));
        assertEquals(100.0, s.get("EE").points(), 1e-9);
        assertEquals(0.0, s.get("FF").points(), 1e-9);
    }

    private static Fact fee(String rubles) {
        return new Fact(Criterion.RESIDENCE_FEE, new FactValue.OfMoney(new Money(new java.math.BigDecimal(rubles),
                "RUB")), Fixtures.SOURCE, null);
    }

    /** Indonesia's two sources for its remote-worker visa (issue 19 data): 12,665 or 32,835 rubles. */
    @Test
    void whereTwoFeesDifferTheHigherCountsInTheScoreTheHighlightAndTheCell() {
        Fact low = fee("12665");
        Fact both = new Fact(Criterion.RESIDENCE_FEE, low.value(), low.source(), null, fee("32835"));
        Destination id = Fixtures.destination("ID", "Indonesia", "Индонезия", List.of(), both);
        Destination th = Fixtures.destination("TH", "Thailand", "Таиланд", List.of(), fee("25127"));
        Destination cheap = Fixtures.destination("AM", "Armenia", "Армения", List.of(), fee("10000"));
        List<CountryFacts> all = CountryFacts.of(List.of(id, th, cheap), List.of(), "RU", TODAY);
        EffectiveFact idFee = all.get(0).get(Criterion.RESIDENCE_FEE);
        assertEquals(new java.math.BigDecimal("32835"), ((FactValue.OfMoney) idFee.counted()).money().amount());
        Map<String, Score> s = Scorer.score(all, only(Criterion.RESIDENCE_FEE, 10));
        assertTrue(s.get("TH").points() > s.get("ID").points(), "Thailand's 25,127 is cheaper than 32,835: " + s);
        assertTrue(s.get("ID").parts().get(0).conflict());
        // side by side with Thailand alone, Thailand is the cheaper, not Indonesia's lower figure
        assertEquals(java.util.Set.of("TH"), Scorer.bestIn(Criterion.RESIDENCE_FEE, all.subList(0, 2), all));
    }

    @Test
    void twoLevelsThatDifferCountTheWorseInFiltersToo() {
        Fact yes = Fixtures.level(Criterion.BANK_ACCOUNT, Levels.BANK_YES);
        Fact no = Fixtures.level(Criterion.BANK_ACCOUNT, Levels.BANK_NO);
        Destination d = Fixtures.destination("CC", "Conflict", "Спорная", List.of(),
                new Fact(Criterion.BANK_ACCOUNT, yes.value(), yes.source(), null, no));
        List<CountryFacts> all = CountryFacts.of(List.of(d), List.of(), "RU", TODAY);
        assertEquals(Levels.BANK_NO, ((FactValue.OfLevel) all.get(0).get(Criterion.BANK_ACCOUNT).counted())
                .level());
        assertTrue(Ranking.rank(all, Weights.defaults(), new DestinationFilter("", false, false, true)).isEmpty(),
                "one source says no account: not known to qualify");
    }

    @Test
    void anOwnFeeInAnotherCurrencyThanRublesCannotBeComparedAndCountsAsUnknown() {
        Destination ge = Fixtures.destination("GE", "Georgia", "Грузия", List.of(),
                new Fact(Criterion.RESIDENCE_FEE, FactValue.UNKNOWN, null, null));
        Destination th = Fixtures.destination("TH", "Thailand", "Таиланд", List.of(), fee("25127"));
        Destination am = Fixtures.destination("AM", "Armenia", "Армения", List.of(), fee("10000"));
        UserAnnotation lari = new UserAnnotation("GE", Criterion.RESIDENCE_FEE,
                new FactValue.OfMoney(new Money(new java.math.BigDecimal("300"), "GEL")), null);
        Map<String, Score> s = Scorer.score(CountryFacts.of(List.of(ge, th, am), List.of(lari), "RU", TODAY),
                only(Criterion.RESIDENCE_FEE, 10));
        assertTrue(s.get("GE").parts().get(0).unknown(), "300 lari are not 300 rubles");
        assertEquals(100.0, s.get("AM").points(), 1e-9, "the cheapest known fee still scores full marks");
        assertEquals(0.0, s.get("TH").points(), 1e-9);
    }

    @Test
    void whenNothingWeightedIsKnownThereIsNoCostToTell() {
        Destination thin = Fixtures.destination("BB", "Thin", "Малоизвестная", List.of());
        Score s = Scorer.score(CountryFacts.of(List.of(thin), List.of(), "RU", TODAY),
                only(Criterion.RUSSIAN_USE, 10)).get("BB");
        assertEquals(0.0, s.points(), 1e-9);
        assertEquals(0.0, s.knownShare(), 1e-9);
        assertTrue(Double.isNaN(s.unknownCost()), "no known value, no mean to compare with");
    }
}
