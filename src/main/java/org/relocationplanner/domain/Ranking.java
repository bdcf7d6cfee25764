package org.relocationplanner.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Destinations in order of their score for the user's weights, after the user's filter. */
public final class Ranking {

    /** One row of the ranking: its place (1 = best), the country's facts and its score. */
    public record Entry(int place, CountryFacts country, Score score) {
    }

    private Ranking() {
    }

    public static List<Entry> rank(List<CountryFacts> all, Weights weights, DestinationFilter filter) {
        return rank(all, Scorer.score(all, weights), filter);
    }

    /** Ranks with scores already computed by {@link Scorer#score} for the same destinations. */
    public static List<Entry> rank(List<CountryFacts> all, Map<String, Score> scores, DestinationFilter filter) {
        List<CountryFacts> kept = new ArrayList<>(all.size());
        for (CountryFacts c : all) {
            if (filter.accepts(c)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingDouble((CountryFacts c) -> scores.get(c.code()).points()).reversed()
                .thenComparing(c -> c.destination().name().en()));
        List<Entry> result = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            CountryFacts c = kept.get(i);
            result.add(new Entry(i + 1, c, scores.get(c.code())));
        }
        return result;
    }
}
