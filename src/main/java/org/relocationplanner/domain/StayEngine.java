package org.relocationplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts stays against the dated rules of each area. A day counts where the user was that day (entry and exit
 * days both count; a day in two countries counts in both), under the rule in force that day, and only from the
 * day that rule took effect (a stay begun under an earlier rule is counted by the new one from its first day).
 * An overstay in the past never blocks later answers: only days inside a rule's
 * window, entry or year count.
 *
 * <p>Window kinds: a rolling window ("N days in any M") ends on and includes the day checked; a window "from first
 * entry" is a period of M days that starts at the first day counted and is followed by the next period at the
 * next day spent there; a window of unknown kind is counted as rolling, the stricter reading.
 */
public final class StayEngine {

    /** How far ahead the latest legal exit and the next legal entry are looked for. */
    static final int HORIZON_DAYS = 3 * 366;

    private final RuleBook book;

    public StayEngine(RuleBook book) {
        this.book = book;
    }

    /** The status of every area with a trip that has begun by {@code on}, by area code. */
    public List<AreaStatus> statuses(List<Trip> trips, String passport, LocalDate on) {
        Map<String, Boolean> areas = new TreeMap<>();
        for (Trip t : trips) {
            if (!t.entry().isAfter(on)) {
                LocalDate last = t.exit() == null || t.exit().isAfter(on) ? on : t.exit();
                for (LocalDate d = t.entry(); !d.isAfter(last); d = d.plusDays(1)) {
                    areas.put(book.areaOf(t.country(), d), Boolean.TRUE);
                }
            }
        }
        List<AreaStatus> out = new ArrayList<>();
        for (String area : areas.keySet()) {
            out.add(status(trips, area, passport, on));
        }
        return out;
    }

    /** Where the user stands in {@code area} on {@code on}. */
    public AreaStatus status(List<Trip> trips, String area, String passport, LocalDate on) {
        Days days = new Days(trips, area, on);
        int today = days.index(on);
        boolean inside = days.insideOn(today);
        Optional<StayRule> ruleToday = book.ruleOn(area, passport, on);
        List<String> warnings = new ArrayList<>();

        if (ruleToday.isEmpty()) {
            int entryDays = days.entryDays(today);
            if (area.equals(passport)) {
                return new AreaStatus(area, null, entryDays, null, inside, null, 0, null, warnings);
            }
            warnings.add("No stay rule is known for " + area + " and this passport");
            return new AreaStatus(area, null, entryDays, null, inside, null, 0, null, warnings);
        }
        StayRule rule = ruleToday.get();
        if (!rule.visaFree()) {
            warnings.add("A visa is needed; the count assumes a valid one");
        }
        if (rule.windowDays() != null && rule.windowKind() == StayRule.WindowKind.UNKNOWN) {
            warnings.add("Whether the " + rule.windowPeriod() + "-day period is rolling or fixed is not known: "
                    + "counted as rolling, the stricter reading");
        }
        if (rule.confidence() == StayRule.Confidence.L) {
            warnings.add("The sources for this rule are weak or conflict");
        }

        Count count = primary(days, today, rule);
        // also when outside the area today: the count shows how far over the limit the past stands
        int overstay = Math.max(0, excessOfCounts(days, today, rule));
        LocalDate latest = latestLegalExit(days, today, inside, passport, area);
        LocalDate again = (inside && overstay == 0) ? null : legalAgainFrom(days, today, inside, passport, area);
        if (overstay > 0) {
            warnings.add(0, "Over the limit by " + overstay + (overstay == 1 ? " day" : " days"));
        }
        return new AreaStatus(area, rule, count.used, count.limit, inside, latest, overstay, again, warnings);
    }

