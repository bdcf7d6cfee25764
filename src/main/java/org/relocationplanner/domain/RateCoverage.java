package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which source covers which days of a currency, and where there is no fresh rate at all: what the Rates screen and
 * {@code relocation-planner rates coverage} show, so that a gap is seen before a budget rests on it.
 */
public final class RateCoverage {

    /**
     * A run of one source's quotes, broken only where two quotes are more than twice the source's spacing apart (a
     * holiday week leaves a run whole; the days it leaves without a fresh rate are in the gaps).
     */
    public record Span(String source, LocalDate from, LocalDate to, int quotes) {
    }

    /** Days without a fresh rate, both ends included. */
    public record Period(LocalDate from, LocalDate to) {
        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    /**
     * A currency's coverage up to a day: the sources' runs in order of their first day, the gaps in the history as
     * the policy reads it, {@code missingSince}: the first day of the gap that reaches that day (null when the
     * newest rate is fresh), and {@code missing}: the latest gap that ends within {@link #RECENT_DAYS} of that day,
     * from the day after the last quote before it (the whole period whose official rates are worth fetching), or null.
     */
    public record Of(String currency, List<Span> spans, List<Period> gaps, LocalDate missingSince, Period missing) {
        public Of {
            spans = List.copyOf(spans);
            gaps = List.copyOf(gaps);
        }
    }

    /** How recent a gap must be (its last day, counted back from the day asked) to be offered for fetching. */
    public static final int RECENT_DAYS = 90;

    private RateCoverage() {
    }

    /** The runs of quotes of every currency and source, by currency. */
    public static Map<String, List<Span>> spans(Collection<Rate> rates) {
        // epoch days in growing arrays, sorted once (issue 20: a tree set of dates per series took a tenth of a
        // second for the shipped 120,000 rates under the packaged app's compiler)
        Map<String, Map<String, Days>> days = new TreeMap<>();
        Days run = null;
        for (Rate r : rates) {
            if (run == null || !r.currency().equals(run.currency) || !r.source().equals(run.source)) {
                run = days.computeIfAbsent(r.currency(), c -> new TreeMap<>()).computeIfAbsent(r.source(),
                        s -> new Days(r.currency(), r.source()));
            }
            run.add(r.date().toEpochDay());
        }
        Map<String, List<Span>> out = new TreeMap<>();
        days.forEach((currency, bySource) -> {
            List<Span> spans = new ArrayList<>();
            bySource.forEach((source, dates) -> {
                int spacing = 2 * RatePolicy.maxAgeDays(source);
                long[] d = dates.sorted();
                long from = 0;
                long last = 0;
                int n = 0;
                for (int i = 0; i < dates.size; i++) {
                    if (n > 0 && d[i] == last) {
                        continue; // the same day twice: counted once
                    }
                    if (n > 0 && d[i] - last > spacing) {
                        spans.add(new Span(source, LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(last), n));
                        n = 0;
                    }
                    if (n == 0) {
                        from = d[i];
                    }
                    last = d[i];
                    n++;
                }
                if (n > 0) {
                    spans.add(new Span(source, LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(last), n));
                }
            });
            spans.sort(java.util.Comparator.comparing(Span::from).thenComparing(Span::source));
            out.put(currency, List.copyOf(spans));
        });
        return out;
    }

    /** The days of one series, as given. */
    private static final class Days {
        final String currency;
        final String source;
        long[] days = new long[64];
        int size;
        boolean ordered = true;

        Days(String currency, String source) {
            this.currency = currency;
            this.source = source;
        }

        void add(long day) {
            if (size == days.length) {
                days = java.util.Arrays.copyOf(days, size * 2);
            }
            if (size > 0 && day < days[size - 1]) {
                ordered = false;
            }
            days[size++] = day;
        }

        long[] sorted() {
            if (!ordered) {
                java.util.Arrays.sort(days, 0, size);
                ordered = true;
            }
            return days;
        }
    }

    /** The gaps of {@code currency} in {@code history} from its first quote to {@code until}. */
    public static List<Period> gaps(RateHistory history, String currency, LocalDate until) {
        List<Period> out = new ArrayList<>();
        LocalDate first = history.first(currency).orElse(null);
        if (first == null) {
            return out;
        }
        long start = -1;
        for (long d = first.toEpochDay(); d <= until.toEpochDay(); d++) {
            boolean fresh = history.fresh(currency, d);
            if (!fresh && start < 0) {
                start = d;
            } else if (fresh && start >= 0) {
                out.add(new Period(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(d - 1)));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Period(LocalDate.ofEpochDay(start), until));
        }
        return out;
    }

    /** Every currency's coverage up to {@code until}. */
    public static List<Of> of(Map<String, List<Span>> spans, RateHistory history, LocalDate until) {
        List<Of> out = new ArrayList<>();
        for (String currency : history.currencies()) {
            List<Period> gaps = gaps(history, currency, until);
            Period last = gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
            Period missing = null;
            if (last != null && !last.to().isBefore(until.minusDays(RECENT_DAYS))) {
                LocalDate from = history.on(currency, last.from().minusDays(1))
                        .map(q -> q.quotedOn().plusDays(1)).orElse(last.from());
                missing = new Period(from, last.to());
            }
            out.add(new Of(currency, spans.getOrDefault(currency, List.of()), gaps,
                    last != null && last.to().equals(until) ? last.from() : null, missing));
        }
        return out;
    }

    /**
     * The quotes cut into runs without a stale day between neighbours: where a day between two quotes has no fresh
     * rate ({@link RatePolicy#fresh}), a new run begins, and the chart draws a gap.
     */
    public static List<List<Rate>> freshRuns(List<Rate> quotes) {
        List<List<Rate>> runs = new ArrayList<>();
        List<Rate> run = null;
        Rate last = null;
        for (Rate r : quotes) {
            if (run == null || !RatePolicy.fresh(last.source(), last.date().toEpochDay(),
                    r.date().toEpochDay() - 1)) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(r);
            last = r;
        }
        return runs;
    }
}
