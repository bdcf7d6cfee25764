package org.relocationplanner.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.BudgetEngine;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.Frequency;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.RatePolicy;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.TransferChannel;
import org.relocationplanner.io.RatesReader;
import org.relocationplanner.io.ShippedRates;

/**
 * Issue 4's three targets: importing 1,000,000 rate rows (a plain CSV file read and stored in a new database file,
 * in one transaction), looking up a rate for any day once loaded, and 10,000 resampled paths of 120 months.
 * No display needed.
 */
public final class BudgetBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("budget-bench");
        // 1,000,000 rows: 40 currencies × 25,000 days (1958 to 2026), one source
        Path csv = dir.resolve("rates.csv");
        Random random = new Random(3);
        StringBuilder text = new StringBuilder(40_000_000).append("date,currency,rate,source\n");
        LocalDate first = LocalDate.of(2026, 11, 22).minusDays(24_999);
        List<String> codes = java.util.Currency.getAvailableCurrencies().stream().map(java.util.Currency::getCurrencyCode)
                .filter(x -> !x.equals("RUB")).sorted().limit(40).toList();
        for (String code : codes) {
            double r = 10 + random.nextDouble() * 90;
            for (int d = 0; d < 25_000; d++) {
                r *= 1 + (random.nextDouble() - 0.5) / 100;
                text.append(first.plusDays(d)).append(',').append(code).append(',')
                        .append(String.format(Locale.ROOT, "%.4f", r)).append(",BENCH\n");
            }
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        long[] imports = new long[5];
        int rows = 0;
        for (int run = 0; run < imports.length; run++) {
            Path db = dir.resolve("run" + run);
            long t0 = System.nanoTime();
            List<Rate> rates = RatesReader.read(csv);
            long parsed = System.nanoTime();
            try (Database database = Database.open(db.resolve("planner"))) {
                long opened = System.nanoTime();
                rows = new RateRepository(database).save(rates).added();
                System.out.printf(Locale.ROOT, "  run %d: read %.2f s, open %.2f s, store %.2f s%n", run,
                        (parsed - t0) / 1e9, (opened - parsed) / 1e9, (System.nanoTime() - opened) / 1e9);
            }
            imports[run] = System.nanoTime() - t0;
        }
        Arrays.sort(imports);
        System.out.printf(Locale.ROOT, "import %,d rows (read the CSV, store in a new database): median %.2f s, "
                + "min %.2f s, max %.2f s (%d imports)%n", rows, imports[imports.length / 2] / 1e9, imports[0] / 1e9,
                imports[imports.length - 1] / 1e9, imports.length);

        List<Rate> shipped = ShippedRates.read().rates();
        RateHistory h = RatePolicy.history(shipped, false);
        List<String> currencies = new ArrayList<>(h.currencies());
        int n = 10_000_000;
        long[] days = new long[n];
        String[] which = new String[n];
        long base = LocalDate.of(2005, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            days[i] = base + random.nextInt(8000);
            which[i] = currencies.get(random.nextInt(currencies.size()));
        }
        double sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += h.on(which[i], LocalDate.ofEpochDay(days[i])).map(q -> 1).orElse(0);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                double r = h.rate(which[i], days[i]);
                sink += Double.isNaN(r) ? 0 : 1;
            }
            long t2 = System.nanoTime();
            if (round == 2) {
                System.out.printf(Locale.ROOT, "rate lookup, any day (%d currencies, %,d lookups): %.0f ns with its "
                        + "source and date, %.0f ns as a number%n", currencies.size(), n, (t1 - t0) / (double) n,
                        (t2 - t1) / (double) n);
            }
        }

        BudgetEngine engine = new BudgetEngine(h);
        BudgetPlan plan = new BudgetPlan("GEL", YearMonth.of(2026, 11), 120,
                List.of(new IncomeStream("salary", Money.of("150000", "RUB"), Frequency.MONTHLY, YearMonth.of(2026, 11),
                        null, new BigDecimal("6"), "transfer"),
                        new IncomeStream("flat", Money.of("40000", "RUB"), Frequency.MONTHLY, YearMonth.of(2026, 11),
                                null, new BigDecimal("4"), "transfer")),
                List.of(new Expense("rent", Money.of("2600", "GEL"), Frequency.MONTHLY, YearMonth.of(2026, 11), null),
                        new Expense("living", Money.of("2400", "GEL"), Frequency.MONTHLY, YearMonth.of(2026, 11), null),
                        new Expense("visa run", Money.of("400", "USD"), Frequency.YEARLY, YearMonth.of(2026, 11), null)),
                List.of(new Saving("card", Money.of("6000", "GEL")), new Saving("cash", Money.of("3000", "USD"))),
                List.of(new TransferChannel("transfer", new BigDecimal("2.5"), Money.of("300", "RUB"),
                        new BigDecimal("3"), null)));
        long[] sims = new long[7];
        BudgetEngine.RunwayOdds odds = null;
        for (int run = 0; run < sims.length; run++) {
            long t0 = System.nanoTime();
            odds = engine.resample(plan, LocalDate.of(2025, 12, 31), LocalDate.of(2006, 1, 1),
                    LocalDate.of(2023, 11, 1), 10_000, run);
            sims[run] = System.nanoTime() - t0;
        }
        Arrays.sort(sims);
        System.out.printf(Locale.ROOT, "10,000 resampled paths of 120 months: median %.0f ms, min %.0f ms, max %.0f ms "
                + "(runway %d / %d / %d months)%n", sims[3] / 1e6, sims[0] / 1e6, sims[6] / 1e6, odds.p10(),
                odds.p50(), odds.p90());
        System.out.println(sink > 0 ? "" : " ");
    }
}
