package org.relocationplanner.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.RatePolicy;
import org.relocationplanner.io.ShippedRates;

/**
 * The shipped rate history against figures from the banks' own series and the market file's check figures, as
 * recorded when the data was gathered (../shared/data/SOURCES.md of this project, copied into
 * src/dataset/rates/SOURCES.md): no rate frozen over a crisis, no gap bridged without saying so.
 */
class ShippedRatesCheckFiguresTest {

    private static RateHistory history;

    @BeforeAll
    static void read() {
        history = RatePolicy.history(ShippedRates.read().rates(), false);
    }

    private static double on(String currency, String day) {
        return history.on(currency, LocalDate.parse(day)).orElseThrow().rubPerUnit().doubleValue();
    }

    /**
     * 3 October 2022: the ECB's reference rates of that day (18.124 lira and 37.181 baht per euro, eurofxref-hist.csv)
     * crossed with the Central Bank of Armenia's 56.028 rubles per euro: about 3.09 rubles per lira and 1.50 per baht,
     * not the ECB's last ruble rate of 1 March 2022 (117.201 per euro) carried forward: 7.54 and 3.21.
     */
    @Test
    void theLiraAndTheBahtOfOctober2022AreTheTwoBanksCrossedNotARateFrozenSinceMarch() {
        assertEquals(3.09, on("TRY", "2022-10-03"), 0.03);
        assertEquals(1.50, on("THB", "2022-10-03"), 0.02);
        RateHistory.Quote lira = history.on("TRY", LocalDate.parse("2022-10-03")).orElseThrow();
        assertEquals("ECB-CBA-CROSS", lira.source());
        assertEquals(LocalDate.parse("2022-10-03"), lira.quotedOn());
        for (String c : List.of("TRY", "THB", "ILS", "CZK", "MYR", "IDR", "MXN")) {
            assertFalse(history.on(c, LocalDate.parse("2022-10-03")).orElseThrow().stale(), c + " is fresh");
        }
        // the shekel the same way: 56.028209 / 3.498 shekels per euro (ECB, 3 October 2022) = 16.017
        assertEquals(16.017, on("ILS", "2022-10-03"), 0.001);
    }

    /** The Central Bank of Armenia cross series' check figure: rubles per lari averaged 32.0 in June 2023. */
    @Test
    void theLariAveragedThirtyTwoRublesInJune2023() {
        double sum = 0;
        int n = 0;
        for (LocalDate d = LocalDate.parse("2023-06-01"); d.getMonthValue() == 6; d = d.plusDays(1)) {
            RateHistory.Quote q = history.on("GEL", d).orElseThrow();
            if (q.quotedOn().equals(d)) {
                sum += q.rubPerUnit().doubleValue();
                n++;
            }
        }
        assertEquals(32.0, sum / n, 0.1);
    }

    /**
     * The market file's check figure (package version 2026.9.29 of @fawazahmed0/currency-api): 84.508 rubles per dollar
     * on 29 September 2026, labelled as a market rate, not the Bank of Russia's.
     */
    @Test
    void theHistoryReachesTheTwentyNinthOfSeptember2026() {
        RateHistory.Quote usd = history.on("USD", LocalDate.parse("2026-09-29")).orElseThrow();
        assertEquals(0, new BigDecimal("84.508466").compareTo(usd.rubPerUnit()));
        assertEquals("MARKET-SNAPSHOT", usd.source());
        assertEquals(LocalDate.parse("2026-09-29"), history.newest("USD").orElseThrow());
    }

    /** Between the Armenian series' end (22 November 2023) and the first market rate (2 March 2024) nothing is known. */
    @Test
    void theWinterOf2023IsAGapTheHistorySays() {
        RateHistory.Quote q = history.on("GEL", LocalDate.parse("2024-01-15")).orElseThrow();
        assertEquals(LocalDate.parse("2023-11-22"), q.quotedOn());
        assertTrue(q.stale());
        assertFalse(history.fresh("GEL", LocalDate.parse("2024-01-15").toEpochDay()));
        assertTrue(history.fresh("GEL", LocalDate.parse("2024-03-02").toEpochDay()));
    }
}
