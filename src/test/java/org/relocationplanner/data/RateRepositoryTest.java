package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.RatePolicy;
import org.relocationplanner.io.ShippedRates;

class RateRepositoryTest {

    private final Database db = TempDatabase.create();
    private final RateRepository repository = new RateRepository(db);

    @AfterEach
    void close() {
        db.close();
    }

    private static Rate rate(String day, String currency, String value, String source) {
        return new Rate(LocalDate.parse(day), currency, new BigDecimal(value), source);
    }

    @Test
    void importingTheSameRowsAgainChangesNothingAndAChangedRateIsAnUpdate() {
        List<Rate> file = List.of(rate("2023-06-01", "GEL", "31.05", "CBR"), rate("2023-06-02", "GEL", "31.2", "CBR"));
        assertEquals(new RateRepository.ImportResult(2, 0, 0), repository.save(file));
        assertEquals(new RateRepository.ImportResult(0, 0, 2), repository.save(file));
        assertEquals(new RateRepository.ImportResult(1, 1, 1), repository.save(List.of(
                rate("2023-06-01", "GEL", "31.050", "CBR"), rate("2023-06-02", "GEL", "31.3", "CBR"),
                rate("2023-06-02", "GEL", "30.9", "MANUAL"))));
        assertEquals(3, repository.all().size(), "the user's own rate is kept beside the official one");
    }

    @Test
    void aFailingImportLeavesNothingBehind() {
        repository.save(List.of(rate("2023-06-01", "GEL", "31.05", "CBR")));
        String tooLong = "S".repeat(41);
        assertThrows(RuntimeException.class, () -> repository.save(List.of(rate("2023-06-02", "GEL", "31.2", "CBR"),
                rate("2023-06-03", "GEL", "31.3", tooLong))));
        assertEquals(1, repository.all().size());
    }

    @Test
    void theShippedHistoryInstallsWithItsVersionAndAnswersTheFieldsCheckFigures() {
        ShippedRates.History shipped = ShippedRates.read();
        RateRepository.ImportResult r = repository.installShipped(shipped.rates(), shipped.version());
        assertEquals(shipped.rates().size(), r.added());
        assertEquals(Optional.of(shipped.version()), repository.shippedVersion());
        RateHistory h = RatePolicy.history(repository.all(), false);
        // SOURCES.md check figure: RUB per GEL low of 17.80 on 29 June 2022 (Central Bank of Armenia cross rates)
        RateHistory.Quote q = h.on("GEL", LocalDate.of(2022, 6, 29)).orElseThrow();
        assertEquals("CBA-CROSS", q.source());
        assertEquals(17.8, q.rubPerUnit().doubleValue(), 0.05);
        // ECB: 117.201 RUB per EUR on 1 March 2022, the last day it quoted the ruble
        assertEquals(0, new BigDecimal("117.201").compareTo(h.on("EUR", LocalDate.of(2022, 3, 1)).orElseThrow()
                .rubPerUnit()));
        assertTrue(h.newest("RSD").orElseThrow().isAfter(LocalDate.of(2025, 1, 1)), "market snapshots reach 2025");
    }

    /**
     * A series whose stored days are out of order or repeated (a damaged file, a forged backup: the app writes
     * them in order) is still read in order, each day once, the last one written winning (issue 20 reads ordered
     * series straight into the list).
     */
    @Test
    void aSeriesStoredOutOfOrderIsReadInOrderEachDayOnce() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 13 * 3);
        b.putInt(3);
        for (long[] d : new long[][] {{19500, 3105}, {19400, 3000}, {19500, 3110}}) {
            b.putInt((int) d[0]).put((byte) 2).putLong(d[1]);
        }
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO rate_series (currency, source, days, data) "
                + "VALUES ('GEL', 'CBR', 3, :d)").bind("d", b.array()).execute());
        repository.save(List.of(rate("2023-06-01", "KZT", "0.2", "CBR"), rate("2023-06-02", "KZT", "0.21", "CBR")));
        assertEquals(List.of(rate("2023-02-12", "GEL", "30.00", "CBR"), rate("2023-05-23", "GEL", "31.10", "CBR"),
                rate("2023-06-01", "KZT", "0.2", "CBR"), rate("2023-06-02", "KZT", "0.21", "CBR")),
                repository.all());
    }

    /**
     * A new series given in order is packed as it comes (issue 20); out of order or with a day twice it is merged
     * day by day as before: the counts and the stored days are the same either way.
     */
    @Test
    void aNewSeriesOutOfOrderOrWithADayTwiceIsCountedAndStoredAsBefore() {
        assertEquals(new RateRepository.ImportResult(2, 1, 1), repository.save(List.of(
                rate("2023-06-02", "GEL", "31.10", "CBR"), rate("2023-06-01", "GEL", "31.0", "CBR"),
                rate("2023-06-02", "GEL", "31.2", "CBR"), rate("2023-06-01", "GEL", "31.00", "CBR"))));
        assertEquals(new RateRepository.ImportResult(3, 0, 0), repository.save(List.of(
                rate("2023-06-01", "AMD", "0.2300", "CBR"), rate("2023-06-02", "AMD", "0.231", "CBR"),
                rate("2023-06-05", "AMD", "0.232", "CBR"))));
        assertEquals(List.of(rate("2023-06-01", "AMD", "0.23", "CBR"), rate("2023-06-02", "AMD", "0.231", "CBR"),
                rate("2023-06-05", "AMD", "0.232", "CBR"), rate("2023-06-01", "GEL", "31", "CBR"),
                rate("2023-06-02", "GEL", "31.2", "CBR")), repository.all());
    }
}
