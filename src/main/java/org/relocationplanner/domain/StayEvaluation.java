package org.relocationplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    /** Per area, the passport its deciding entry was made on, where the trip says. */
    private java.util.Map<String, String> passportsSaid = java.util.Map.of();
    private final LocalDate today;
    private final LocalDate base;
    private final int size;
    private final int todayIndex;
    private final int[] yearStarts;
    private final int firstYear;
    private final Map<String, AreaDays> areas = new TreeMap<>();
    private final Map<String, List<int[]>> pauses = new HashMap<>();
    private final List<TripCheck> checks = new ArrayList<>();
    private final List<TripCheck> checksView = Collections.unmodifiableList(checks);
    private final Map<String, AreaStatus> statuses = new TreeMap<>();
    private final List<TripOverlaps.Overlap> overlaps;

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
        overlaps = TripOverlaps.find(situation.trips(), today);
        passportsSaid = situation.passportsSaid(book, today);
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

    /** Trips that share more days than a border crossing explains, in the order of the first shared day. */
    public List<TripOverlaps.Overlap> overlaps() {
        return overlaps;
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
     * The first day, not before {@code from} nor today, on which a new entry into {@code area} for a stay of
     * {@code days} days is legal throughout, counting the trips recorded up to today; empty when there is none within
     * the horizon or no rule is known. While the user is in the area today a new entry is counted from tomorrow (the
     * stay under way has to end first). The status's "legal again from" is this answer for one day, so the two
     * cannot disagree.
     */
    public Optional<LocalDate> earliestStay(String area, int days, LocalDate from) {
        if (days < 1) {
            throw new IllegalArgumentException("A stay has at least one day");
        }
        AreaDays a = areaDays(area);
        if (!a.own && a.rules.isEmpty()) {
            return Optional.empty();
        }
        int found = a.firstEntry(Math.max(todayIndex, index(from)), days);
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
            Destination.AreaMembership m = book.membership(country).orElse(null);
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

    /** The last day index a trip places the user in its country: an open trip runs to today. */
    private int lastIndex(Trip t) {
        return index(TripOverlaps.lastDay(t, today));
    }

    private void placeTrips() {
        for (Trip t : situation.trips()) {
            int first = index(t.entry());
            int last = lastIndex(t);
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
                a.place(i, !paused(t.country(), i));
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
        int first = index(t.entry());
        int last = lastIndex(t);
        String area = book.areaOf(t.country(), t.entry());
        int firstIllegal = -1;
        int worst = 0;
        int noRule = -1;
        Membership m = membership(t.country());
        AreaDays a = null;
        Walk w = null;
        java.util.Set<Ruled> judgedBy = new java.util.LinkedHashSet<>();
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
            if (w.rule == null && !a.own && noRule < 0) {
                noRule = i;
            }
            for (int k = a.readings(w, i) - 1; k >= 0; k--) {
                judgedBy.add(a.judges[k]);
            }
        }
        List<StayWarning> notes = new ArrayList<>();
        if (noRule >= 0) {
            notes.add(StayWarning.on(StayWarning.Kind.NO_RULE, areas.get(m.areaAt(noRule)).lastRuleEnd(noRule)));
        }
        for (Ruled q : judgedBy) {
            doubtNotes(q.rule, notes);
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
        return new TripCheck(t, area, state, latest, firstIllegal < 0 ? null : date(firstIllegal), worst, notes);
    }

    /**
     * What an answer under {@code rule} is unsure of in itself: a rule read from the general listing, weak sources,
     * a change of unknown date or outcome, a limit not on record. Each note once.
     */
    private static void doubtNotes(StayRule rule, List<StayWarning> notes) {
        List<StayWarning> add = new ArrayList<>();
        if (rule.isBaseline()) {
            add.add(new StayWarning(StayWarning.Kind.BASELINE, 0, null, null, null,
                    LocalizedText.of(rule.listing(), rule.listing())));
        } else if (rule.confidence() == StayRule.Confidence.L) {
            add.add(new StayWarning(StayWarning.Kind.WEAK_SOURCES, 0));
        }
        if (rule.isLimitUnknown()) {
            add.add(new StayWarning(StayWarning.Kind.LIMIT_UNKNOWN, 0));
        }
        if (rule.hasCaveat()) {
            add.add(new StayWarning(StayWarning.Kind.CAVEAT, 0, null, null, null, rule.caveat()));
        }
        for (StayWarning w : add) {
            if (!notes.contains(w)) {
                notes.add(w);
            }
        }
    }

    /**
     * A rule with the day indexes it is in force between, its place among the area's rules, and the first day its
     * counts may reach back to: the start of the record when days before it count (or may count), else its start.
     */
    private static final class Ruled {
        final StayRule rule;
        final int from;
        final int to;
        final long order;
        final int index;
        final int countFrom;
        /**
         * For a rule counting periods from first entry whose sources do not say whether days before it count: the
         * same rule counting only from its start. Periods placed from either start can be the stricter, so both judge.
         */
        Ruled ownStart;

        Ruled(StayRule rule, int from, int to, long order, int index, int countFrom) {
            this.rule = rule;
            this.from = from;
            this.to = to;
            this.order = order;
            this.index = index;
            this.countFrom = countFrom;
        }

        boolean fromFirstEntry() {
            return rule.windowKind() == StayRule.WindowKind.FROM_FIRST_ENTRY && rule.windowPeriod() != null;
        }
    }

    /** The state a walk over the days carries from one day to the next. */
    private static final class Walk {
        /** The rule in force on the last day walked. */
        Ruled rule;
        /** Per rule of the area that counts periods from first entry: the first day of the current period, or -1. */
        final int[] period;
        int uncovered;

        Walk(int rules) {
            period = new int[rules];
            Arrays.fill(period, -1);
        }

        Walk copy() {
            Walk w = new Walk(period.length);
            w.rule = rule;
            System.arraycopy(period, 0, w.period, 0, period.length);
            w.uncovered = uncovered;
            return w;
        }
    }

    /** The days spent in one area, and the running totals the rules are counted with. */
    private final class AreaDays {
        final String area;
        /**
         * Per day: 0 when not here, else the first day of the stay it belongs to, plus one. (While trips are placed:
         * 2 for a day here that counts, 1 for one paused by a permit.) With the running total of counted days, the
         * one thing kept per day: a count of decades of days for 40 areas stays a few megabytes.
         */
        final int[] stay = new int[size];
        final int[] cum = new int[size + 1];
        final List<Segment> segments = new ArrayList<>();
        int firstPresent = Integer.MAX_VALUE;
        final List<Ruled> rules = new ArrayList<>();
        final List<Ruled> firstEntryRules = new ArrayList<>();
        final List<int[]> visas = new ArrayList<>();
        final boolean own;
        String countryToday;
        final Map<Ruled, int[]> periods = new HashMap<>();
        /** The rules that judge a day, filled by {@link #readings}. */
        final Ruled[] judges = new Ruled[4];
        /** Rules and the variants of {@link Ruled#ownStart}: how many periods a walk tracks. */
        int tracked;

        AreaDays(String area) {
            this.area = area;
            // a country of one of the passports held is home: no limit there
            this.own = situation.held().contains(area);
            String said = passportsSaid.get(area);
            for (StayRule r : book.rulesFor(area, said != null ? said : situation.mostGenerous(area, book, today))) {
                int from = r.validFrom() == null ? 0 : Math.max(0, index(r.validFrom()));
                int to = r.validTo() == null ? Integer.MAX_VALUE : Math.max(-1, index(r.validTo()));
                long order = r.validFrom() == null ? Long.MIN_VALUE : r.validFrom().toEpochDay();
                int countFrom = Boolean.FALSE.equals(r.countsDaysBefore()) ? from : 0;
                Ruled ruled = new Ruled(r, from, to, order, tracked++, countFrom);
                rules.add(ruled);
                if (ruled.fromFirstEntry()) {
                    firstEntryRules.add(ruled);
                    if (r.countsDaysBefore() == null && from > 0) {
                        ruled.ownStart = new Ruled(r, from, to, order, tracked++, from);
                        firstEntryRules.add(ruled.ownStart);
                    }
                }
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
            w.rule = ruleAt(i);
            for (Ruled q : firstEntryRules) {
                if (i < q.countFrom) {
                    continue;
                }
                int p = w.period[q.index];
                if (p >= 0 && i > p + q.rule.windowPeriod() - 1) {
                    p = -1;
                }
                if (p < 0 && counted(i)) {
                    p = i;
                }
                w.period[q.index] = p;
            }
            if (present(i) && !visas.isEmpty() && visaAt(i) == null) {
                w.uncovered++;
            } else if (!present(i)) {
                w.uncovered = 0;
            }
        }

        /** A day here placed from a trip; counted unless a permit pauses it (counted when any trip counts it). */
        void place(int i, boolean counts) {
            stay[i] = Math.max(stay[i], counts ? 2 : 1);
        }

        boolean present(int i) {
            return stay[i] != 0;
        }

        boolean counted(int i) {
            return cum[i + 1] != cum[i];
        }

        /** The first day of the stay day {@code i} belongs to; -1 when not here. */
        int stayStart(int i) {
            return stay[i] - 1;
        }

        /** The first day of the unbroken run of days here that day {@code i} belongs to (across same-day re-entries). */
        int runStart(int i) {
            int s = stay[i] - 1;
            while (s > 0 && stay[s - 1] != 0) {
                s = stay[s - 1] - 1;
            }
            return s;
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
            stay[i] = here ? start + 1 : 0;
            cum[i + 1] = cum[i] + (here && count ? 1 : 0);
        }

        int count(int fromIncl, int toIncl) {
            int a = Math.max(0, fromIncl);
            return toIncl < a ? 0 : cum[toIncl + 1] - cum[a];
        }

        /**
         * The rule in force when the stay that day {@code i} belongs to began, when that stay began before the rule
         * in force on day {@code i}; null otherwise (or when no rule was on record at its entry).
         */
        Ruled atEntry(Ruled now, int i) {
            if (now == null || !present(i) || now.from <= 0) {
                return null;
            }
            int e = stayStart(i);
            if (e < 0 || e >= now.from) {
                return null;
            }
            Ruled then = ruleAt(e);
            return then == now ? null : then;
        }

        /**
         * Fills {@link #judges} with the rules that judge day {@code i} and returns how many: the rule in force; or,
         * for a stay begun before it, the rule in force at entry where the new rule keeps it; or both where the
         * sources do not say (the stricter of the two then decides).
         */
        int readings(Walk w, int i) {
            Ruled now = w.rule;
            if (now == null) {
                return 0;
            }
            Ruled then = atEntry(now, i);
            Boolean keep = now.rule.keepsRuleAtEntry();
            int n = 0;
            if (then == null || !Boolean.TRUE.equals(keep)) {
                n = addJudge(now, n);
            }
            if (then != null && !Boolean.FALSE.equals(keep)) {
                n = addJudge(then, n);
            }
            return n;
        }

        private int addJudge(Ruled q, int n) {
            judges[n++] = q;
            if (q.ownStart != null) {
                judges[n++] = q.ownStart;
            }
            return n;
        }

        int windowCount(Walk w, Ruled q, int i) {
            StayRule s = q.rule;
            return switch (s.windowKind()) {
                case FROM_FIRST_ENTRY -> w.period[q.index] < 0 ? 0 : count(w.period[q.index], i);
                case CALENDAR_YEAR -> count(Math.max(q.countFrom, yearStart(i)), i);
                default -> count(Math.max(q.countFrom, i - s.windowPeriod() + 1), i);
            };
        }

        /** The first day of the count each part of rule {@code q} makes on day {@code i}, before its own start. */
        int reachBack(Walk w, Ruled q, int i) {
            StayRule s = q.rule;
            int start = Integer.MAX_VALUE;
            if (s.windowDays() != null && s.windowPeriod() != null) {
                start = switch (s.windowKind()) {
                    case FROM_FIRST_ENTRY -> w.period[q.index] < 0 ? Integer.MAX_VALUE : w.period[q.index];
                    case CALENDAR_YEAR -> yearStart(i);
                    default -> i - s.windowPeriod() + 1;
                };
            }
            if (s.perEntryDays() != null && present(i)) {
                start = Math.min(start, entryStart(q, i));
            }
            if (s.yearCapDays() != null) {
                start = Math.min(start, yearStart(i));
            }
            return start;
        }

        /** How many days over the limits of rule {@code q} the count stands on day {@code i}; 0 or less within. */
        int excess(Walk w, Ruled q, int i) {
            StayRule s = q.rule;
            int worst = Integer.MIN_VALUE;
            if (s.windowDays() != null && s.windowPeriod() != null) {
                worst = Math.max(worst, windowCount(w, q, i) - s.windowDays());
            }
            if (s.perEntryDays() != null && present(i)) {
                worst = Math.max(worst, count(Math.max(entryStart(q, i), q.countFrom), i) - s.perEntryDays());
            }
            if (s.yearCapDays() != null) {
                worst = Math.max(worst, count(Math.max(q.countFrom, yearStart(i)), i) - s.yearCapDays());
            }
            if (!s.visaFree() && !visas.isEmpty() && present(i)) {
                int[] v = visaAt(i);
                worst = Math.max(worst, v == null ? w.uncovered : count(v[0], i) - v[2]);
            }
            return worst;
        }

        /** How many days over its limits the count stands on day {@code i}; 0 or less within them. */
        int excessOn(Walk w, int i) {
            if (own) {
                return 0;
            }
            int n = readings(w, i);
            int worst = Integer.MIN_VALUE;
            for (int k = 0; k < n; k++) {
                worst = Math.max(worst, excess(w, judges[k], i));
            }
            return worst == Integer.MIN_VALUE ? 0 : worst;
        }

        /** The rule whose count the answer for day {@code i} shows: of those that judge it, the one furthest over. */
        Ruled judge(Walk w, int i) {
            int n = readings(w, i);
            if (n == 0) {
                return null;
            }
            Ruled best = judges[0];
            int most = excess(w, best, i);
            for (int k = 1; k < n; k++) {
                int e = excess(w, judges[k], i);
                if (e > most) {
                    best = judges[k];
                    most = e;
                }
            }
            return best;
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
            segments.sort(java.util.Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
            // the running total only changes on days here: between them it is filled in at once
            int next = 0;
            int running = 0;
            for (Segment g : segments) {
                if (g.end() < next) {
                    continue;
                }
                int from = Math.max(g.start(), next);
                Arrays.fill(cum, next + 1, from + 1, running);
                for (int i = from; i <= g.end(); i++) {
                    running += stay[i] == 2 ? 1 : 0;
                    cum[i + 1] = running;
                }
                next = g.end() + 1;
            }
            Arrays.fill(cum, next + 1, size + 1, running);
            // every day here is in a segment; a stay's first day is after day 0, so it outweighs the marks 1 and 2
            int prevEnd = -2;
            int prevStay = -1;
            String prevCountry = null;
            for (Segment g : segments) {
                // on from a stay in another country of the area, or inside a stay in this one (overlapping trips);
                // a same-day exit and entry into the same country begins a new stay
                boolean sameCountry = g.country().equals(prevCountry);
                int stay = prevEnd >= g.start() - 1 && (!sameCountry || g.start() < prevEnd) ? prevStay : g.start();
                for (int i = g.start(); i <= g.end(); i++) {
                    this.stay[i] = Math.max(this.stay[i], stay + 1);
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
            return Boolean.FALSE.equals(r.rule.resetOnExit()) ? runStart(i) : stayStart(i);
        }

        /** The state of a walk over every day before {@code i}, found without walking them. */
        Walk stateBefore(int i) {
            Walk w = new Walk(tracked);
            if (i <= 0) {
                return w;
            }
            int last = i - 1;
            w.rule = ruleAt(last);
            for (Ruled q : firstEntryRules) {
                if (last < q.countFrom) {
                    continue;
                }
                int[] starts = periods.computeIfAbsent(q, this::periodStarts);
                int at = Arrays.binarySearch(starts, last);
                int k = at >= 0 ? at : -at - 2;
                if (k >= 0 && last <= starts[k] + q.rule.windowPeriod() - 1) {
                    w.period[q.index] = starts[k];
                }
            }
            if (!visas.isEmpty()) {
                for (int j = last; j >= 0 && present(j); j--) {
                    if (visaAt(j) == null) {
                        w.uncovered++;
                    }
                }
            }
            return w;
        }

        /**
         * Where each period of a window "from first entry" begins, from the first day the rule counts: read only
         * from the days as recorded (a what-if never changes days before the day it asks about).
         */
        int[] periodStarts(Ruled r) {
            int period = r.rule.windowPeriod();
            int end = size - 1;
            List<Integer> starts = new ArrayList<>();
            int s = nextCounted(r.countFrom, end);
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
        int[][] saveFrom(int from) {
            int n = size - from;
            int[] s = new int[n];
            int[] k = new int[n];
            System.arraycopy(stay, from, s, 0, n);
            System.arraycopy(cum, from + 1, k, 0, n);
            return new int[][] {{from}, s, k};
        }

        void restore(int[][] saved) {
            int from = saved[0][0];
            int n = size - from;
            System.arraycopy(saved[1], 0, stay, from, n);
            System.arraycopy(saved[2], 0, cum, from + 1, n);
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
            int[][] saved = saveFrom(from);
            try {
                Walk w = stateBefore(from);
                int ruleEnd = ruleEndsAfter(from);
                int start = continuing && present(from) && stayStart(from) >= 0 ? stayStart(from) : from;
                int end = Math.min(size - 1, from + StayEngine.HORIZON_DAYS);
                for (int i = from; i <= end; i++) {
                    if (i == ruleEnd + 1) {
                        return ruleEnd; // no rule is on record after this day: legal as far as is known
                    }
                    boolean counts = (i == from && continuing && present(i)) ? counted(i) : countsHyp(country, i);
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

        /**
         * The first day, from {@code from} on, on which a new entry for a stay of {@code days} days is legal on every
         * one of its days; -1 if none within the horizon. The days recorded before the entry count as recorded (the
         * stay under way to its exit date, planned trips before it); an entry is made on a day not already spent
         * here. A day on which no rule is on record (after the last one ended) is not taken as legal.
         */
        int firstEntry(int from, int days) {
            if (own) {
                return from;
            }
            int start = Math.max(from, todayIndex);
            if (start + days > size) {
                return -1;
            }
            int[][] saved = saveFrom(start);
            try {
                Walk w = stateBefore(start);
                String country = hypCountry(false);
                int end = Math.min(size - days, start + StayEngine.HORIZON_DAYS);
                for (int s = start; s <= end; s++) {
                    boolean here = saved[1][s - start] != 0;
                    if (!here) {
                        Walk trial = w.copy();
                        boolean ok = true;
                        for (int i = s; i < s + days && ok; i++) {
                            set(i, true, countsHyp(country, i), s);
                            step(trial, i);
                            ok = legal(trial, i) && (rules.isEmpty() || trial.rule != null);
                        }
                        if (ok) {
                            return s;
                        }
                    }
                    // day s as recorded, for the next candidate's count
                    int recordedTotal = saved[2][s - start] - (s == start ? cum[start] : saved[2][s - start - 1]);
                    set(s, here, recordedTotal == 1, saved[1][s - start] - 1);
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
                boolean here = j <= todayIndex ? present(j) : (present(j) || staying);
                if (here) {
                    n++;
                }
            }
            return n;
        }

        /** The count a rule is known by on day {@code i}: its window, else its per-entry cap, else its year. */
        int[] primary(Walk w, Ruled q, int i) {
            StayRule s = q.rule;
            if (s.windowDays() != null && s.windowPeriod() != null) {
                return new int[] {windowCount(w, q, i), s.windowDays()};
            }
            if (s.perEntryDays() != null) {
                int j = lastPresent(i);
                return new int[] {j < 0 ? 0 : count(Math.max(entryStart(q, j), q.countFrom), j), s.perEntryDays()};
            }
            if (s.yearCapDays() != null) {
                return new int[] {count(Math.max(q.countFrom, yearStart(i)), i), s.yearCapDays()};
            }
            int j = lastPresent(i);
            return new int[] {j < 0 ? 0 : count(Math.max(stayStart(j), q.from), j), -1};
        }

        int lastPresent(int i) {
            for (int j = i; j >= 0; j--) {
                if (present(j)) {
                    return j;
                }
            }
            return -1;
        }

        AreaStatus statusOn(int t) {
            boolean inside = present(t);
            List<StayWarning> notes = new ArrayList<>();
            Walk w = stateBefore(t);
            step(w, t);
            if (own) {
                int j = lastPresent(t);
                int used = j < 0 ? 0 : count(stayStart(j), j);
                return new AreaStatus(area, null, used, null, inside, null, 0, null, notes);
            }
            if (w.rule == null) {
                int j = lastPresent(t);
                int used = j < 0 ? 0 : j - stayStart(j) + 1;
                notes.add(StayWarning.on(StayWarning.Kind.NO_RULE, lastRuleEnd(t)));
                overlapNotes(notes);
                return new AreaStatus(area, null, used, null, inside, null, 0, null, notes);
            }
            Ruled judge = judge(w, t);
            StayRule rule = judge.rule;
            List<StayWarning> doubts = new ArrayList<>();
            doubtNotes(rule, doubts);
            for (int k = readings(w, t) - 1; k >= 0; k--) {
                doubtNotes(judges[k].rule, doubts); // the other reading's too: the answer rests on both
            }
            doubts.stream().filter(d -> d.kind() != StayWarning.Kind.WEAK_SOURCES).forEach(notes::add);
            transitionNotes(w, t, notes);
            if (!rule.visaFree()) {
                if (visas.isEmpty()) {
                    notes.add(new StayWarning(StayWarning.Kind.VISA_ASSUMED, 0));
                } else if (inside && visaAt(t) == null) {
                    notes.add(new StayWarning(StayWarning.Kind.NO_VISA, 0));
                } else if (inside) {
                    int[] v = visaAt(t);
                    int entries = 0;
                    for (int j = Math.max(0, v[0]); j <= t; j++) {
                        if (present(j) && (j == 0 || !present(j - 1) || stayStart(j) == j)) {
                            entries++;
                        }
                    }
                    if (entries > v[3]) {
                        notes.add(new StayWarning(StayWarning.Kind.VISA_ENTRIES, entries));
                    }
                }
            }
            if (inside && !counted(t)) {
                notes.add(new StayWarning(StayWarning.Kind.PERMIT, 0));
            }
            if (rule.windowDays() != null && rule.windowKind() == StayRule.WindowKind.UNKNOWN) {
                notes.add(new StayWarning(StayWarning.Kind.WINDOW_KIND_UNKNOWN, rule.windowPeriod()));
            }
            if (doubts.contains(new StayWarning(StayWarning.Kind.WEAK_SOURCES, 0))) {
                notes.add(new StayWarning(StayWarning.Kind.WEAK_SOURCES, 0));
            }
            int[] primary = primary(w, judge, t);
            // also when outside the area today: the count shows how far over the limit the past stands
            int overstay = Math.max(0, excessOn(w, t));
            int latest = latestFrom(t, inside, hypCountry(inside));
            if (latest >= 0 && latest == ruleEndsAfter(t)) {
                notes.add(new StayWarning(StayWarning.Kind.RULE_ENDS, 0));
            }
            Ruled next = latest >= 0 && latest + 1 < size ? ruleAt(latest + 1) : null;
            if (next != null && next != w.rule) {
                laterRuleNotes(next, inside ? stayStart(t) : t, notes);
            }
            int again = (inside && overstay == 0) ? -1 : firstEntry(t, 1);
            if (again == t) {
                again = -1;
            }
            if (overstay > 0) {
                notes.add(0, new StayWarning(StayWarning.Kind.OVERSTAY, overstay));
            }
            overlapNotes(notes);
            return new AreaStatus(area, rule, primary[0], primary[1] < 0 ? null : primary[1], inside,
                    latest < 0 ? null : date(latest), overstay, again < 0 ? null : date(again), notes);
        }

        /** The last day of the newest rule on record when it ended before day {@code t}; null otherwise. */
        LocalDate lastRuleEnd(int t) {
            LocalDate day = date(t);
            LocalDate end = null;
            for (Ruled r : rules) {
                LocalDate to = r.rule.validTo();
                if (to != null && to.isBefore(day) && (end == null || to.isAfter(end))) {
                    end = to;
                }
            }
            return end;
        }

        /** What the count on day {@code t} assumes about the rule changes it spans. */
        private void transitionNotes(Walk w, int t, List<StayWarning> notes) {
            Ruled now = w.rule;
            Ruled then = atEntry(now, t);
            if (then != null) {
                Boolean keep = now.rule.keepsRuleAtEntry();
                if (Boolean.TRUE.equals(keep)) {
                    notes.add(StayWarning.on(StayWarning.Kind.KEPT_RULE, now.rule.validFrom()));
                } else if (keep == null) {
                    notes.add(StayWarning.on(StayWarning.Kind.KEPT_RULE_UNKNOWN, now.rule.validFrom()));
                }
            }
            int n = readings(w, t);
            for (int k = 0; k < n; k++) {
                Ruled q = judges[k];
                boolean reaches = q.rule.countsDaysBefore() == null && q.countFrom < q.from
                        && reachBack(w, q, t) < q.from && count(reachBack(w, q, t), q.from - 1) > 0;
                // periods "from first entry" placed from the first day ever here, or from the rule's start
                boolean gridsDiffer = q.ownStart != null && w.period[q.index] != w.period[q.ownStart.index];
                StayWarning note = StayWarning.on(StayWarning.Kind.DAYS_BEFORE_UNKNOWN, q.rule.validFrom());
                if ((reaches || gridsDiffer) && !notes.contains(note)) {
                    notes.add(note);
                }
            }
        }

        /**
         * What the answer assumes of a later rule that ends the stay begun on day {@code entry}: the latest exit is
         * where it begins, so its caveat and its unknown treatment of earlier stays belong to today's answer.
         */
        private void laterRuleNotes(Ruled next, int entry, List<StayWarning> notes) {
            StayWarning caveat = new StayWarning(StayWarning.Kind.CAVEAT, 0, null, null, null, next.rule.caveat());
            if (next.rule.hasCaveat() && !notes.contains(caveat)) {
                notes.add(caveat);
            }
            if (entry < next.from && ruleAt(entry) != null && ruleAt(entry) != next) {
                Boolean keep = next.rule.keepsRuleAtEntry();
                if (keep == null) {
                    notes.add(StayWarning.on(StayWarning.Kind.KEPT_RULE_UNKNOWN, next.rule.validFrom()));
                }
                if (next.rule.countsDaysBefore() == null && !Boolean.TRUE.equals(keep)) {
                    notes.add(StayWarning.on(StayWarning.Kind.DAYS_BEFORE_UNKNOWN, next.rule.validFrom()));
                }
            }
        }

        /** The overlapping trips that place the user in this area on a shared day. */
        private void overlapNotes(List<StayWarning> notes) {
            for (TripOverlaps.Overlap o : overlaps) {
                if (area.equals(book.areaOf(o.first().country(), o.from()))
                        || area.equals(book.areaOf(o.second().country(), o.from()))) {
                    notes.add(new StayWarning(StayWarning.Kind.OVERLAP, o.days(), o.from(), o.first(), o.second(),
                            null));
                }
            }
        }
    }
}
