package org.relocationplanner.domain.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A trip the user's own records suggest, with the facts that say how sure it is:
 * <ul>
 * <li>{@code firstSeen} and {@code lastSeen}: the first and last day with a position in the country;</li>
 * <li>{@code seenBefore}: the last day before (or on) {@code firstSeen} with a position elsewhere, null when the
 * records start here. The border was crossed on one of the days from {@code seenBefore} to {@code firstSeen};
 * {@code seenAfter} likewise for the exit;</li>
 * <li>{@code open}: the records end in the country within the last few days: the user is taken to be still there;</li>
 * <li>{@code positions}, {@code daysWithPositions} and {@code longestGap} (the most days in a row inside the trip
 * with no position anywhere); {@code nearBorderOnly}: every position lies within 2 km of the country's outline;</li>
 * <li>{@code from}/{@code to}: the range the user asked for, when it cuts the trip (else null).</li>
 * </ul>
 * When the day before {@code firstSeen} has a position elsewhere, the crossing may have been on either day: the
 * entry is put on the earlier one, so that both count, as a border day does.
 */
public record ProposedTrip(String country, LocalDate firstSeen, LocalDate lastSeen, LocalDate seenBefore,
                           LocalDate seenAfter, boolean open, int positions, int daysWithPositions, int longestGap,
                           boolean nearBorderOnly, Set<Source> sources, LocalDate from, LocalDate to) {

    /** How far the records bear out the dates. */
    public enum Sureness {
        /** Positions on both sides of each border on one day, no day without a position inside, 3 or more. */
        SURE,
        /** The crossing on one of a few days, or a few days without positions inside. */
        FAIR,
        /**
         * An end the records do not show (they start or stop there), more than 3 possible days for a crossing, a
         * week without positions inside, fewer than 3 positions, or only positions close to the outline.
         */
        UNSURE
    }

    /** A week without any position inside: the user may have left and come back. */
    public static final int LONG_SILENCE = 7;
    /** Fewer positions than this are too few to be sure of a trip (a stray fix, one photo). */
    public static final int FEW = 3;

    public ProposedTrip {
        sources = Set.copyOf(sources);
    }

    /** The same trip cut to the days from {@code first} to {@code last} (either null: open); null when none left. */
    public ProposedTrip within(LocalDate first, LocalDate last) {
        LocalDate end = open ? null : lastSeen;
        if (first != null && end != null && end.isBefore(first)
                || last != null && naturalEntry().isAfter(last)) {
            return null;
        }
        LocalDate f = first != null && naturalEntry().isBefore(first) ? first : null;
        LocalDate t = last != null && (end == null || end.isAfter(last)) ? last : null;
        return new ProposedTrip(country, firstSeen, lastSeen, seenBefore, seenAfter, open, positions,
                daysWithPositions, longestGap, nearBorderOnly, sources, f, t);
    }

    private LocalDate naturalEntry() {
        return seenBefore != null && seenBefore.equals(firstSeen.minusDays(1)) ? seenBefore : firstSeen;
    }

    /** The entry proposed: the earlier of two possible days, within the range asked for. */
    public LocalDate entry() {
        return from != null ? from : naturalEntry();
    }

    /** The exit proposed, null while the user is still there. */
    public LocalDate exit() {
        return to != null ? to : open ? null : lastSeen;
    }

    /** Days from the entry to the last day seen (or the end of the range asked for). */
    public int days() {
        LocalDate end = to != null ? to : lastSeen;
        return (int) ChronoUnit.DAYS.between(entry(), end) + 1;
    }

    /** The days after the first possible crossing day that it may have been on (0: one day; -1: not known). */
    public int entryUnknownDays() {
        return seenBefore == null ? -1 : (int) ChronoUnit.DAYS.between(seenBefore, firstSeen);
    }

    /** Likewise for the exit; 0 while the user is still there. */
    public int exitUnknownDays() {
        if (open) {
            return 0;
        }
        return seenAfter == null ? -1 : (int) ChronoUnit.DAYS.between(lastSeen, seenAfter);
    }

    public Sureness sureness() {
        int in = entryUnknownDays();
        int out = exitUnknownDays();
        if (in < 0 || out < 0 || in > 3 || out > 3 || longestGap > LONG_SILENCE || positions < FEW
                || nearBorderOnly) {
            return Sureness.UNSURE;
        }
        return longestGap > 1 || in > 0 || out > 0 ? Sureness.FAIR : Sureness.SURE;
    }
}
