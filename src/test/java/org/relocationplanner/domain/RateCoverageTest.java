package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staleness by source and the coverage of each currency, on small hand-made histories. */
class RateCoverageTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<Rate> daily(String currency, String from, String to, String source) {
        List<Rate> out = new ArrayList<>();
        for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
            out.add(new Rate(day, currency, new BigDecimal("30"), source));
        }
        return out;
    }

    @Test
    void aDailySourceIsStaleAfterAWeekASnapshotAfterItsSpacing() {
        List<Rate> rates = new ArrayList<>(daily("GEL", "2024-01-01", "2024-01-10", "CBR"));
        rates.add(new Rate(d("2024-01-01"), "THB", BigDecimal.ONE, "MARKET-SNAPSHOT"));
        RateHistory h = RatePolicy.history(rates, false);
        assertFalse(h.on("GEL", d("2024-01-17")).orElseThrow().stale(), "7 days after the last quote");
        assertTrue(h.on("GEL", d("2024-01-18")).orElseThrow().stale(), "8 days after");
        assertEquals(8, h.on("GEL", d("2024-01-18")).orElseThrow().ageDays());
        assertFalse(h.on("THB", d("2024-02-05")).orElseThrow().stale(), "35 days after a monthly snapshot");
        assertTrue(h.on("THB", d("2024-02-06")).orElseThrow().stale());
        assertFalse(h.on("RUB", d("2030-01-01")).orElseThrow().stale(), "a ruble is a ruble");
        assertTrue(h.on("GEL", d("2023-12-31")).isEmpty(), "before the first quote nothing is known");
    }

    @Test
    void theUsersOwnRatesWinOnlyWhenPreferredAndTheOrderIsOneForEveryone() {
        List<Rate> rates = List.of(new Rate(d("2024-01-01"), "GEL", new BigDecimal("30"), "CBR"),
                new Rate(d("2024-01-01"), "GEL", new BigDecimal("31.5"), RatePolicy.MANUAL));
        assertEquals("CBR", RatePolicy.history(rates, false).on("GEL", d("2024-01-01")).orElseThrow().source());
        assertEquals(RatePolicy.MANUAL, RatePolicy.history(rates, true).on("GEL", d("2024-01-01")).orElseThrow()
                .source());
        assertEquals(List.of("MANUAL", "CBR", "ECB", "CBA-CROSS", "ECB-CBA-CROSS", "MARKET-SNAPSHOT"),
                RatePolicy.priority(true));
    }

    @Test
    void spansPerSourceAndGapsInTheHistoryUpToTheDayAsked() {
        List<Rate> rates = new ArrayList<>(daily("GEL", "2023-11-01", "2023-11-22", "CBA-CROSS"));
        rates.addAll(daily("GEL", "2024-03-02", "2024-03-05", "MARKET-SNAPSHOT"));
        RateHistory h = RatePolicy.history(rates, false);
        List<RateCoverage.Of> all = RateCoverage.of(RateCoverage.spans(rates), h, d("2024-05-01"));
        assertEquals(1, all.size());
        RateCoverage.Of gel = all.get(0);
        assertEquals(List.of(new RateCoverage.Span("CBA-CROSS", d("2023-11-01"), d("2023-11-22"), 22),
                new RateCoverage.Span("MARKET-SNAPSHOT", d("2024-03-02"), d("2024-03-05"), 4)), gel.spans());
        // fresh until 29 November (7 days); the market snapshot of 5 March holds 35 days, to 9 April
        assertEquals(List.of(new RateCoverage.Period(d("2023-11-30"), d("2024-03-01")),
                new RateCoverage.Period(d("2024-04-10"), d("2024-05-01"))), gel.gaps());
        assertEquals(d("2024-04-10"), gel.missingSince());
        assertEquals(93, gel.gaps().get(0).days());
        assertNull(RateCoverage.of(RateCoverage.spans(rates), h, d("2024-03-20")).get(0).missingSince());
    }

    /**
     * The Bank of Russia sets no rate over the New Year holidays: its USD series (XML_dynamic.asp, R01235, 1-20
     * January 2025) resumes on 10 January 2025 after the rate of 28 December 2024. The rate in force is not stale.
     */
    @Test
    void theBankOfRussiasNewYearBreakIsNotAStaleRateButAMissingJanuaryIs() {
        List<Rate> rates = List.of(new Rate(d("2024-12-28"), "USD", new BigDecimal("101.6797"), "CBR"),
                new Rate(d("2025-01-10"), "USD", new BigDecimal("101.6797"), "CBR"));
        RateHistory h = RatePolicy.history(rates, false);
        assertFalse(h.on("USD", d("2025-01-06")).orElseThrow().stale(), "9 days old over the holidays");
        assertTrue(h.fresh("USD", d("2025-01-09").toEpochDay()));
        assertTrue(RateCoverage.gaps(h, "USD", d("2025-01-17")).isEmpty(), "7 days after 10 January");
        List<Rate> cut = List.of(rates.get(0));
        RateHistory none = RatePolicy.history(cut, false);
        assertFalse(none.on("USD", d("2025-01-14")).orElseThrow().stale(), "the break ends on 14 January");
        assertTrue(none.on("USD", d("2025-01-15")).orElseThrow().stale());
        // a market rate has no holiday: 36 days after 28 December it is stale
        RateHistory market = RatePolicy.history(List.of(new Rate(d("2024-12-28"), "USD", BigDecimal.TEN,
                "MARKET-SNAPSHOT")), false);
        assertTrue(market.on("USD", d("2025-02-02")).orElseThrow().stale());
    }

    @Test
    void theMissingPeriodRunsFromTheDayAfterTheLastQuoteAndOnlyForARecentGap() {
        List<Rate> rates = new ArrayList<>(daily("GEL", "2026-09-01", "2026-09-29", "CBR"));
        RateHistory h = RatePolicy.history(rates, false);
        RateCoverage.Of gel = RateCoverage.of(RateCoverage.spans(rates), h, d("2026-12-05")).get(0);
        assertEquals(d("2026-10-07"), gel.missingSince());
        assertEquals(new RateCoverage.Period(d("2026-09-30"), d("2026-12-05")), gel.missing());
        // the gap is filled up to today, but the days before stay missing: still offered
        rates.addAll(daily("GEL", "2026-12-01", "2026-12-05", "CBR"));
        RateHistory filled = RatePolicy.history(rates, false);
        RateCoverage.Of after = RateCoverage.of(RateCoverage.spans(rates), filled, d("2026-12-05")).get(0);
        assertNull(after.missingSince());
        assertEquals(new RateCoverage.Period(d("2026-09-30"), d("2026-11-30")), after.missing());
        // a gap that ended more than 90 days ago is history, not something to fetch now
        rates.addAll(daily("GEL", "2026-12-06", "2027-03-15", "CBR"));
        assertNull(RateCoverage.of(RateCoverage.spans(rates), RatePolicy.history(rates, false), d("2027-03-15"))
                .get(0).missing());
    }

    /**
     * The spans of random rates in random order (repeated days, several sources, gaps on both sides of a source's
     * spacing) are those of the plain rule: each series' days sorted, each once, cut where two days lie further
     * apart than twice the source's spacing (issue 20 counts them with arrays instead of sets of dates).
     */
    @Test
    void spansOfRandomRatesAreThoseOfThePlainRule() {
        java.util.Random random = new java.util.Random(20);
        for (int round = 0; round < 50; round++) {
            List<Rate> rates = new java.util.ArrayList<>();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                rates.add(new Rate(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(400)),
                        List.of("GEL", "KZT").get(random.nextInt(2)), java.math.BigDecimal.ONE,
                        List.of("CBR", "MANUAL", "ECB-CROSS").get(random.nextInt(3))));
            }
            if (random.nextBoolean()) {
                rates.sort(java.util.Comparator.comparing(Rate::currency).thenComparing(Rate::source)
                        .thenComparing(Rate::date));
            }
            java.util.Map<String, List<RateCoverage.Span>> expected = new java.util.TreeMap<>();
            for (String currency : List.of("GEL", "KZT")) {
                List<RateCoverage.Span> spans = new java.util.ArrayList<>();
                for (String source : List.of("CBR", "ECB-CROSS", "MANUAL")) {
                    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
                    rates.stream().filter(r -> r.currency().equals(currency) && r.source().equals(source))
                            .forEach(r -> days.add(r.date()));
                    LocalDate from = null;
                    LocalDate last = null;
                    int n = 0;
                    for (LocalDate d : days) {
                        if (last != null && d.toEpochDay() - last.toEpochDay() > 2 * RatePolicy.maxAgeDays(source)) {
                            spans.add(new RateCoverage.Span(source, from, last, n));
                            from = null;
                            n = 0;
                        }
                        from = from == null ? d : from;
                        last = d;
                        n++;
                    }
                    if (from != null) {
                        spans.add(new RateCoverage.Span(source, from, last, n));
                    }
                }
                spans.sort(java.util.Comparator.comparing(RateCoverage.Span::from)
                        .thenComparing(RateCoverage.Span::source));
                if (!spans.isEmpty()) {
                    expected.put(currency, spans);
                }
            }
            assertEquals(expected, RateCoverage.spans(rates), "round " + round);
        }
    }
}
