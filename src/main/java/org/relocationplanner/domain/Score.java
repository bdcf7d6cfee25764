package org.relocationplanner.domain;

import java.util.List;

/**
 * A destination's weighted score from 0 to 100 and how it came about, criterion by criterion.
 *
 * <p>What is not known never raises a score: an unknown value counts as {@link #UNKNOWN_SCORE}, nothing, so a
 * country known thinly cannot outrank a well-known one on ignorance alone. {@code knownWeight} of
 * {@code totalWeight} says how much of the user's weight rests on known values, and {@link #unknownCost()} what the
 * unknown weight cost against the mean of the known values.
 *
 * @param parts one per weighted criterion with a weight above zero, largest contribution first
 */
public record Score(double points, List<Part> parts, int knownWeight, int totalWeight) {

    /**
     * @param valueScore the value's own score in [0, 1]; {@link #UNKNOWN_SCORE} when the value is unknown
     * @param points     what this criterion adds to the total, out of 100
     * @param conflict   two sources give two values: the lower one counts
     */
    public record Part(Criterion criterion, int weight, double valueScore, boolean unknown, double points,
                       boolean conflict) {

        public Part(Criterion criterion, int weight, double valueScore, boolean unknown, double points) {
            this(criterion, weight, valueScore, unknown, points, false);
        }
    }

    /** An unknown value counts as nothing: the penalty for not knowing is the whole of its weight. */
    public static final double UNKNOWN_SCORE = 0.0;

    public Score(double points, List<Part> parts) {
        this(points, parts, parts.stream().filter(p -> !p.unknown()).mapToInt(Part::weight).sum(),
                parts.stream().mapToInt(Part::weight).sum());
    }

    /** The share of the weight that rests on known values, 0 to 1 (1 when nothing is weighted). */
    public double knownShare() {
        return totalWeight == 0 ? 1.0 : (double) knownWeight / totalWeight;
    }

    /**
     * The points the unknown weight cost: what the score would be had the unknown criteria scored the mean of the
     * known ones, less the score; 0 when everything weighted is known, NaN when nothing is (there is no mean).
     */
    public double unknownCost() {
        if (knownWeight == totalWeight) {
            return 0;
        }
        if (knownWeight == 0) {
            return Double.NaN;
        }
        double knownMean = points / (100.0 * knownWeight / totalWeight);
        return knownMean * 100.0 * (totalWeight - knownWeight) / totalWeight;
    }
}
