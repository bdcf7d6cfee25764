package org.relocationplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trips that place the user in two countries on more days than a border crossing explains. A same-day exit and
 * entry is legal and usual (the day counts in both countries); any other shared day is most likely a wrong date,
 * above all a trip whose exit date was never entered and which therefore runs on to today.
 */
public final class TripOverlaps {

    /** At most this many overlaps are reported: past that, the list would tell the user nothing more. */
    public static final int MAX_REPORTED = 50;

    /**
     * Two trips that share {@code days} days from {@code from}; {@code first} entered first (or, on the same day,
     * comes first in the list).
     */
    public record Overlap(Trip first, Trip second, LocalDate from, int days) {

        /** Whether a trip without an exit date is part of it: the likely cause is a forgotten exit date. */
        public boolean openEnded() {
            return first.isOpen() || second.isOpen();
        }

        /** Whether both trips are in one country: their shared days are one stay there, not two places. */
        public boolean sameCountry() {
            return first.country().equals(second.country());
        }

        /** Whether {@code trip} is one of the two. */
        public boolean involves(Trip trip) {
            return first.equals(trip) || second.equals(trip);
        }
    }

    private TripOverlaps() {
    }

    /** The last day a trip places the user in its country, counted on {@code today}: an open trip runs to today. */
    public static LocalDate lastDay(Trip t, LocalDate today) {
        if (t.exit() != null) {
            return t.exit();
        }
        return t.entry().isAfter(today) ? t.entry() : today;
    }

    /** Every overlap among {@code trips}, in the order of the first shared day (at most {@link #MAX_REPORTED}). */
    public static List<Overlap> find(List<Trip> trips, LocalDate today) {
        List<Trip> byEntry = new ArrayList<>(trips);
        byEntry.sort(Comparator.comparing(Trip::entry));
        List<Overlap> out = new ArrayList<>();
        List<Trip> active = new ArrayList<>();
        for (Trip t : byEntry) {
            active.removeIf(a -> lastDay(a, today).isBefore(t.entry()));
            for (Trip a : active) {
                overlap(a, t, today).ifPresent(out::add);
                if (out.size() >= MAX_REPORTED) {
                    return sorted(out);
                }
            }
            active.add(t);
        }
        return sorted(out);
    }

    /** The overlaps of {@code trip} with each of {@code others} (a trip being edited against the rest). */
    public static List<Overlap> of(Trip trip, List<Trip> others, LocalDate today) {
        List<Overlap> out = new ArrayList<>();
        for (Trip o : others) {
            Trip first = o.entry().isAfter(trip.entry()) ? trip : o;
            overlap(first, first == trip ? o : trip, today).ifPresent(out::add);
        }
        return sorted(out);
    }

    /** The overlap of two trips, {@code a} entered no later than {@code b}; empty when a border crossing explains it. */
    private static java.util.Optional<Overlap> overlap(Trip a, Trip b, LocalDate today) {
        LocalDate from = b.entry();
        LocalDate aEnd = lastDay(a, today);
        LocalDate bEnd = lastDay(b, today);
        LocalDate to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
        if (to.isBefore(from)) {
            return java.util.Optional.empty();
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        // one shared day that is the exit day of one and the entry day of the other: a border crossing
        boolean crossing = days == 1 && (from.equals(a.exit()) || from.equals(b.exit()) && from.equals(a.entry()));
        if (crossing) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Overlap(a, b, from, days));
    }

    private static List<Overlap> sorted(List<Overlap> list) {
        list.sort(Comparator.comparing(Overlap::from));
        return list;
    }
}
