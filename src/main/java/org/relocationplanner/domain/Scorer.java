package org.relocationplanner.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Scores destinations by the user's weights. Each weighted criterion maps a value to [0, 1];
 * the total is the weighted mean of those, times 100. Values compared across destinations (the price
 * level) are scaled between the lowest and highest known value of all destinations, so filtering the
 * table never changes a score.
 */
public final class Scorer {

    /** Stays of a year or more score full marks: beyond that, residence is the question. */
    static final int FULL_STAY_DAYS = 365;
    static final int ALL_ROUTE_KINDS = ResidenceRoute.Kind.values().length;

    private Scorer() {
    }

    public static Map<String, Score> score(List<CountryFacts> all, Weights weights) {
        Range priceRange = Range.of(all, Criterion.PRICE_LEVEL);
        Map<String, Score> result = new HashMap<>(all.size() * 2);
        for (CountryFacts c : all) {
            result.put(c.code(), score(c, weights, priceRange));
        }
        return result;
    }

    private static Score score(CountryFacts country, Weights weights, Range priceRange) {
        int total = weights.total();
        List<Score.Part> parts = new ArrayList<>();
        double points = 0;
        for (Criterion criterion : Criterion.values()) {
            int w = weights.of(criterion);
            if (!criterion.isWeighted() || w == 0) {
                continue;
            }
            double s = valueScore(criterion, country.get(criterion).value(), priceRange);
            boolean unknown = s < 0;
            double used = unknown ? Score.UNKNOWN_SCORE : s;
            double p = total == 0 ? 0 : 100.0 * w * used / total;
            points += p;
            parts.add(new Score.Part(criterion, w, used, unknown, p));
        }
        parts.sort(Comparator.comparingDouble(Score.Part::points).reversed());
        return new Score(points, List.copyOf(parts));
    }

    /** The value's score in [0, 1], or -1 when it is unknown. */
    static double valueScore(Criterion criterion, FactValue value, Range priceRange) {
        switch (criterion.scoring()) {
            case LEVEL:
                return value.levelScore();
            case LONGER_STAY:
                return stayScore(value);
            case ROUTE_COUNT:
                return value instanceof FactValue.Amount a ? Math.min(1.0, a.number().doubleValue() / ALL_ROUTE_KINDS) : -1;
            case LOWER_IS_BETTER:
                return value instanceof FactValue.Amount a ? priceRange.lowerIsBetter(a.number().doubleValue()) : -1;
            default:
                return -1;
        }
    }

    private static double stayScore(FactValue value) {
        if (value instanceof FactValue.Amount a) {
            return Math.min(1.0, a.number().doubleValue() / FULL_STAY_DAYS);
        }
        if (value instanceof FactValue.Stay s) {
            if (s.rule().isUnlimited()) {
                return 1.0;
            }
            OptionalInt days = s.rule().longestStayDays();
            return days.isPresent() ? Math.min(1.0, (double) days.getAsInt() / FULL_STAY_DAYS) : -1;
        }
        return -1;
    }

    /** Lowest and highest known value of a numeric criterion across all destinations. */
    record Range(double min, double max) {
        static Range of(List<CountryFacts> all, Criterion criterion) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (CountryFacts c : all) {
                if (c.get(criterion).value() instanceof FactValue.Amount a) {
                    double v = a.number().doubleValue();
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return new Range(min, max);
        }

        double lowerIsBetter(double v) {
            if (!(max > min)) {
                return 1.0;
            }
            return Math.max(0, Math.min(1, (max - v) / (max - min)));
        }
    }

}
