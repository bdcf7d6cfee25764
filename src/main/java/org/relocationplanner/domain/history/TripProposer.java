package org.relocationplanner.domain.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;

/**
 * Trips from a {@link DayLog}: for each country, its days with positions joined into one trip while no position in
 * another country comes between them and at most {@link #MAX_BRIDGE} days in a row have no position at all. A longer
 * silence ends the trip: the records cannot say whether the user stayed, and a stay counted from a guess would
 * read as an overstay. Nothing is filled in silently: each proposal carries its gaps and unknown ends.
 */
public final class TripProposer {

    /** The most days in a row without any position that a trip is carried across. */
    public static final int MAX_BRIDGE = 7;

    private TripProposer() {
    }

    public static List<ProposedTrip> propose(DayLog log) {
        NavigableMap<LocalDate, Map<String, DayLog.Count>> days = log.days();
        TreeSet<String> countries = new TreeSet<>();
        days.values().forEach(m -> countries.addAll(m.keySet()));
        List<ProposedTrip> out = new ArrayList<>();
        for (String country : countries) {
            Run run = null;
            for (Map.Entry<LocalDate, Map<String, DayLog.Count>> e : days.entrySet()) {
                LocalDate day = e.getKey();
                DayLog.Count here = e.getValue().get(country);
                if (here == null) {
                    // a day elsewhere (or the records' silence is measured by the next day here)
                    if (run != null) {
                        out.add(run.close(day, days));
                        run = null;
                    }
                    continue;
                }
                if (run != null && ChronoUnit.DAYS.between(run.last, day) - 1 > MAX_BRIDGE) {
                    out.add(run.close(null, days));
                    run = null;
                }
                if (run == null) {
                    run = new Run(country, day, days);
                }
                run.add(day, here, e.getValue().size() > 1);
            }
            if (run != null) {
                out.add(run.close(null, days));
            }
        }
        out.sort(Comparator.comparing(ProposedTrip::entry).thenComparing(ProposedTrip::exit)
                .thenComparing(ProposedTrip::country));
        return out;
    }

    private static final class Run {
        final String country;
        final LocalDate first;
        final LocalDate seenBefore;
        LocalDate last;
        boolean lastShared;
        int positions;
        int days;
        int longestGap;
        final EnumSet<Source> sources = EnumSet.noneOf(Source.class);

        Run(String country, LocalDate first, NavigableMap<LocalDate, Map<String, DayLog.Count>> all) {
            this.country = country;
            this.first = first;
            Map<String, DayLog.Count> that = all.get(first);
            // a border day (another country too) shows the entry on it; else the last day seen anywhere before
            this.seenBefore = that.size() > 1 ? first : all.lowerKey(first);
        }

        void add(LocalDate day, DayLog.Count here, boolean shared) {
            if (last != null) {
                longestGap = Math.max(longestGap, (int) ChronoUnit.DAYS.between(last, day) - 1);
            }
            last = day;
            lastShared = shared;
            positions += here.positions();
            days++;
            sources.addAll(here.sources());
        }

        /** Ends the run: {@code next} is the first day seen elsewhere after it, null to look it up. */
        ProposedTrip close(LocalDate next, NavigableMap<LocalDate, Map<String, DayLog.Count>> all) {
            LocalDate after = lastShared ? last : next != null ? next : all.higherKey(last);
            return new ProposedTrip(country, first, last, positions, days, longestGap, seenBefore, after, sources);
        }
    }
}