    /** The count the rule is known by: its window, else its per-entry cap, else its yearly cap. */
    private static Count primary(Days days, int i, StayRule r) {
        if (r.windowDays() != null && r.windowPeriod() != null) {
            return new Count(windowCount(days, i, r), r.windowDays());
        }
        if (r.perEntryDays() != null) {
            return new Count(days.entryDays(i, days.from(r)), r.perEntryDays());
        }
        if (r.yearCapDays() != null) {
            return new Count(yearCount(days, i, r), r.yearCapDays());
        }
        return new Count(days.entryDays(i), null);
    }

    private record Count(int used, Integer limit) {
    }

    /** How many days over its limits the rule stands on day {@code i}; 0 or less when within them. */
    private static int excessOfCounts(Days days, int i, StayRule r) {
        int worst = Integer.MIN_VALUE;
        if (r.windowDays() != null && r.windowPeriod() != null) {
            worst = Math.max(worst, windowCount(days, i, r) - r.windowDays());
        }
        if (r.perEntryDays() != null && days.present(i)) {
            worst = Math.max(worst, days.entryDays(i, days.from(r)) - r.perEntryDays());
        }
        if (r.yearCapDays() != null) {
            worst = Math.max(worst, yearCount(days, i, r) - r.yearCapDays());
        }
        return worst == Integer.MIN_VALUE ? 0 : worst;
    }

    private static int windowCount(Days days, int i, StayRule r) {
        int from = days.from(r);
        if (r.windowKind() == StayRule.WindowKind.FROM_FIRST_ENTRY) {
            int start = days.nextPresent(from, i);
            while (start >= 0) {
                int end = start + r.windowPeriod() - 1;
                if (i <= end) {
                    return days.countPresent(start, i);
                }
                start = days.nextPresent(end + 1, i);
            }
            return 0;
        }
        return days.countPresent(Math.max(from, i - r.windowPeriod() + 1), i);
    }

    private static int yearCount(Days days, int i, StayRule r) {
        LocalDate d = days.date(i);
        int jan1 = days.index(d.withDayOfYear(1));
        return days.countPresent(Math.max(days.from(r), jan1), i);
    }

    /** Whether being in the area on day {@code i}, with the presence as it stands, is within the rule then. */
    private boolean legalOn(Days days, int i, String passport, String area) {
        if (area.equals(passport)) {
            return true;
        }
        Optional<StayRule> r = book.ruleOn(area, passport, days.date(i));
        return r.isPresent() && excessOfCounts(days, i, r.get()) <= 0;
    }

    private LocalDate latestLegalExit(Days actual, int today, boolean inside, String passport, String area) {
        Days hyp = actual.upTo(today, inside);
        if (!inside) {
            hyp.enter(today);
        }
        for (int d = today; d <= today + HORIZON_DAYS; d++) {
            hyp.stay(d);
            if (!legalOn(hyp, d, passport, area)) {
                return d == today ? null : hyp.date(d - 1);
            }
        }
        return null; // no limit reached within the horizon
    }

    private LocalDate legalAgainFrom(Days actual, int today, boolean inside, String passport, String area) {
        int first = inside ? today + 1 : today;
        Days hyp = actual.upTo(today, inside);
        for (int d = first; d <= today + HORIZON_DAYS; d++) {
            hyp.enter(d);
            hyp.stay(d);
            if (legalOn(hyp, d, passport, area)) {
                return d == today ? null : hyp.date(d);
            }
            hyp.leave(d); // try the next day with only the past behind it
        }
        return null;
    }

    /**
     * The days spent in one area, as a day-indexed array from the first day of any trip to the end of the horizon,
     * with the day each stay there began (its entry, or the day the country joined the area).
     */
    private final class Days {
        private final LocalDate base;
        private final boolean[] present;
        private final int[] entryOf;
        private final boolean[] insideOpen;

