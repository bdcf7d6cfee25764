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
 * Which countries the user's positions place them in, day by day: for each day and country, how many positions and
 * from which kinds of record. A day with positions in two countries is a day in both. Its size grows with the days,
 * not the positions: ten years are some 4,000 entries however many million points they came from.
 */
public final class DayLog {

    /** The positions of one country on one day. */
    public static final class Count {
        private int positions;
        private final EnumSet<Source> sources = EnumSet.noneOf(Source.class);

        public int positions() {
            return positions;
        }

        public Set<Source> sources() {
            return Collections.unmodifiableSet(sources);
        }
    }

    private final TreeMap<LocalDate, Map<String, Count>> days = new TreeMap<>();

    public void add(LocalDate day, String country, Source source) {
        Count c = days.computeIfAbsent(day, d -> new HashMap<>(2)).computeIfAbsent(country, k -> new Count());
        c.positions++;
        c.sources.add(source);
    }

    /** Every day with a position, in order, with its countries. */
    public NavigableMap<LocalDate, Map<String, Count>> days() {
        return Collections.unmodifiableNavigableMap(days);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
