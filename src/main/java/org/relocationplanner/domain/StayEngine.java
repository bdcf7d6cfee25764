package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts stays against the dated rules of each area. A day counts where the user was that day (entry and exit
 * days both count; a day in two countries counts in both), under the rule in force that day. How a rule that
 * starts on a date treats what came before it is part of the rule: whether days before it count in its window,
 * entry or year, and whether a stay begun before it keeps the rule in force at its entry; where the sources do not
 * say, both readings are counted and the stricter decides. An overstay in the past never blocks later answers:
 * only days inside a rule's window, entry or year count.
 *
 * <p>Window kinds: a rolling window ("N days in any M") ends on and includes the day checked; a window "from first
 * entry" is a period of M days that starts at the first day counted and is followed by the next period at the
 * next day spent there; a window of unknown kind is counted as rolling, the stricter reading. Days covered by a
 * residence permit or a long-stay visa for the country do not count. Where a visa is needed and the user has
 * recorded visas for the area, a day must fall within one of them and within its days of stay.
 */
public final class StayEngine {

    /** How far ahead the latest legal exit and the next legal entry are looked for. */
    public static final int HORIZON_DAYS = 3 * 366;

    /** A stay whose latest legal exit is this close is "ending soon". */
    public static final int ENDING_SOON_DAYS = 14;

    private final RuleBook book;

    public StayEngine(RuleBook book) {
        this.book = book;
    }

    /** Everything about a situation as it stands on {@code today}. */
    public StayEvaluation evaluate(Situation situation, LocalDate today) {
        return new StayEvaluation(book, situation, today);
    }

    /** The status of every area with a trip that has begun by {@code on}, by area code. */
    public List<AreaStatus> statuses(List<Trip> trips, String passport, LocalDate on) {
        return evaluate(new Situation(passport, trips, Documents.NONE), on).statuses();
    }

    /** Where the user stands in {@code area} on {@code on}. */
    public AreaStatus status(List<Trip> trips, String area, String passport, LocalDate on) {
        return evaluate(new Situation(passport, trips, Documents.NONE), on).status(area);
    }
}
