package org.relocationplanner.domain.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A trip the user's own records suggest: in {@code country} from {@code entry} to {@code exit}, both days with a
 * position there. How sure it is comes with it, as facts the user can check:
 * <ul>
 * <li>{@code positions} and {@code daysWithPositions} of the trip's days;</li>
 * <li>{@code longestGap}: the most days in a row inside the trip with no position anywhere (bridged because no
 * position elsewhere came between);</li>
 * <li>{@code seenBefore}: the last day before the entry with a position elsewhere (null: the records start here),
 * so the entry may have been on any day after it; {@code seenAfter} likewise for the exit.</li>
 * </ul>
 */
public record ProposedTrip(String country, LocalDate entry, LocalDate exit, int positions, int daysWithPositions,
                           int longestGap, LocalDate seenBefore, LocalDate seenAfter, Set<Source> sources) {

    /** How far the records bear out the dates. */
    public enum Sureness {
        /** Positions on every day or every other day, and on the days next to the entry and the exit. */
        SURE,
        /** A few days without positions inside, or up to three unknown days at an end. */
        FAIR,
        /** An end the records do not show: they start or stop there, or more than three days have no position. */
        UNSURE
    }

    public ProposedTrip {
        sources = Set.copyOf(sources);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(entry, exit) + 1;
    }

    /** Days before the entry on which it may have been instead (0: the day before has a position elsewhere). */
    public int entryUnknownDays() {
        return seenBefore == null ? -1 : Math.max(0, (int) ChronoUnit.DAYS.between(seenBefore, entry) - 1);
    }

    /** Days after the exit on which it may have been instead (0: the day after has a position elsewhere). */
    public int exitUnknownDays() {
        return seenAfter == null ? -1 : Math.max(0, (int) ChronoUnit.DAYS.between(exit, seenAfter) - 1);
    }

    public Sureness sureness() {
        int in = entryUnknownDays();
        int out = exitUnknownDays();
        if (in < 0 || out < 0 || in > 3 || out > 3) {
            return Sureness.UNSURE;
        }
        return longestGap > 1 || in > 0 || out > 0 ? Sureness.FAIR : Sureness.SURE;
    }
}
