package org.relocationplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A situation counted on one day: the status of every area, how every trip stands, the earliest possible stays
 * and Russian tax residency. Built once per change (one pass over the trips), then answered from day-indexed
 * counts: a count over any run of days is a difference of two running totals.
 */
public final class StayEvaluation {

    private final RuleBook book;
    private final Situation situation;
    private final LocalDate today;
    private final LocalDate base;
    private final int size;
    private final int todayIndex;
    private final int[] yearStarts;
    private final int firstYear;
    private final Map<String, AreaDays> areas = new TreeMap<>();
    private final Map<String, List<int[]>> pauses = new HashMap<>();
    private final List<TripCheck> checks = new ArrayList<>();
    private final List<TripCheck> checksView = java.util.Collections.unmodifiableList(checks);
    private final Map<String, AreaStatus> statuses = new TreeMap<>();

    StayEvaluation(RuleBook book, Situation situation, LocalDate today) {
        this.book = book;
        this.situation = situation;
        this.today = today;
        LocalDate earliest = today;
        LocalDate latest = today;
        for (Trip t : situation.trips()) {
            earliest = t.entry().isBefore(earliest) ? t.entry() : earliest;
            LocalDate end = t.exit() != null ? t.exit() : t.entry();
            latest = end.isAfter(latest) ? end : latest;
        }
        base = earliest.minusDays(1);
        size = index(latest) + StayEngine.HORIZON_DAYS + 2;
        todayIndex = index(today);
        firstYear = base.getYear();
        yearStarts = new int[base.plusDays(size).getYear() - firstYear + 2];
        for (int y = 0; y < yearStarts.length; y++) {
            yearStarts[y] = index(LocalDate.of(firstYear + y, 1, 1));
        }
        for (ResidencePermit p : situation.documents().permits()) {
            pauses.computeIfAbsent(p.country(), k -> new ArrayList<>())
                    .add(new int[] {index(p.validFrom()), index(p.validTo())});
        }
        for (Visa v : situation.documents().visas()) {
            if (v.kind() == Visa.Kind.LONG_STAY) {
                pauses.computeIfAbsent(v.area(), k -> new ArrayList<>())
                        .add(new int[] {index(v.validFrom()), index(v.validTo())});
            }
        }
        placeTrips();
        for (AreaDays a : areas.values()) {
            a.total();
        }
        for (AreaDays a : areas.values()) {
            if (a.firstPresent <= todayIndex) {
                statuses.put(a.area, a.statusOn(todayIndex));
            }
        }
    }

    public LocalDate today() {
        return today;
    }

    public Situation situation() {
        return situation;
    }

    /** The status of every area with a trip that has begun by today, by area code. */
    public List<AreaStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    /** The status of one area today (an area without trips: as if entering today). */
    public AreaStatus status(String area) {
        AreaStatus s = statuses.get(area);
        return s != null ? s : areaDays(area).statusOn(todayIndex);
    }

    /** How every trip stands, in the order of the situation's trips (counted on first use). */
    public List<TripCheck> tripChecks() {
        if (checks.isEmpty() && !situation.trips().isEmpty()) {
            for (Trip t : situation.trips()) {
                checks.add(check(t));
            }
        }
        return checksView;
    }

    /** How trip {@code index} of the situation stands. */
    public TripCheck tripCheck(int index) {
        return tripChecks().get(index);
    }

    /** How the trips still to begin (after today) stand, in their order: what deadlines need. */
    public List<TripCheck> upcomingTripChecks() {
        if (!checks.isEmpty()) {
            return checks.stream().filter(c -> c.trip().entry().isAfter(today)).toList();
        }
        List<TripCheck> out = new ArrayList<>();
        for (Trip t : situation.trips()) {
            if (t.entry().isAfter(today)) {
                out.add(check(t));
            }
        }
        return out;
    }

