package org.relocationplanner.fuzz;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.relocationplanner.domain.Plausible;
import org.relocationplanner.domain.RatePolicy;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.io.RatesFormatException;
import org.relocationplanner.io.RatesReader;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.io.TripCsvException;

/**
 * Issue 15: whatever a file holds, a reader gives an answer or refuses with its line and field, never another
 * exception; what it answers is inside the ranges the app keeps. Mutations of valid files and random text, with
 * a fixed seed per property and a bounded number of tries, so a run is repeatable.
 */
class ReadersPropertyTest {

    private static final String VALID_TRIPS = "country,entry,exit,note\nGE,2022-10-01,2023-01-15,\"first, long\"\n"
            + "AM,2023-01-16,,\n";
    private static final String VALID_RATES = "date,currency,rate,source\n2024-01-01,GEL,33.5,CBR\n"
            + "2024-01-02,GEL,33.7,CBR\n";

    /** A valid file with one character replaced, inserted or deleted, or a line repeated. */
    private static Arbitrary<String> mutated(String valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length() - 1);
        Arbitrary<Character> c = Arbitraries.of('"', ',', '\n', '\r', '-', '+', '9', '0', 'e', ' ', '\u0000', '\uFEFF',
                'Z', '.', '\u00e9');
        return Combinators.combine(at, c, Arbitraries.integers().between(0, 3)).as((i, ch, kind) -> switch (kind) {
            case 0 -> valid.substring(0, i) + ch + valid.substring(i + 1);
            case 1 -> valid.substring(0, i) + ch + valid.substring(i);
            case 2 -> valid.substring(0, i) + valid.substring(i + 1);
            default -> valid + valid.substring(valid.indexOf('\n') + 1).repeat(3);
        });
    }

    @Provide
    Arbitrary<String> trips() {
        return Arbitraries.oneOf(mutated(VALID_TRIPS), Arbitraries.strings().ofMaxLength(200));
    }

    private static final String VALID_ECB = "Date,USD,RUB,TRY,\n2022-03-01,1.1,117.201,15.4,\n"
            + "2022-02-28,1.12,98.5,15.6,\n";
    private static final String VALID_CBR_DAILY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ValCurs Date=\"01.04.2025\" "
            + "name=\"Foreign Currency Market\"><Valute ID=\"R01235\"><NumCode>840</NumCode><CharCode>USD</CharCode>"
            + "<Nominal>1</Nominal><Value>84,0305</Value></Valute></ValCurs>\n";
    private static final String VALID_CBR_DYNAMIC = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ValCurs ID=\"R01239\" "
            + "DateRange1=\"01.03.2026\" DateRange2=\"03.03.2026\" name=\"Foreign Currency Market Dynamic\">"
            + "<Record Date=\"03.03.2026\" Id=\"R01239\"><Nominal>1</Nominal><Value>91,2345</Value></Record></ValCurs>\n";

    /** Every rates format: the plain CSV, the ECB's, the Bank of Russia's daily and dynamic XML, and noise. */
    @Provide
    Arbitrary<String> rates() {
        return Arbitraries.oneOf(mutated(VALID_RATES), mutated(VALID_ECB), mutated(VALID_CBR_DAILY),
                mutated(VALID_CBR_DYNAMIC), Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 400, seed = "20261205")
    void aTripsFileIsReadOrRefusedWithItsLineNeverAnotherException(@ForAll("trips") String text) throws Exception {
        try {
            for (Trip t : TripCsv.read(new StringReader(text))) {
                if (!Plausible.day(t.entry()) || t.exit() != null && !Plausible.day(t.exit())) {
                    throw new AssertionError("a day outside the range was read: " + t);
                }
            }
        } catch (TripCsvException e) {
            if (e.line() < 1) {
                throw new AssertionError("a refusal without its line: " + e.getMessage());
            }
        }
    }

    @Property(tries = 1000, seed = "20261205")
    void aRatesFileIsReadOrRefusedNeverAnotherException(@ForAll("rates") String text) {
        try {
            RatesReader.read(text.getBytes(StandardCharsets.UTF_8)).forEach(r -> {
                if (!Plausible.day(r.date()) || !Plausible.rate(r.rubPerUnit())) {
                    throw new AssertionError("a rate outside the range was read: " + r);
                }
            });
        } catch (RatesFormatException e) {
            // refused with its line and field: what the command and the window say
        }
    }

    @Property(tries = 200, seed = "20261205")
    void aPlanIsReadOrRefusedWithItsPath(@ForAll @StringLength(max = 120) String amount,
                                         @ForAll @StringLength(max = 12) String month) {
        String json = "{\"host\":\"GEL\",\"start\":\"" + month.replace("\"", "") + "\",\"incomes\":[{\"name\":\"s\","
                + "\"amount\":\"" + amount.replace("\"", "").replace("\\", "") + "\",\"currency\":\"RUB\"}]}";
        try {
            PlanJson.read(json);
        } catch (PlanJson.PlanFormatException e) {
            // refused with its path
        }
    }

    /** Any trips the reader accepts, on any day the app counts with, give the stay engine an answer. */
    @Property(tries = 100, seed = "20261205")
    void theStayEngineAnswersForAnyTripsInRange(@ForAll("trips") String text,
                                                @ForAll("days") LocalDate on) throws Exception {
        List<Trip> trips;
        try {
            trips = TripCsv.read(new StringReader(text));
        } catch (TripCsvException e) {
            return;
        }
        new StayEngine(BOOK).statuses(trips, "RU", on);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(Plausible.FIRST_DAY.toEpochDay(), Plausible.LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static final RuleBook BOOK;

    static {
        try {
            BOOK = RuleBook.of(DatasetReader.readShipped());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The rate history defends itself: stored rates of any day or size never make it allocate by their span. */
    @Property(tries = 100, seed = "20261205")
    void theRateHistoryTakesAnyStoredRatesAndLeavesOutTheImpossible(@ForAll("anyDays") LocalDate day) {
        var h = RatePolicy.history(List.of(new org.relocationplanner.domain.Rate(day, "GEL",
                        java.math.BigDecimal.TEN, "X"),
                new org.relocationplanner.domain.Rate(LocalDate.of(2024, 1, 1), "GEL", java.math.BigDecimal.ONE, "X")),
                false);
        if (h.leftOut() != (Plausible.day(day) ? 0 : 1)) {
            throw new AssertionError("left out " + h.leftOut() + " for " + day);
        }
    }

    @Provide
    Arbitrary<LocalDate> anyDays() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
