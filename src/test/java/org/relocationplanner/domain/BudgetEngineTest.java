package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets counted by hand: the lari story of the field, channels, scenarios and the resampled runway. */
class BudgetEngineTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * GEL at 18 rubles through 2022, then 32 (the story: 18 when one user entered Georgia, 32 a year later), quoted on
     * the first of every month by a monthly source, so that no month is stale.
     */
    private static RateHistory lari() {
        List<Rate> rates = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            rates.add(new Rate(d("2022-01-01").plusMonths(m), "GEL", new BigDecimal(m < 12 ? "18" : "32"), "TEST"));
        }
        rates.add(new Rate(d("2023-12-31"), "GEL", new BigDecimal("32"), "TEST"));
        return RatePolicy.history(rates, false);
    }

    private static BudgetPlan plan(int months, String savingsGel, List<TransferChannel> channels, String channel) {
        return new BudgetPlan("GEL", YearMonth.of(2022, 1), months,
                List.of(new IncomeStream("salary", Money.of("150000", "RUB"), Frequency.MONTHLY, YearMonth.of(2022, 1),
                        null, BigDecimal.ZERO, channel)),
                List.of(new Expense("rent and living", Money.of("5000", "GEL"), Frequency.MONTHLY,
                        YearMonth.of(2022, 1), null)),
                List.of(new Saving("account", Money.of(savingsGel, "GEL"))), channels);
    }

    @Test
    void theLariStoryASurplusAt18RublesTurnsIntoADeficitAt32() {
        BudgetResult r = new BudgetEngine(lari()).run(plan(240, "3000", List.of(), ""),
                new Scenario.Replay(d("2022-01-01")));
        // at 18: 150,000 / 18 = 8,333.33 GEL arrive, 3,333.33 over the 5,000 spent
        assertEquals(new BigDecimal("3333.33"), r.months().get(11).netHost());
        // at 32: 150,000 / 32 = 4,687.50 GEL arrive, 312.50 short
        assertEquals(new BigDecimal("4687.50"), r.months().get(12).arrivedHost());
        assertEquals(new BigDecimal("-312.50"), r.months().get(12).netHost());
        // savings after 2022: 3,000 + 12 × 3,333.33 = 43,000; 137 short months leave 187.50, the 138th cannot be met
        assertEquals(new BigDecimal("43000.00"), r.months().get(11).savingsHost());
        assertEquals(YearMonth.of(2022, 1).plusMonths(12 + 137), r.runsOutIn());
        assertEquals(YearMonth.of(2034, 6), r.runsOutIn());
    }

    @Test
    void atThirtyTwoFromTheStartThreeThousandLariLastNineMonths() {
        BudgetResult r = new BudgetEngine(lari()).run(plan(36, "3000", List.of(), ""),
                new Scenario.Frozen(d("2023-06-01")));
        // 3,000 - 9 × 312.50 = 187.50 after nine months; the tenth month (October 2022) cannot be met
        assertEquals(new BigDecimal("187.50"), r.months().get(8).savingsHost());
        assertEquals(YearMonth.of(2022, 10), r.runsOutIn());
        assertEquals(9, r.runwayMonths());
    }

    @Test
    void aChannelTakesItsFeesAndAWorseRateAndKeepsCount() {
        TransferChannel ch = new TransferChannel("service", new BigDecimal("2"), Money.of("500", "RUB"),
                new BigDecimal("1"), null);
        BudgetResult r = new BudgetEngine(lari()).run(plan(1, "0", List.of(ch), "service"),
                new Scenario.Frozen(d("2023-06-01")));
        // 150,000 - 2 % (3,000) - 500 = 146,500 at 32 × 1.01 = 32.32: 4,532.80 GEL; 4,950.50 RUB lost
        BudgetMonth m = r.months().get(0);
        assertEquals(new BigDecimal("4532.80"), m.arrivedHost());
        assertEquals(new BigDecimal("4950.50"), m.feesRub());
        assertEquals(new BigDecimal("4950.50"), r.feesByChannel().get("service"));
    }

    @Test
    void aMonthlyLimitLeavesTheRestInRubles() {
        TransferChannel ch = new TransferChannel("card", BigDecimal.ZERO, null, BigDecimal.ZERO,
                Money.of("100000", "RUB"));
        BudgetResult r = new BudgetEngine(lari()).run(plan(1, "0", List.of(ch), "card"),
                new Scenario.Frozen(d("2023-06-01")));
        // 100,000 move (3,125 GEL), 50,000 stay in rubles (1,562.50 GEL): 3,125 - 5,000 is covered from them
        BudgetMonth m = r.months().get(0);
        assertEquals(new BigDecimal("3125.00"), m.arrivedHost());
        assertEquals(new BigDecimal("-312.50"), m.savingsHost()); // 1,562.50 - 1,875 short
        assertEquals(YearMonth.of(2022, 1), r.runsOutIn());
    }

    @Test
    void trendAndShockMoveTheRateAsStated() {
        RateHistory h = lari();
        Scenario.Trend trend = new Scenario.Trend(d("2023-06-01"), new BigDecimal("20"));
        // the ruble losing 20 % a year: a year on, 32 / 0.8 = 40 rubles per lari
        assertEquals(0, new BigDecimal("40").compareTo(trend.rate(h, "GEL", d("2024-01-01"), 12)));
        // 18 → 32 over 365 days: the ruble kept 18/32 = 56.25 % of its value, a loss of 43.75 % in 365 days, or
        // 1 - 0.5625^(365.25/365) = 43.77 % in a year of 365.25 days
        assertEquals(new BigDecimal("43.77"), Scenario.Trend.lossPerYear(h, "GEL", d("2022-06-01"),
                d("2023-06-01")).setScale(2));
        Scenario.Shock shock = new Scenario.Shock(d("2023-06-01"), d("2024-03-01"), new BigDecimal("20"));
        assertEquals(0, new BigDecimal("32").compareTo(shock.rate(h, "GEL", d("2024-01-01"), 1)));
        assertEquals(0, new BigDecimal("40").compareTo(shock.rate(h, "GEL", d("2024-01-01"), 2)));
    }

    @Test
    void aCurrencyWithoutRatesIsNamed() {
        BudgetPlan p = plan(3, "0", List.of(), "").withHost("AMD");
        MissingRateException e = assertThrows(MissingRateException.class,
                () -> new BudgetEngine(lari()).run(p, new Scenario.Frozen(d("2023-06-01"))));
        assertEquals("AMD", e.currency());
    }

    @Test
    void resampledPathsOfAFlatHistoryGiveTheFrozenRunwayAndAFallingRubleShortensIt() {
        BudgetEngine engine = new BudgetEngine(lari());
        BudgetEngine.RunwayOdds flat = engine.resample(plan(36, "3000", List.of(), ""), d("2023-06-01"),
                d("2023-01-01"), d("2023-12-01"), 1000, 1);
        assertEquals(new BudgetEngine.RunwayOdds(1000, 36, 9, 9, 9, 11, 0), flat);
        // drawing from 2022 (flat at 18, then the jump in January 2023): some paths jump 78 %, some do not
        BudgetEngine.RunwayOdds mixed = engine.resample(plan(36, "3000", List.of(), ""), d("2022-06-01"),
                d("2022-01-01"), d("2023-06-01"), 2000, 7);
        assertTrue(mixed.p10() < mixed.p90(), mixed.toString());
        assertEquals(36, mixed.p90(), "at 18 the money never runs out");
    }

    @Test
    void savingsInOtherCurrenciesCoverAShortfallAtTheMonthsRate() {
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 1), 2, List.of(),
                List.of(new Expense("rent", Money.of("1000", "GEL"), Frequency.ONCE, YearMonth.of(2023, 1), null)),
                List.of(new Saving("cash", Money.of("64000", "RUB"))), List.of());
        BudgetResult r = new BudgetEngine(lari()).run(p, new Scenario.Frozen(d("2023-06-01")));
        // 64,000 RUB = 2,000 GEL at 32; 1,000 paid from them, 1,000 GEL worth left
        assertEquals(new BigDecimal("1000.00"), r.months().get(0).savingsHost());
        assertEquals(new BigDecimal("0.00"), r.months().get(1).netHost());
        assertNull(r.runsOutIn());
    }

    @Test
    void aMonthlyLimitIsSharedByEverythingTheChannelMoves() {
        TransferChannel card = new TransferChannel("card", BigDecimal.ZERO, null, BigDecimal.ZERO,
                Money.of("100000", "RUB"));
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 1), 1, List.of(
                new IncomeStream("a", Money.of("80000", "RUB"), Frequency.MONTHLY, YearMonth.of(2023, 1), null,
                        BigDecimal.ZERO, "card"),
                new IncomeStream("b", Money.of("80000", "RUB"), Frequency.MONTHLY, YearMonth.of(2023, 1), null,
                        BigDecimal.ZERO, "card")), List.of(), List.of(), List.of(card));
        BudgetMonth m = new BudgetEngine(lari()).run(p, new Scenario.Frozen(d("2023-06-01"))).months().get(0);
        // 100,000 of the 160,000 move (3,125 GEL at 32); 60,000 stay in rubles (1,875 GEL worth)
        assertEquals(new BigDecimal("3125.00"), m.arrivedHost());
        assertEquals(new BigDecimal("5000.00"), m.savingsHost());
    }

    @Test
    void rublesSavedAtHomeCoverAShortfallThroughAChannelWithItsFee() {
        TransferChannel ch = new TransferChannel("service", new BigDecimal("2"), null, BigDecimal.ZERO, null);
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 1), 1, List.of(),
                List.of(new Expense("rent", Money.of("1000", "GEL"), Frequency.ONCE, YearMonth.of(2023, 1), null)),
                List.of(new Saving("card", Money.of("64000", "RUB"))), List.of(ch));
        BudgetResult r = new BudgetEngine(lari()).run(p, new Scenario.Frozen(d("2023-06-01")));
        // 1,000 GEL need 32,000 / 0.98 = 32,653.06 RUB; 31,346.94 RUB are left, 979.59 GEL worth
        assertEquals(new BigDecimal("979.59"), r.months().get(0).savingsHost());
        assertEquals(new BigDecimal("653.06"), r.feesByChannel().get("service"));
        assertNull(r.runsOutIn());
        // the resampled count agrees with the exact one on a flat history
        assertEquals(new BudgetEngine.RunwayOdds(10, 1, 1, 1, 1, 11, 0), new BudgetEngine(lari()).resample(p,
                d("2023-06-01"), d("2023-01-01"), d("2023-12-01"), 10, 1));
    }

    /** A daily source that stops: a month counted more than 7 days after its last quote says so, and how old it is. */
    @Test
    void aMonthCountedFromARateOlderThanItsSourceIsPublishedIsMarkedStale() {
        List<Rate> rates = new ArrayList<>();
        for (LocalDate day = d("2023-01-01"); !day.isAfter(d("2023-03-10")); day = day.plusDays(1)) {
            rates.add(new Rate(day, "GEL", new BigDecimal("32"), "CBR"));
        }
        BudgetPlan base = plan(6, "100000", List.of(), "");
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 1), 6, base.incomes(), base.expenses(), base.savings(),
                base.channels());
        BudgetResult r = new BudgetEngine(RatePolicy.history(rates, false)).run(p, new Scenario.Replay(d("2023-01-01")));
        assertTrue(!r.months().get(2).stale(), "1 March: quoted that day");
        RateHistory.Quote april = r.months().get(3).hostQuote();
        assertEquals(d("2023-03-10"), april.quotedOn());
        assertEquals(22, april.ageDays());
        assertTrue(r.months().get(3).stale(), "1 April: 22 days after the last daily quote");
        assertEquals(List.of("GEL"), r.months().get(3).staleQuotes().stream().map(RateHistory.Quote::currency)
                .toList());
        assertEquals(3, r.staleMonths(), "April, May and June");
        // "as today": the rate of 10 March 2023, 66 days later, is stale
        RateHistory.Quote today = new BudgetEngine(RatePolicy.history(rates, false)).run(p,
                new Scenario.Frozen(d("2023-05-15"))).months().get(0).hostQuote();
        assertEquals(66, today.ageDays());
        assertTrue(today.stale());
    }

    /** A gap in the history would be months of no change that never happened: the resampling leaves them out. */
    @Test
    void theResamplingDrawsOnlyFromMonthsWithFreshRates() {
        List<Rate> rates = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            if (m < 6 || m > 9) { // nothing from July to October 2022
                rates.add(new Rate(d("2022-01-01").plusMonths(m), "GEL", new BigDecimal(18 + m), "TEST"));
            }
        }
        BudgetEngine.RunwayOdds o = new BudgetEngine(RatePolicy.history(rates, false)).resample(
                plan(12, "3000", List.of(), ""), d("2023-06-01"), d("2022-01-01"), d("2023-12-01"), 100, 3);
        // 23 months from January 2022; 1 July is 30 days after the June quote (within a monthly source's 35), but
        // 1 August, September and October are not: the four months that start or end on one of them are left out
        assertEquals(23, o.months() + o.skipped());
        assertEquals(4, o.skipped(), o.toString());
    }

    /** A fresh host rate does not hide a stale rate of the savings' currency: the month is marked and named. */
    @Test
    void aStaleRateOfTheSavingsCurrencyMarksTheMonthThoughTheHostsIsFresh() {
        List<Rate> rates = new ArrayList<>();
        for (LocalDate day = d("2023-01-01"); !day.isAfter(d("2023-06-30")); day = day.plusDays(1)) {
            rates.add(new Rate(day, "GEL", new BigDecimal("32"), "CBR"));
        }
        rates.add(new Rate(d("2023-01-10"), "USD", new BigDecimal("70"), "CBR"));
        BudgetPlan base = plan(3, "100", List.of(), "");
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 3), 3, base.incomes(), base.expenses(),
                List.of(new Saving("dollars", Money.of("1000", "USD"))), base.channels());
        BudgetResult r = new BudgetEngine(RatePolicy.history(rates, false)).run(p, new Scenario.Frozen(d("2023-03-01")));
        assertFalse(r.months().get(0).hostQuote().stale(), "the lari of 1 March is fresh");
        assertEquals(List.of("USD"), r.months().get(0).staleQuotes().stream().map(RateHistory.Quote::currency)
                .toList());
        assertEquals(d("2023-01-10"), r.months().get(0).staleQuotes().get(0).quotedOn());
        assertEquals(3, r.staleMonths());
    }

    /** Trend and shock count from the rate of their first day, and a stale one is marked in every month. */
    @Test
    void trendAndShockFromAStaleRateAreMarked() {
        List<Rate> rates = List.of(new Rate(d("2023-01-02"), "GEL", new BigDecimal("32"), "CBR"));
        BudgetEngine engine = new BudgetEngine(RatePolicy.history(rates, false));
        BudgetPlan base = plan(3, "100000", List.of(), "");
        BudgetPlan p = new BudgetPlan("GEL", YearMonth.of(2023, 2), 3, base.incomes(), base.expenses(), base.savings(),
                base.channels());
        assertEquals(3, engine.run(p, new Scenario.Trend(d("2023-02-01"), new BigDecimal("20"))).staleMonths());
        assertEquals(3, engine.run(p, new Scenario.Shock(d("2023-02-01"), d("2023-03-01"), new BigDecimal("20")))
                .staleMonths());
        assertEquals(0, engine.run(p, new Scenario.Trend(d("2023-01-05"), new BigDecimal("20"))).staleMonths(),
                "3 days after the quote");
    }
}
