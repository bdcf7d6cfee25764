package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relocationplanner.io.DatasetReader;

/** The ranking rule on the shipped dataset: what is not known never lifts a destination. */
class ShippedRankingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private static List<Destination> shipped() throws Exception {
        return DatasetReader.readShipped().destinations();
    }

    /**
     * Issue 19's finding: with unknown values at 0.5, Tajikistan (little known) ranked above Thailand, Serbia and
     * Vietnam under the default weights.
     */
    @Test
    void aThinlyKnownDestinationNoLongerOutranksBetterKnownOnes() throws Exception {
        List<CountryFacts> all = CountryFacts.of(shipped(), List.of(), "RU", DAY);
        List<String> order = Ranking.rank(all, Weights.defaults(), DestinationFilter.NONE).stream()
                .map(e -> e.country().code()).toList();
        for (String better : List.of("TH", "RS", "VN")) {
            assertTrue(order.indexOf(better) < order.indexOf("TJ"), better + " above TJ in " + order);
        }
    }

    /**
     * For every shipped destination and every weighted criterion it lacks, learning even the worst value never
     * lowers its score: ignorance is never worth more than knowledge.
     */
    @Test
    void learningTheWorstValueOfAnUnknownCriterionNeverLowersAScore() throws Exception {
        List<Destination> destinations = shipped();
        Weights weights = Weights.defaults();
        Map<String, Score> before = Scorer.score(CountryFacts.of(destinations, List.of(), "RU", DAY), weights);
        List<String> checked = new ArrayList<>();
        for (Destination d : destinations) {
            CountryFacts facts = CountryFacts.of(List.of(d), List.of(), "RU", DAY).get(0);
            for (Criterion c : Criterion.values()) {
                if (!c.isWeighted() || c.levels().isEmpty() || facts.get(c).isKnown()) {
                    continue;
                }
                Level worst = c.levels().stream().min(java.util.Comparator.comparingDouble(Level::score))
                        .orElseThrow();
                UserAnnotation learnt = new UserAnnotation(d.code(), c, new FactValue.OfLevel(worst), null);
                double after = Scorer.score(CountryFacts.of(destinations, List.of(learnt), "RU", DAY), weights)
                        .get(d.code()).points();
                assertTrue(after >= before.get(d.code()).points() - 1e-9,
                        d.code() + " " + c + ": " + before.get(d.code()).points() + " -> " + after);
                checked.add(d.code() + ":" + c);
            }
        }
        assertTrue(checked.size() > 10, "unknown level criteria exist in the shipped data: " + checked);
    }
}
