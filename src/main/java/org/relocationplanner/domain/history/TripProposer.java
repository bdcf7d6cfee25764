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
 * Trips from a {@link DayLog}: for each country, its days with positions joined into one trip while no position
 * elsewhere (another country, at sea, in the air) comes between them. Days with no position at all are bridged,
 * however many: splitting a stay at a silence would read as an exit and a re-entry, which restarts a per-entry
 * count. A long silence makes the trip unsure and is said in its note. Nothing is filled in without a mark.
 */
public final class TripProposer {

    /** The records ending in a country this close to today: the user is taken to be still there. */
    public static final int STILL_THERE_DAYS = 3;

    private TripProposer() {
    }

    /** {@code today} (null: never) tells a stay going on from one the records stopped in. */
    public static List<ProposedTrip> propose(DayLog log, LocalDate today) {
        NavigableMap<LocalDate, Map<String, DayLog.Count>> days = log.days();
        TreeSet<String> countries = new TreeSet<>();
        days.values().forEach(m -> countries.addAll(m.keySet()));
        countries.remove(DayLog.ELSEWHERE);
        LocalDate newest = days.isEmpty() ? null : days.lastKey();
        List<ProposedTrip> out = new ArrayList<>();
        for (String country : countries) {
            Run run = null;
            for (Map.Entry<LocalDate, Map<String, DayLog.Count>> e : days.entrySet()) {
                DayLog.Count here = e.getValue().get(country);
                if (here == null) {
                    if (run != null) {
                        out.add(run.close(e.getKey(), days, today));
                        run = null;
                    }
                    continue;
                }
                if (run == null) {
                    run = new Run(country, e.getKey(), days);
                }
                run.add(e.getKey(), here, e.getValue().size() > 1);
            }
            if (run != null) {
                out.add(run.close(null, days, today));
            }
        }
        out.sort(Comparator.comparing(ProposedTrip::entry).thenComparing(ProposedTrip::firstSeen)
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
        int nearEdge;
        int days;
        int longestGap;
        final EnumSet<Source> sources = EnumSet.noneOf(Source.class);

        Run(String country, LocalDate first, NavigableMap<LocalDate, Map<String, DayLog.Count>> all) {
            this.country = country;
            this.first = first;
            // a day with a position elsewhere too shows the crossing on it; else the last day seen anywhere before
            this.seenBefore = all.get(first).size() > 1 ? first : all.lowerKey(first);
        }

        void add(LocalDate day, DayLog.Count here, boolean shared) {
            if (last != null) {
                longestGap = Math.max(longestGap, (int) ChronoUnit.DAYS.between(last, day) - 1);
            }
            last = day;
            lastShared = shared;
            positions += here.positions();
            nearEdge += here.nearEdge();
            days++;
            sources.addAll(here.sources());
        }

        /** Ends the run: {@code next} is the first day seen elsewhere after it, null when the records end. */
        ProposedTrip close(LocalDate next, NavigableMap<LocalDate, Map<String, DayLog.Count>> all, LocalDate today) {
            LocalDate after = lastShared ? last : next;
            boolean open = after == null && today != null && !last.isBefore(today.minusDays(STILL_THERE_DAYS));
            return new ProposedTrip(country, first, last, seenBefore, after, open, positions, days, longestGap,
                    nearEdge == positions, sources, null, null);
        }
    }
}
