package org.relocationplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.domain.BudgetElsewhere;
import org.relocationplanner.domain.BudgetEngine;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.Scenario;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.DataSafety;
import org.relocationplanner.service.RatesService;
import org.relocationplanner.service.Session;

/**
 * Issue 14's two timings, below the window: unlocking a password-protected data folder (the key derived from the
 * password, the database opened and everything the screens are built from read) and the first opening of Budget
 * (the rate history read from the database and built, the plan counted, 2,000 resampled paths, the plan in every
 * destination). The seeded story of the screenshot tour is the data. Each is run in a fresh JVM for the first
 * figure, then repeated.
 */
public final class SessionBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("session-bench");
        DataFolder folder = new DataFolder(dir);
        ScreenshotTour.seed(folder);
        Clock clock = Clock.systemDefaultZone();
        char[] password = "a long passphrase for the bench".toCharArray();
        try (Database db = Database.open(folder.databaseBase())) {
            new DataSafety(folder, clock).convert(db, null, DatabaseKey.create(password.clone()), null).db().close();
        }
        int runs = 5;
        long[] unlock = new long[runs];
        long[] budget = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            DatabaseKey key = DatabaseKey.forDatabase(folder.databaseBase(), password.clone());
            Session.Opened opened = Session.openAndRead(folder, clock, key);
            unlock[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            RateHistory h = new RatesService(opened.db()).history();
            PlanJson.Document plan = PlanJson.read(opened.snapshot().plan());
            BudgetEngine engine = new BudgetEngine(h);
            LocalDate today = LocalDate.now(clock);
            engine.run(plan.plan(), new Scenario.Frozen(today));
            LocalDate end = h.newest(plan.plan().hostCurrency()).orElseThrow();
            engine.resample(plan.plan(), today, end.minusYears(10), end, 2000, 1L);
            BudgetElsewhere.compare(engine, h, plan.plan(), opened.snapshot().destinations(), null, today);
            budget[i] = System.nanoTime() - t1;
            opened.db().close();
            System.out.printf(Locale.ROOT, "  run %d: unlock %.0f ms, first Budget %.0f ms%n", i, unlock[i] / 1e6,
                    budget[i] / 1e6);
        }
        System.out.printf(Locale.ROOT, "unlock (key, open, read): first %.0f ms, median %.0f ms%n", unlock[0] / 1e6,
                median(unlock) / 1e6);
        System.out.printf(Locale.ROOT, "first Budget (rates, plan, 2,000 paths, every destination): first %.0f ms, "
                + "median %.0f ms%n", budget[0] / 1e6, median(budget) / 1e6);
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
