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

    /**
     * Stays of half a year or more score full marks: a 90-in-180 country then scores half, a 30-day one a sixth.
     * Beyond half a year, residence is the question, and the visa run is weighted on its own.
     */
    static final int FULL_STAY_DAYS = 180;
    static final int ALL_ROUTE_KINDS = ResidenceRoute.Kind.values().length;

    private Scorer() {
    }

    public static Map<String, Score> score(List<CountryFacts> all, Weights weights) {
        Ranges ranges = Ranges.of(all);
        Map<String, Score> result = new HashMap<>(all.size() * 2);
        for (CountryFacts c : all) {
            result.put(c.code(), score(c, weights, ranges));
        }
        return result;
    }

    private static Score score(CountryFacts country, Weights weights, Ranges ranges) {
        int total = weights.total();
        List<Score.Part> parts = new ArrayList<>();
        double points = 0;
        for (Criterion criterion : Criterion.values()) {
            int w = weights.of(criterion);
            if (!criterion.isWeighted() || w == 0) {
                continue;
            }
            EffectiveFact fact = country.get(criterion);
            double s = valueScore(criterion, fact.value(), ranges);
            double other = fact.alternative() == null ? -1 : valueScore(criterion, fact.alternative(), ranges);
            // two sources, two values: the worse counts (as EffectiveFact.counted() says), never their mean
            boolean conflict = s >= 0 && other >= 0 && s != other;
            double known = valueScore(criterion, fact.counted(), ranges);
            boolean unknown = known < 0;
            double used = unknown ? Score.UNKNOWN_SCORE : known;
            double p = total == 0 ? 0 : 100.0 * w * used / total;
            points += p;
            parts.add(new Score.Part(criterion, w, used, unknown, p, conflict));
        }
        parts.sort(Comparator.comparingDouble(Score.Part::points).reversed());
        return new Score(points, List.copyOf(parts));
    }

    /**
     * The destinations among {@code shown} whose value of {@code criterion} is best; empty when the criterion has no
     * order, fewer than two values are known, or all known values are equal.
     */
    public static java.util.Set<String> bestIn(Criterion criterion, List<CountryFacts> shown, List<CountryFacts> all) {
        Ranges priceRange = Ranges.of(all);
        Map<String, Double> scores = new HashMap<>();
        for (CountryFacts c : shown) {
            double s = orderScore(criterion, c.get(criterion).counted(), priceRange);
            if (s >= 0) {
                scores.put(c.code(), s);
            }
        }
        if (scores.size() < 2) {
            return java.util.Set.of();
        }
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = scores.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        if (max - min < 1e-12) {
            return java.util.Set.of();
        }
        java.util.Set<String> best = new java.util.HashSet<>();
        scores.forEach((code, s) -> {
            if (Math.abs(s - max) < 1e-12) {
                best.add(code);
            }
        });
        return best;
    }

    /** Like {@link #valueScore}, and also orders the shown-only criteria where more is plainly better. */
    private static double orderScore(Criterion criterion, FactValue value, Ranges priceRange) {
        if (criterion == Criterion.LISTED_VISA_FREE_DAYS && value instanceof FactValue.Amount a) {
            return a.number().doubleValue();
        }
        if (criterion == Criterion.RUSSIAN_SPEAKERS && value instanceof FactValue.Speakers s) {
            return s.sharePercent() == null ? -1 : s.sharePercent().doubleValue();
        }
        if (criterion == Criterion.VISA_FREE || criterion == Criterion.LISTED_VISA_RUN) {
            return value.levelScore();
        }
        if (criterion == Criterion.STAY_ALLOWED) {
            // the score stops at half a year; "best" still tells a year from half a year
            double key = sortKey(value);
            return key < 0 ? -1 : key;
        }
        return criterion.isWeighted() ? valueScore(criterion, value, priceRange) : -1;
    }

    /**
     * A number to sort a column of values by, in the value's natural order (more days, more speakers, a higher
     * price level); unknown values sort below every known one.
     */
    public static double sortKey(FactValue value) {
        if (value instanceof FactValue.Amount a) {
            return a.number().doubleValue();
        }
        if (value instanceof FactValue.OfLevel l) {
            return l.level().score();
        }
        if (value instanceof FactValue.Speakers s) {
            return s.sharePercent() == null ? -Double.MAX_VALUE : s.sharePercent().doubleValue();
        }
        if (value instanceof FactValue.OfMoney m) {
            return m.money().amount().doubleValue();
        }
        if (value instanceof FactValue.Stay s) {
            return s.rule().isUnlimited() ? Double.MAX_VALUE : s.rule().longestStayDays().orElse(-1);
        }
        if (value instanceof FactValue.Routes r) {
            return r.weighted();
        }
        return value instanceof FactValue.Text ? 0 : -Double.MAX_VALUE;
    }

    /** The value's score in [0, 1], or -1 when it is unknown. */
    static double valueScore(Criterion criterion, FactValue value, Ranges ranges) {
        switch (criterion.scoring()) {
            case LEVEL:
                return value.levelScore();
            case LONGER_STAY:
                return stayScore(value);
            case ROUTE_COUNT:
                return value instanceof FactValue.Routes r ? Math.min(1.0, r.weighted() / ALL_ROUTE_KINDS) : -1;
            case LOWER_IS_BETTER: {
                double v = number(criterion, value);
                return Double.isNaN(v) ? -1 : ranges.of(criterion).lowerIsBetter(v);
            }
            default:
                return -1;
        }
    }

    /**
     * The number a value compares by: an amount, or a price in the criterion's one currency ({@link
     * Criterion#scoreCurrency()}); a price in another currency cannot be compared and counts as unknown.
     */
    private static double number(Criterion criterion, FactValue value) {
        if (value instanceof FactValue.Amount a) {
            return a.number().doubleValue();
        }
        if (value instanceof FactValue.OfMoney m && (criterion.scoreCurrency() == null
                || criterion.scoreCurrency().equals(m.money().currency()))) {
            return m.money().amount().doubleValue();
        }
        return Double.NaN;
    }

    /**
     * Of two sources' values, the one that counts: the only known one, or the worse of two known ones by the criterion's
     * own order (a lower level, a shorter stay, fewer routes, a higher price); the first where the criterion has no
     * order.
     */
    static FactValue worse(Criterion criterion, FactValue first, FactValue second) {
        if (second == null || !second.isKnown()) {
            return first;
        }
        if (!first.isKnown()) {
            return second;
        }
        double a;
        double b;
        switch (criterion.scoring()) {
            case LEVEL -> {
                a = first.levelScore();
                b = second.levelScore();
            }
            case LONGER_STAY -> {
                a = stayScore(first);
                b = stayScore(second);
            }
            case ROUTE_COUNT -> {
                a = first instanceof FactValue.Routes r ? r.weighted() : -1;
                b = second instanceof FactValue.Routes r ? r.weighted() : -1;
            }
            case LOWER_IS_BETTER -> {
                a = -number(criterion, first);
                b = -number(criterion, second);
            }
            default -> {
                return first;
            }
        }
        if (Double.isNaN(b) || b < 0 && criterion.scoring() != Criterion.Scoring.LOWER_IS_BETTER) {
            return first;
        }
        if (Double.isNaN(a) || a < 0 && criterion.scoring() != Criterion.Scoring.LOWER_IS_BETTER) {
            return second;
        }
        return b < a ? second : first;
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

    /** Lowest and highest known value of each criterion scored against all destinations. */
    record Ranges(Map<Criterion, Range> byCriterion) {
        static Ranges of(List<CountryFacts> all) {
            Map<Criterion, Range> m = new java.util.EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                if (c.scoring() == Criterion.Scoring.LOWER_IS_BETTER) {
                    m.put(c, Range.of(all, c));
                }
            }
            return new Ranges(m);
        }

        Range of(Criterion criterion) {
            return byCriterion.get(criterion);
        }
    }

    /** Lowest and highest known value of a numeric criterion across all destinations, both sources counted. */
    record Range(double min, double max) {
        static Range of(List<CountryFacts> all, Criterion criterion) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (CountryFacts c : all) {
                EffectiveFact f = c.get(criterion);
                for (FactValue value : new FactValue[] {f.value(), f.alternative()}) {
                    double v = value == null ? Double.NaN : number(criterion, value);
                    if (!Double.isNaN(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
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