    /**
     * The first day, not before {@code from} nor today, on which a stay of {@code days} days in {@code area} can
     * begin and stay within the rules throughout, counting the trips recorded up to today; empty when there is
     * none within the horizon or no limit is known.
     */
    public Optional<LocalDate> earliestStay(String area, int days, LocalDate from) {
        if (days < 1) {
            throw new IllegalArgumentException("A stay has at least one day");
        }
        AreaDays a = areaDays(area);
        int start = Math.max(todayIndex, index(from));
        int found = a.earliestStay(start, days);
        return found < 0 ? Optional.empty() : Optional.of(date(found));
    }

    /** Days in Russia in the 12 months up to today, and when that changes on the current plan (183-day rule). */
    public TaxResidency taxResidency() {
        return taxResidency("RU");
    }

    TaxResidency taxResidency(String country) {
        AreaDays a = areas.get(country);
        boolean staying = false;
        for (Trip t : situation.trips()) {
            if (t.country().equals(country) && t.isOpen() && !t.entry().isAfter(today)) {
                staying = true;
            }
        }
        int daysNow = a == null ? 0 : a.countTaxDays(todayIndex, staying);
        boolean resident = daysNow >= TaxResidency.DAYS;
        for (int d = todayIndex + 1; d <= todayIndex + 366; d++) {
            int n = a == null ? 0 : a.countTaxDays(d, staying);
            if ((n >= TaxResidency.DAYS) != resident) {
                return new TaxResidency(daysNow, resident, date(d), !resident);
            }
        }
        return new TaxResidency(daysNow, resident, null, resident);
    }

    // ----------------------------------------------------------------------------------------------------------

    int index(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(base, d);
    }

    LocalDate date(int i) {
        return base.plusDays(i);
    }

    private AreaDays areaDays(String area) {
        return areas.computeIfAbsent(area, k -> {
            AreaDays a = new AreaDays(k);
            a.total();
            return a;
        });
    }

    /** Which area each day of a country counts for: the country's own before it joins an area, the area after. */
    private final class Membership {
        final String country;
        final String joined;
        final int joinIndex;

        Membership(String country) {
            this.country = country;
            Destination.AreaMembership m = book.destination(country).map(Destination::membership).orElse(null);
            this.joined = m == null ? null : m.area();
            this.joinIndex = m == null ? Integer.MAX_VALUE : index(m.from());
        }

        String areaAt(int i) {
            return joined != null && i >= joinIndex ? joined : country;
        }
    }

    private final Map<String, Membership> memberships = new HashMap<>();

    private Membership membership(String country) {
        return memberships.computeIfAbsent(country, Membership::new);
    }

    private void placeTrips() {
        for (Trip t : situation.trips()) {
            int first = index(t.entry());
            int last = t.exit() != null ? index(t.exit())
                    : (t.entry().isAfter(today) ? first : Math.max(first, todayIndex));
            Membership m = membership(t.country());
            String area = null;
            AreaDays a = null;
            int segmentStart = -1;
            for (int i = first; i <= last; i++) {
                String here = m.areaAt(i);
                if (!here.equals(area)) {
                    area = here;
                    segmentStart = i;
                    a = areas.computeIfAbsent(here, AreaDays::new);
                }
                a.firstPresent = Math.min(a.firstPresent, i);
                a.present[i] = true;
                a.counted[i] = !paused(t.country(), i);
                if (i == last || !m.areaAt(i + 1).equals(here)) {
                    a.segments.add(new Segment(segmentStart, i, t.country()));
                }
                if (i == todayIndex) {
                    a.countryToday = t.country();
                }
            }
        }
    }

    /** Consecutive days of one trip in one area. */
    private record Segment(int start, int end, String country) {
    }

