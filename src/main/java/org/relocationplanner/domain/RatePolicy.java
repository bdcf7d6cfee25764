package org.relocationplanner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which rate counts, for the window and the command line alike: the order in which sources win on a day several
 * quote, whether the user's own rates come first, and how old a quote may be before an answer built on it is marked
 * stale. One place, so that the Budget screen and {@code relocation-planner budget} always give the same answer.
 */
public final class RatePolicy {

    /** The shipped and official sources, best first: the Central Bank of Russia, then the others. */
    public static final List<String> OFFICIAL_FIRST = List.of("CBR", "ECB", "CBA-CROSS", "ECB-CBA-CROSS",
            "MARKET-SNAPSHOT");

    /** The user's own rates (a transfer service's rate, typed in). */
    public static final String MANUAL = "MANUAL";

    /**
     * Sources that quote every working day: a day more than {@link #DAILY_MAX_AGE} after a quote is stale, except over
     * the New Year break ({@link #fresh}).
     */
    public static final Set<String> DAILY = Set.of("CBR", "ECB", "CBA-CROSS", "ECB-CBA-CROSS");

    /** A working week and a weekend, and the May holidays, for a source that quotes every working day. */
    public static final int DAILY_MAX_AGE = 7;

    /** The spacing of monthly snapshots and of rates the user keeps now and then (market snapshots, own rates). */
    public static final int SNAPSHOT_MAX_AGE = 35;

    private RatePolicy() {
    }

    /** The sources in the order they win on a day: the user's own first when {@code preferManual}, else last. */
    public static List<String> priority(boolean preferManual) {
        List<String> p = new ArrayList<>();
        if (preferManual) {
            p.add(MANUAL);
        }
        p.addAll(OFFICIAL_FIRST);
        if (!preferManual) {
            p.add(MANUAL);
        }
        return List.copyOf(p);
    }

    /** The history as the policy reads it. */
    public static RateHistory history(Collection<Rate> rates, boolean preferManual) {
        return RateHistory.of(rates, priority(preferManual));
    }

    /** How many days after its quote a rate of {@code source} still holds without being marked stale. */
    public static int maxAgeDays(String source) {
        return DAILY.contains(source) ? DAILY_MAX_AGE : SNAPSHOT_MAX_AGE;
    }

    /**
     * The last day of the New Year break a daily source's late-December quote stays in force over: the Bank of Russia
     * sets no rate from about 28 December to 10 January (its first 2025 rate is of 10 January), and the Central Bank
     * of Armenia's series pauses over 1-7 January, so a quote of 20-31 December holds until 14 January.
     */
    static final int NEW_YEAR_BREAK_ENDS = 14;

    /** Whether a rate of {@code source} quoted on {@code quotedOn} (epoch day) is still fresh on {@code day}. */
    public static boolean fresh(String source, long quotedOn, long day) {
        if (day - quotedOn <= maxAgeDays(source)) {
            return true;
        }
        if (!DAILY.contains(source)) {
            return false;
        }
        java.time.LocalDate q = java.time.LocalDate.ofEpochDay(quotedOn);
        return q.getMonthValue() == 12 && q.getDayOfMonth() >= 20
                && day <= java.time.LocalDate.of(q.getYear() + 1, 1, NEW_YEAR_BREAK_ENDS).toEpochDay();
    }
}
