package org.relocationplanner.domain;

import java.util.List;

/**
 * A destination's weighted score from 0 to 100 and how it came about, criterion by criterion.
 *
 * @param parts one per weighted criterion with a weight above zero, largest contribution first
 */
public record Score(double points, List<Part> parts) {

    /**
     * @param valueScore the value's own score in [0, 1]; {@link #UNKNOWN_SCORE} when the value is unknown
     * @param points     what this criterion adds to the total, out of 100
     */
    public record Part(Criterion criterion, int weight, double valueScore, boolean unknown, double points) {
    }

    /** An unknown value counts as the middle of the scale: neither a reward nor a penalty for missing data. */
    public static final double UNKNOWN_SCORE = 0.5;
}