    private boolean paused(String country, int i) {
        List<int[]> list = pauses.get(country);
        if (list != null) {
            for (int[] p : list) {
                if (i >= p[0] && i <= p[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private int yearStart(int i) {
        int lo = 0;
        int hi = yearStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (yearStarts[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return yearStarts[lo];
    }

    private TripCheck check(Trip t) {
        {
            int first = index(t.entry());
            int last = t.exit() != null ? index(t.exit())
                    : (t.entry().isAfter(today) ? first : Math.max(first, todayIndex));
            String area = book.areaOf(t.country(), t.entry());
            int firstIllegal = -1;
            int worst = 0;
            Membership m = membership(t.country());
            AreaDays a = null;
            Walk w = null;
            for (int i = first; i <= last; i++) {
                AreaDays here = areas.get(m.areaAt(i));
                if (here != a) {
                    a = here;
                    w = a.stateBefore(i);
                }
                a.step(w, i);
                int ex = a.excessOn(w, i);
                if (ex > 0) {
                    firstIllegal = firstIllegal < 0 ? i : firstIllegal;
                    worst = Math.max(worst, ex);
                }
            }
            LocalDate latest = null;
            if (first > todayIndex) {
                int l = areas.get(area).latestFrom(first, false, t.country());
                latest = l < 0 ? null : date(l);
            } else if (last >= todayIndex && t.exit() == null || t.exit() != null && !t.exit().isBefore(today)) {
                AreaStatus s = statuses.get(book.areaOf(t.country(), today));
                latest = s == null ? null : s.latestLegalExit();
            }
            TripCheck.State state;
            if (firstIllegal >= 0) {
                state = TripCheck.State.OVERSTAY;
            } else if (latest != null && first <= todayIndex
                    && ChronoUnit.DAYS.between(today, latest) <= StayEngine.ENDING_SOON_DAYS
                    && (t.exit() == null || !t.exit().isBefore(latest.minusDays(StayEngine.ENDING_SOON_DAYS)))) {
                state = TripCheck.State.ENDING_SOON;
            } else {
                state = TripCheck.State.LEGAL;
            }
            return new TripCheck(t, area, state, latest, firstIllegal < 0 ? null : date(firstIllegal), worst);
        }
    }

    /** A rule with the day indexes it is in force between. */
    private record Ruled(StayRule rule, int from, int to, long order) {
    }

    /** The state a walk over the days carries from one day to the next. */
    private static final class Walk {
        Ruled rule;
        int periodStart = -1;
        int uncovered;

        Walk copy() {
            Walk w = new Walk();
            w.rule = rule;
            w.periodStart = periodStart;
            w.uncovered = uncovered;
            return w;
        }
    }

    /** The days spent in one area, and the running totals the rules are counted with. */
    private final class AreaDays {
        final String area;
        final boolean[] present = new boolean[size];
        final boolean[] counted = new boolean[size];
        final int[] stayStart = new int[size];
        final int[] cum = new int[size + 1];
        final int[] runStart = new int[size];
        final List<Segment> segments = new ArrayList<>();
        int firstPresent = Integer.MAX_VALUE;
        final List<Ruled> rules = new ArrayList<>();
        final List<int[]> visas = new ArrayList<>();
        final boolean own;
        String countryToday;
        final Map<Ruled, int[]> periods = new HashMap<>();

        AreaDays(String area) {
            this.area = area;
            this.own = area.equals(situation.passport());
            for (StayRule r : book.rulesFor(area, situation.passport())) {
                int from = r.validFrom() == null ? 0 : Math.max(0, index(r.validFrom()));
                int to = r.validTo() == null ? Integer.MAX_VALUE : index(r.validTo());
                long order = r.validFrom() == null ? Long.MIN_VALUE : r.validFrom().toEpochDay();
                rules.add(new Ruled(r, from, to, order));
            }
            for (Visa v : situation.documents().visas()) {
                if (v.kind() == Visa.Kind.SHORT_STAY && book.areaOf(v.area(), v.validFrom()).equals(area)) {
                    visas.add(new int[] {index(v.validFrom()), index(v.validTo()),
                            v.allowedDays() == null ? Integer.MAX_VALUE : v.allowedDays(),
                            v.entries() == null ? Integer.MAX_VALUE : v.entries()});
                }
            }
        }

        Ruled ruleAt(int i) {
            Ruled best = null;
            for (Ruled r : rules) {
                if (i >= r.from && i <= r.to && (best == null || r.order > best.order)) {
                    best = r;
                }
            }
            return best;
        }

        /** Moves the walk onto day {@code i}, whose presence is set and whose running total is up to date. */
        void step(Walk w, int i) {
            Ruled r = ruleAt(i);
            if (r != w.rule) {
                w.rule = r;
                w.periodStart = -1;
            }
            if (r != null && r.rule.windowKind() == StayRule.WindowKind.FROM_FIRST_ENTRY
                    && r.rule.windowPeriod() != null) {
                if (w.periodStart >= 0 && i > w.periodStart + r.rule.windowPeriod() - 1) {
                    w.periodStart = -1;
                }
                if (w.periodStart < 0 && counted[i] && i >= r.from) {
                    w.periodStart = i;
                }
            }
            if (present[i] && !visas.isEmpty() && visaAt(i) == null) {
                w.uncovered++;
            } else if (!present[i]) {
                w.uncovered = 0;
            }
        }

        int[] visaAt(int i) {
            for (int[] v : visas) {
                if (i >= v[0] && i <= v[1]) {
                    return v;
                }
            }
            return null;
        }

        void set(int i, boolean here, boolean count, int start) {
            present[i] = here;
            counted[i] = here && count;
            stayStart[i] = here ? start : -1;
            runStart[i] = here ? (i > 0 && present[i - 1] ? runStart[i - 1] : i) : -1;
            cum[i + 1] = cum[i] + (counted[i] ? 1 : 0);
        }

        int count(int fromIncl, int toIncl) {
            int a = Math.max(0, fromIncl);
            return toIncl < a ? 0 : cum[toIncl + 1] - cum[a];
        }

        /** The count the rule is known by on day {@code i}: its window, else its per-entry cap, else its year. */
        int[] primary(Walk w, int i) {
            Ruled r = w.rule;
            StayRule s = r.rule;
            if (s.windowDays() != null && s.windowPeriod() != null) {
                return new int[] {windowCount(w, i), s.windowDays()};
            }
            if (s.perEntryDays() != null) {
                int j = lastPresent(i);
                return new int[] {j < 0 ? 0 : count(Math.max(entryStart(r, j), r.from), j), s.perEntryDays()};
            }
            if (s.yearCapDays() != null) {
                return new int[] {count(Math.max(r.from, yearStart(i)), i), s.yearCapDays()};
            }
            int j = lastPresent(i);
            return new int[] {j < 0 ? 0 : count(Math.max(stayStart[j], r.from), j), -1};
        }

        int lastPresent(int i) {
            for (int j = i; j >= 0; j--) {
                if (present[j]) {
                    return j;
                }
            }
            return -1;
        }

        int windowCount(Walk w, int i) {
            Ruled r = w.rule;
            StayRule s = r.rule;
            return switch (s.windowKind()) {
                case FROM_FIRST_ENTRY -> w.periodStart < 0 ? 0 : count(w.periodStart, i);
                case CALENDAR_YEAR -> count(Math.max(r.from, yearStart(i)), i);
                default -> count(Math.max(r.from, i - s.windowPeriod() + 1), i);
            };
        }

        /** How many days over its limits the count stands on day {@code i}; 0 or less within them. */
        int excessOn(Walk w, int i) {
            if (own) {
                return 0;
            }
            Ruled r = w.rule;
            if (r == null) {
                return 0;
            }
            StayRule s = r.rule;
            int worst = Integer.MIN_VALUE;
            if (s.windowDays() != null && s.windowPeriod() != null) {
                worst = Math.max(worst, windowCount(w, i) - s.windowDays());
            }
            if (s.perEntryDays() != null && present[i]) {
                worst = Math.max(worst, count(Math.max(entryStart(r, i), r.from), i) - s.perEntryDays());
            }
            if (s.yearCapDays() != null) {
                worst = Math.max(worst, count(Math.max(r.from, yearStart(i)), i) - s.yearCapDays());
            }
            if (!s.visaFree() && !visas.isEmpty() && present[i]) {
                int[] v = visaAt(i);
                worst = Math.max(worst, v == null ? w.uncovered : count(v[0], i) - v[2]);
            }
            return worst == Integer.MIN_VALUE ? 0 : worst;
        }

        /** Whether being here on day {@code i} is within the rules; an area without a known rule never says no. */
        boolean legal(Walk w, int i) {
            return excessOn(w, i) <= 0;
        }

        /**
         * Computes the running totals and where each stay began. Moving on to another country of the same area
         * (France, then Germany) goes on with the stay; entering the same country again, even on the day of leaving
         * it (a visa run), begins a new one.
         */
        void total() {
            for (int i = Math.min(firstPresent, size); i < size; i++) { // nothing before the first day here
                cum[i + 1] = cum[i] + (counted[i] ? 1 : 0);
                runStart[i] = present[i] ? (i > 0 && present[i - 1] ? runStart[i - 1] : i) : -1;
            }
            segments.sort(java.util.Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
            int prevEnd = -2;
            int prevStay = -1;
            String prevCountry = null;
            for (Segment g : segments) {
                int stay = prevEnd >= g.start() - 1 && !g.country().equals(prevCountry) ? prevStay : g.start();
                for (int i = g.start(); i <= g.end(); i++) {
                    stayStart[i] = Math.max(stayStart[i], stay);
                }
                if (g.end() > prevEnd) {
                    prevEnd = g.end();
                    prevStay = stay;
                    prevCountry = g.country();
                }
            }
        }

        /** The first day of the stay that day {@code i} belongs to, as the rule counts an entry. */
        int entryStart(Ruled r, int i) {
            return Boolean.FALSE.equals(r.rule.resetOnExit()) ? runStart[i] : stayStart[i];
        }

        /** The state of a walk over every day before {@code i}, found without walking them. */
        Walk stateBefore(int i) {
            Walk w = new Walk();
            if (i <= 0) {
                return w;
            }
            int last = i - 1;
            Ruled r = ruleAt(last);
            w.rule = r;
            if (r != null && r.rule.windowKind() == StayRule.WindowKind.FROM_FIRST_ENTRY
                    && r.rule.windowPeriod() != null) {
                int[] starts = periods.computeIfAbsent(r, this::periodStarts);
                int at = java.util.Arrays.binarySearch(starts, last);
                int k = at >= 0 ? at : -at - 2;
                if (k >= 0 && last <= starts[k] + r.rule.windowPeriod() - 1) {
                    w.periodStart = starts[k];
                }
            }
            if (!visas.isEmpty()) {
                for (int j = last; j >= 0 && present[j]; j--) {
                    if (visaAt(j) == null) {
                        w.uncovered++;
                    }
                }
            }
            return w;
        }

        /** Where each period of a window "from first entry" begins, from the day the rule took effect. */
        int[] periodStarts(Ruled r) {
            int period = r.rule.windowPeriod();
            int end = Math.min(size - 1, r.to);
            List<Integer> starts = new ArrayList<>();
            int s = nextCounted(r.from, end);
            while (s >= 0) {
                starts.add(s);
                s = nextCounted(s + period, end);
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The first counted day in {@code from..to}, by binary search on the running totals; -1 if none. */
        int nextCounted(int from, int to) {
            if (from > to || from >= size) {
                return -1;
            }
            int base = cum[from];
            if (cum[to + 1] == base) {
                return -1;
            }
            int lo = from;
            int hi = to;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid + 1] > base) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The tail of the arrays from {@code from}, to put back after a what-if. */
        Object[] saveFrom(int from) {
            int n = size - from;
            boolean[] p = new boolean[n];
            boolean[] c = new boolean[n];
            int[] s = new int[n];
            int[] k = new int[n];
            int[] r = new int[n];
            System.arraycopy(present, from, p, 0, n);
            System.arraycopy(counted, from, c, 0, n);
            System.arraycopy(stayStart, from, s, 0, n);
            System.arraycopy(cum, from + 1, k, 0, n);
            System.arraycopy(runStart, from, r, 0, n);
            return new Object[] {from, p, c, s, k, r};
        }

        void restore(Object[] saved) {
            int from = (Integer) saved[0];
            int n = size - from;
            System.arraycopy(saved[1], 0, present, from, n);
            System.arraycopy(saved[2], 0, counted, from, n);
            System.arraycopy(saved[3], 0, stayStart, from, n);
            System.arraycopy(saved[4], 0, cum, from + 1, n);
            System.arraycopy(saved[5], 0, runStart, from, n);
        }

        /** The country a what-if stay here is in: where the user is today, else the area itself when a country. */
        String hypCountry(boolean continuing) {
            if (continuing && countryToday != null) {
                return countryToday;
            }
            return area.matches("[A-Z]{2}") ? area : null;
        }

        /** The last day a rule is on record for, from {@code from} on, when none follows it; -1 otherwise. */
        int ruleEndsAfter(int from) {
            if (own || rules.isEmpty() || ruleAt(from) == null) {
                return -1;
            }
            int end = -1;
            for (Ruled r : rules) {
                end = Math.max(end, r.to);
            }
            return end == Integer.MAX_VALUE || end < from ? -1 : end;
        }

        boolean countsHyp(String country, int i) {
            return country == null || !paused(country, i);
        }

        /**
         * The last day of a stay here that goes on from day {@code from} (continuing the stay present that day,
         * or entering that day); -1 when not even that day is legal, or no limit is reached within the horizon.
         */
        int latestFrom(int from, boolean continuing, String country) {
            Object[] saved = saveFrom(from);
            try {
                Walk w = stateBefore(from);
                int ruleEnd = ruleEndsAfter(from);
                int start = continuing && present[from] && stayStart[from] >= 0 ? stayStart[from] : from;
                int end = Math.min(size - 1, from + StayEngine.HORIZON_DAYS);
                for (int i = from; i <= end; i++) {
                    if (i == ruleEnd + 1) {
                        return ruleEnd; // no rule is on record after this day: legal as far as is known
                    }
                    boolean counts = (i == from && continuing && present[i]) ? counted[i] : countsHyp(country, i);
                    set(i, true, counts, start);
                    step(w, i);
                    if (!legal(w, i)) {
                        return i == from ? -1 : i - 1;
                    }
                }
                return -1;
            } finally {
                restore(saved);
            }
        }

        /** The first day from {@code from} on which a new entry is legal; -1 if none within the horizon. */
        int legalAgainFrom(int from) {
            Object[] saved = saveFrom(from);
            try {
                Walk w = stateBefore(from);
                String country = hypCountry(false);
                int end = Math.min(size - 1, from + StayEngine.HORIZON_DAYS);
                for (int i = from; i <= end; i++) {
                    Walk trial = w.copy();
                    set(i, true, countsHyp(country, i), i);
                    step(trial, i);
                    if (legal(trial, i)) {
                        return i;
                    }
                    set(i, false, false, -1);
                    step(w, i);
                }
                return -1;
            } finally {
                restore(saved);
            }
        }

        int earliestStay(int from, int days) {
            if (own) {
                return from;
            }
            if (rules.isEmpty() || from + days > size) {
                return -1;
            }
            boolean hereToday = present[todayIndex];
            boolean countsToday = counted[todayIndex];
            int startToday = stayStart[todayIndex];
            Object[] saved = saveFrom(todayIndex);
            try {
                String country = hypCountry(false);
                Walk w;
                if (from == todayIndex) {
                    w = stateBefore(todayIndex);
                } else {
                    w = stateBefore(todayIndex + 1);
                    for (int i = todayIndex + 1; i < from; i++) {
                        set(i, false, false, -1);
                        step(w, i);
                    }
                }
                int end = Math.min(size - days, from + StayEngine.HORIZON_DAYS);
                for (int s = from; s <= end; s++) {
                    Walk trial = w.copy();
                    boolean ok = true;
                    for (int i = s; i < s + days && ok; i++) {
                        set(i, true, countsHyp(country, i), s);
                        step(trial, i);
                        ok = legal(trial, i);
                    }
                    if (ok) {
                        return s;
                    }
                    if (s == todayIndex) {
                        set(s, hereToday, countsToday, startToday); // today stays as it was for later candidates
                    } else {
                        set(s, false, false, -1);
                    }
                    step(w, s);
                }
                return -1;
            } finally {
                restore(saved);
            }
        }

        int countTaxDays(int i, boolean staying) {
            int from = index(date(i).minusMonths(12).plusDays(1));
            int n = 0;
            for (int j = Math.max(0, from); j <= i; j++) {
                boolean here = j <= todayIndex ? present[j] : (present[j] || staying);
                if (here) {
                    n++;
                }
            }
            return n;
        }

        AreaStatus statusOn(int t) {
            boolean inside = present[t];
            List<StayWarning> notes = new ArrayList<>();
            Walk w = stateBefore(t);
            step(w, t);
            if (own) {
                int j = lastPresent(t);
                int used = j < 0 ? 0 : count(stayStart[j], j);
                return new AreaStatus(area, null, used, null, inside, null, 0, null, notes);
            }
            if (w.rule == null) {
                int j = lastPresent(t);
                int used = j < 0 ? 0 : j - stayStart[j] + 1;
                notes.add(new StayWarning(StayWarning.Kind.NO_RULE, 0));
                return new AreaStatus(area, null, used, null, inside, null, 0, null, notes);
            }
            StayRule rule = w.rule.rule;
            if (!rule.visaFree()) {
                if (visas.isEmpty()) {
                    notes.add(new StayWarning(StayWarning.Kind.VISA_ASSUMED, 0));
                } else if (inside && visaAt(t) == null) {
                    notes.add(new StayWarning(StayWarning.Kind.NO_VISA, 0));
                } else if (inside) {
                    int[] v = visaAt(t);
                    int entries = 0;
                    for (int j = Math.max(0, v[0]); j <= t; j++) {
                        if (present[j] && (j == 0 || !present[j - 1] || stayStart[j] == j)) {
                            entries++;
                        }
                    }
                    if (entries > v[3]) {
                        notes.add(new StayWarning(StayWarning.Kind.VISA_ENTRIES, entries));
                    }
                }
            }
            if (inside && !counted[t]) {
                notes.add(new StayWarning(StayWarning.Kind.PERMIT, 0));
            }
            if (rule.windowDays() != null && rule.windowKind() == StayRule.WindowKind.UNKNOWN) {
                notes.add(new StayWarning(StayWarning.Kind.WINDOW_KIND_UNKNOWN, rule.windowPeriod()));
            }
            if (rule.confidence() == StayRule.Confidence.L) {
                notes.add(new StayWarning(StayWarning.Kind.WEAK_SOURCES, 0));
            }
            int[] primary = primary(w, t);
            // also when outside the area today: the count shows how far over the limit the past stands
            int overstay = Math.max(0, excessOn(w, t));
            int latest = latestFrom(t, inside, hypCountry(inside));
            if (latest >= 0 && latest == ruleEndsAfter(t)) {
                notes.add(new StayWarning(StayWarning.Kind.RULE_ENDS, 0));
            }
            int again = (inside && overstay == 0) ? -1 : legalAgainFrom(inside ? t + 1 : t);
            if (again == t) {
                again = -1;
            }
            if (overstay > 0) {
                notes.add(0, new StayWarning(StayWarning.Kind.OVERSTAY, overstay));
            }
            return new AreaStatus(area, rule, primary[0], primary[1] < 0 ? null : primary[1], inside,
                    latest < 0 ? null : date(latest), overstay, again < 0 ? null : date(again), notes);
        }
    }
}
