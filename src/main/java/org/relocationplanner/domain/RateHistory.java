package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rubles per unit of each currency for every day, from stored rates of several sources. On each day the
 * highest-priority source that quotes that day is taken; a day without any quote answers with the last one before
 * it, its date and age, and whether it is {@linkplain Quote#stale() stale} (older than its source's spacing allows,
 * {@link RatePolicy#maxAgeDays}): a gap is never filled silently. Built once; a lookup is an array index.
 */
public final class RateHistory {

    /**
     * A rate as looked up for {@code day}: the rate, its source and the day it was quoted (before the day asked on a
     * gap).
     */
    public record Quote(String currency, BigDecimal rubPerUnit, String source, LocalDate quotedOn, LocalDate day) {

        /** Days between the quote and the day asked. */
        public int ageDays() {
            return (int) (day.toEpochDay() - quotedOn.toEpochDay());
        }

        /** Older than its source's spacing allows: the answer is carried over a gap, and says so. */
        public boolean stale() {
            return !currency.equals("RUB") && !RatePolicy.fresh(source, quotedOn.toEpochDay(), day.toEpochDay());
        }
    }

    private final Map<String, Series> series = new HashMap<>();
    private int leftOut;

    /** Stored rates outside the dates and values the app accepts ({@link Plausible}), left out of this history. */
    public int leftOut() {
        return leftOut;
    }

    private static final class Series {
        final long first;
        final BigDecimal[] rate;
        final double[] fast;
        final String[] source;
        final int[] quoted; // days since first of the quote in force

        Series(long first, int days) {
            this.first = first;
            rate = new BigDecimal[days];
            fast = new double[days];
            source = new String[days];
            quoted = new int[days];
        }
    }

    private RateHistory() {
    }

    /** Rates merged by {@code priority} (sources not named come after, in name order). */
    public static RateHistory of(Collection<Rate> rates, List<String> priority) {
        // two passes over the rates and one over the days, with arrays indexed by day (issue 20: a tree of days per
        // currency took a quarter of a second for the shipped 120,000 rates under the packaged app's compiler)
        Map<String, long[]> span = new HashMap<>(); // currency: first and last epoch day
        List<Rate> plausible = new ArrayList<>(rates.size());
        for (Rate r : rates) {
            if (!Plausible.day(r.date()) || !Plausible.rate(r.rubPerUnit())) {
                continue; // stored before the doors checked: never allocate by its date span
            }
            plausible.add(r);
            long day = r.date().toEpochDay();
            long[] fl = span.computeIfAbsent(r.currency(), k -> new long[] {day, day});
            fl[0] = Math.min(fl[0], day);
            fl[1] = Math.max(fl[1], day);
        }
        Map<String, Rate[]> best = new HashMap<>();
        for (Map.Entry<String, long[]> e : span.entrySet()) {
            best.put(e.getKey(), new Rate[(int) (e.getValue()[1] - e.getValue()[0] + 1)]);
        }
        for (Rate r : plausible) {
            Rate[] byDay = best.get(r.currency());
            int i = (int) (r.date().toEpochDay() - span.get(r.currency())[0]);
            Rate old = byDay[i];
            if (old == null || rank(r.source(), priority) < rank(old.source(), priority)
                    || rank(r.source(), priority) == rank(old.source(), priority)
                    && r.source().compareTo(old.source()) < 0) {
                byDay[i] = r;
            }
        }
        RateHistory h = new RateHistory();
        h.leftOut = rates.size() - plausible.size();
        for (Map.Entry<String, Rate[]> e : best.entrySet()) {
            Rate[] byDay = e.getValue();
            long first = span.get(e.getKey())[0];
            int days = byDay.length;
            Series s = new Series(first, days);
            Rate current = null;
            for (int i = 0; i < days; i++) {
                if (byDay[i] != null) {
                    current = byDay[i];
                }
                s.rate[i] = current.rubPerUnit();
                s.fast[i] = current.rubPerUnit().doubleValue();
                s.source[i] = current.source();
                s.quoted[i] = (int) (current.date().toEpochDay() - first);
            }
            h.series.put(e.getKey(), s);
        }
        return h;
    }

    private static int rank(String source, List<String> priority) {
        int i = priority.indexOf(source);
        return i < 0 ? priority.size() : i;
    }

    /** The currencies with any rate, sorted. */
    public Set<String> currencies() {
        return new java.util.TreeSet<>(series.keySet());
    }

    /**
     * The rate on {@code day}: that day's quote, or the last one before it (also after the newest quote, which
     * {@link Quote#quotedOn()} shows); empty before the first quote. Rubles are 1.
     */
    public Optional<Quote> on(String currency, LocalDate day) {
        if (currency.equals("RUB")) {
            return Optional.of(new Quote("RUB", BigDecimal.ONE, "", day, day));
        }
        Series s = series.get(currency);
        if (s == null) {
            return Optional.empty();
        }
        long i = day.toEpochDay() - s.first;
        if (i < 0) {
            return Optional.empty();
        }
        int at = (int) Math.min(i, s.rate.length - 1);
        return Optional.of(new Quote(currency, s.rate[at], s.source[at], LocalDate.ofEpochDay(s.first + s.quoted[at]),
                day));
    }

    /** Whether {@code currency} has a quote on {@code epochDay} that is not stale (rubles always). */
    public boolean fresh(String currency, long epochDay) {
        if (currency.equals("RUB")) {
            return true;
        }
        Series s = series.get(currency);
        if (s == null || epochDay < s.first) {
            return false;
        }
        int at = (int) Math.min(epochDay - s.first, s.rate.length - 1);
        return RatePolicy.fresh(s.source[at], s.first + s.quoted[at], epochDay);
    }

    /** The same as a number, for simulations: NaN before the first quote. */
    public double rate(String currency, long epochDay) {
        if (currency.equals("RUB")) {
            return 1;
        }
        Series s = series.get(currency);
        if (s == null) {
            return Double.NaN;
        }
        long i = epochDay - s.first;
        return i < 0 ? Double.NaN : s.fast[(int) Math.min(i, s.fast.length - 1)];
    }

    public Optional<LocalDate> first(String currency) {
        Series s = series.get(currency);
        return s == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(s.first));
    }

    /** The day of the newest quote. */
    public Optional<LocalDate> newest(String currency) {
        Series s = series.get(currency);
        return s == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(s.first + s.rate.length - 1));
    }

    /** The day of the newest quote of any currency; empty when the history holds none. */
    public Optional<LocalDate> newest() {
        return currencies().stream().map(c -> newest(c).orElseThrow()).max(LocalDate::compareTo);
    }

    /** The quotes themselves (not carried forward) from {@code from} to {@code to}, as the chart shows them. */
    public List<Rate> quotes(String currency, LocalDate from, LocalDate to) {
        List<Rate> out = new ArrayList<>();
        Series s = series.get(currency);
        if (s == null) {
            return out;
        }
        long a = Math.max(from.toEpochDay() - s.first, 0);
        long b = Math.min(to.toEpochDay() - s.first, s.rate.length - 1);
        for (long i = a; i <= b; i++) {
            if (s.quoted[(int) i] == i) {
                out.add(new Rate(LocalDate.ofEpochDay(s.first + i), currency, s.rate[(int) i], s.source[(int) i]));
            }
        }
        return out;
    }
}
