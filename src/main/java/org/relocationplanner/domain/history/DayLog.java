package org.relocationplanner.domain.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which countries the user's positions place them in, day by day: for each day and country, how many positions,
 * how many of them near the country's outline, and from which kinds of record. A day with positions in two
 * countries is a day in both. A day with positions known to be in no country the app can count (at sea, in the
 * air, in Kosovo) is kept as {@link #ELSEWHERE}: it ends a stay like a day in another country, and is never a
 * trip. Its size grows with the days, not the positions: ten years are some 4,000 entries.
 */
public final class DayLog {

    /** The key of positions known to be outside every country the app counts. */
    public static final String ELSEWHERE = "~";

    /** The positions of one country on one day. */
    public static final class Count {
        private int positions;
        private int nearEdge;
        private final EnumSet<Source> sources = EnumSet.noneOf(Source.class);

        public int positions() {
            return positions;
        }

        /** Positions within {@code Boundaries}' border distance of the country's outline. */
        public int nearEdge() {
            return nearEdge;
        }

        public Set<Source> sources() {
            return Collections.unmodifiableSet(sources);
        }
    }

    private final TreeMap<LocalDate, Map<String, Count>> days = new TreeMap<>();

    public void add(LocalDate day, String country, Source source) {
        add(day, country, source, false);
    }

    public void add(LocalDate day, String country, Source source, boolean nearEdge) {
        Count c = days.computeIfAbsent(day, d -> new HashMap<>(2)).computeIfAbsent(country, k -> new Count());
        c.positions++;
        if (nearEdge) {
            c.nearEdge++;
        }
        c.sources.add(source);
    }

    /** A position on {@code day} at sea, in the air or in an area without a country code. */
    public void addElsewhere(LocalDate day, Source source) {
        add(day, ELSEWHERE, source);
    }

    /** Every day with a position, in order, with its countries. */
    public NavigableMap<LocalDate, Map<String, Count>> days() {
        return Collections.unmodifiableNavigableMap(days);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