        Days(List<Trip> trips, String area, LocalDate on) {
            LocalDate earliest = on;
            for (Trip t : trips) {
                if (t.entry().isBefore(earliest)) {
                    earliest = t.entry();
                }
            }
            base = earliest.minusDays(1);
            int size = index(on) + HORIZON_DAYS + 2;
            present = new boolean[size];
            entryOf = new int[size];
            insideOpen = new boolean[size];
            java.util.Arrays.fill(entryOf, -1);
            for (Trip t : trips) {
                if (t.entry().isAfter(on)) {
                    continue; // the future is what the answers are about, not a given
                }
                LocalDate end = t.exit() == null || t.exit().isAfter(on) ? on : t.exit();
                int segmentStart = -1;
                for (LocalDate d = t.entry(); !d.isAfter(end); d = d.plusDays(1)) {
                    int i = index(d);
                    if (book.areaOf(t.country(), d).equals(area)) {
                        if (segmentStart < 0) {
                            segmentStart = i;
                        }
                        present[i] = true;
                        entryOf[i] = Math.max(entryOf[i], segmentStart);
                        if (d.equals(on) && (t.exit() == null || t.exit().isAfter(on))) {
                            insideOpen[i] = true;
                        }
                    } else {
                        segmentStart = -1;
                    }
                }
                if (!end.isBefore(on) && t.exit() != null && t.exit().equals(on)
                        && book.areaOf(t.country(), on).equals(area)) {
                    insideOpen[index(on)] = true; // leaving today: still inside today
                }
            }
        }

        private Days(Days other, int upTo, boolean keepToday) {
            base = other.base;
            present = new boolean[other.present.length];
            entryOf = new int[other.entryOf.length];
            insideOpen = new boolean[other.insideOpen.length];
            java.util.Arrays.fill(entryOf, -1);
            int last = keepToday ? upTo : upTo - 1;
            System.arraycopy(other.present, 0, present, 0, last + 1);
            System.arraycopy(other.entryOf, 0, entryOf, 0, last + 1);
        }

        /** A copy with the days up to {@code today} (without today unless kept), for a what-if. */
        Days upTo(int today, boolean keepToday) {
            return new Days(this, today, keepToday);
        }

        /** A new stay begins on day {@code i}. */
        void enter(int i) {
            entryOf[i] = i;
        }

        /** The stay goes on through day {@code i}. */
        void stay(int i) {
            present[i] = true;
            if (entryOf[i] < 0) {
                entryOf[i] = i > 0 && entryOf[i - 1] >= 0 ? entryOf[i - 1] : i;
            }
        }

        /** Takes back a what-if day. */
        void leave(int i) {
            present[i] = false;
            entryOf[i] = -1;
        }

        int index(LocalDate d) {
            return (int) ChronoUnit.DAYS.between(base, d);
        }

        LocalDate date(int i) {
            return base.plusDays(i);
        }

        boolean present(int i) {
            return i >= 0 && i < present.length && present[i];
        }

        boolean insideOn(int i) {
            return insideOpen[i];
        }

        /** The first day a rule counts from. */
        int from(StayRule r) {
            return r.validFrom() == null ? 0 : Math.max(0, index(r.validFrom()));
        }

        int countPresent(int fromIncl, int toIncl) {
            int n = 0;
            for (int j = Math.max(0, fromIncl); j <= toIncl && j < present.length; j++) {
                if (present[j]) {
                    n++;
                }
            }
            return n;
        }

        /** The first day at or after {@code from}, up to {@code to}, spent in the area; -1 if none. */
        int nextPresent(int from, int to) {
            for (int j = Math.max(0, from); j <= to && j < present.length; j++) {
                if (present[j]) {
                    return j;
                }
            }
            return -1;
        }

        /** Days of the stay that includes day {@code i}, or of the last one before it. */
        int entryDays(int i) {
            return entryDays(i, 0);
        }

        /** Like {@link #entryDays(int)}, counting no day before {@code from} (the day a rule took effect). */
        int entryDays(int i, int from) {
            for (int j = i; j >= 0; j--) {
                if (present[j]) {
                    return j < from ? 0 : j - Math.max(entryOf[j], from) + 1;
                }
            }
            return 0;
        }
    }
}
