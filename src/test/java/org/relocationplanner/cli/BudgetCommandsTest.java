package org.relocationplanner.cli;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.UserData;
import org.relocationplanner.app.Launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless budget and rates commands on a data folder of their own. */
class BudgetCommandsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private String file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }

    @Test
    void importedRatesCountTheLariStoryAndAreImportedOnlyOnce() throws IOException {
        String data = dir.resolve("data").toString();
        String rates = file("rates.csv", "date,currency,rate,source\n2023-06-01,GEL,32,CBR\n");
        assertEquals(0, run("rates", "import", rates, "--data-dir", data), err());
        assertEquals("rates.csv: 1 added, 0 updated, 0 skipped", out());
        assertEquals(0, run("rates", "import", rates, "--data-dir", data));
        assertEquals("rates.csv: 0 added, 0 updated, 1 skipped", out());

        String plan = file("plan.json", """
                {"host": "GEL", "start": "2023-01", "months": 24,
                 "scenario": {"kind": "frozen", "on": "2023-06-01"},
                 "incomes": [{"name": "salary", "amount": "150000", "currency": "RUB", "every": "month"}],
                 "expenses": [{"category": "rent and living", "amount": "5000", "currency": "GEL"}],
                 "savings": [{"name": "account", "amount": "3000", "currency": "GEL"}]}
                """);
        assertEquals(0, run("budget", "--plan", plan, "--data-dir", data), err());
        // 150,000 / 32 = 4,687.50 GEL a month against 5,000: 312.50 short; 3,000 last nine months
        assertTrue(out().startsWith("{\"host\":\"GEL\",\"runsOutIn\":\"2023-10\",\"runwayMonths\":9,"), out());
        assertTrue(out().contains("{\"month\":\"2023-01\",\"rubPerHost\":32.0000,\"incomeRub\":150000.00,"
                + "\"taxRub\":0.00,\"feesRub\":0.00,\"arrivedHost\":4687.50,\"expensesHost\":5000.00,"
                + "\"netHost\":-312.50,\"savingsHost\":2687.50,\"rateDate\":\"2023-06-01\",\"rateSource\":\"CBR\","
                + "\"rateAgeDays\":0,\"stale\":false,\"staleRates\":[]}"), out());

        assertEquals(0, run("rates", "show", "--currency", "GEL", "--from", "2023-05-31", "--to", "2023-06-01",
                "--data-dir", data));
        assertTrue(out().contains("2023-06-01  32  CBR"), out());
    }

    @Test
    void badInputNamesWhereItIsWrongAndWritesNothing() throws IOException {
        String data = dir.resolve("data").toString();
        String bad = file("bad.csv", "date,currency,rate,source\n2023-06-01,GEL,32,CBR\n2023-06-31,GEL,33,CBR\n");
        assertEquals(2, run("rates", "import", bad, "--data-dir", data));
        assertTrue(err().contains("line 3") && err().contains("nothing was imported"), err());
        assertEquals(0, run("rates", "show", "--currency", "GEL", "--from", "2023-06-01", "--to", "2023-06-01",
                "--data-dir", data));
        assertTrue(!out().contains("CBR"), "nothing of the bad file was stored: " + out());

        String plan = file("plan.json", "{\"host\": \"GEL\", \"start\": \"2023-01\", \"incomes\": [{\"amount\": \"x\","
                + " \"currency\": \"RUB\"}]}");
        assertEquals(2, run("budget", "--plan", plan, "--data-dir", data));
        assertEquals("budget: " + plan + ": incomes[0].amount: \"x\" is not a number", err());
        assertEquals(2, run("budget", "--plan", dir.resolve("none.json").toString()));
        assertEquals(2, run("rates", "show", "--currency", "GEL", "--from", "2023-02-30", "--to", "2023-06-01"));
    }

    @Test
    void coverageNamesEachSourcesDaysTheGapsAndTheAddressOfWhatIsMissing() throws Exception {
        String data = dir.resolve("data").toString();
        String rates = file("rates.csv", "date,currency,rate,source\n2026-11-20,GEL,30.5,CBR\n2026-11-21,GEL,30.7,CBR\n");
        assertEquals(0, run("rates", "import", rates, "--data-dir", data), err());
        assertEquals(0, run("rates", "coverage", "--currency", "GEL", "--on", "2026-12-05", "--format", "json",
                "--data-dir", data), err());
        com.fasterxml.jackson.databind.JsonNode gel = org.relocationplanner.io.Json.mapper().readTree(out())
                .get("currencies").get(0);
        assertEquals("GEL", gel.get("currency").asText());
        assertTrue(gel.get("spans").toString().contains("{\"source\":\"CBR\",\"from\":\"2026-11-20\",\"to\":"
                + "\"2026-11-21\",\"quotes\":2}"), gel.toString());
        assertTrue(gel.get("gaps").toString().contains("{\"from\":\"2023-11-30\",\"to\":\"2024-03-01\",\"days\":93}"),
                "the winter between the Armenian series and the market file: " + gel.get("gaps"));
        // fresh for 7 days after the rate of 21 November, missing from the 29th
        assertEquals("2026-11-29", gel.get("missingSince").asText());
        // the period to fetch starts the day after the last stored rate
        assertEquals("2026-11-22", gel.get("missingFrom").asText());
        assertEquals("2026-12-05", gel.get("missingTo").asText());
        assertEquals("https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1=22/11/2026&date_req2=05/12/2026"
                + "&VAL_NM_RQ=R01210", gel.get("cbrAddress").asText());
        assertEquals("period", gel.get("cbrAddressKind").asText());
        assertEquals(0, run("rates", "coverage", "--currency", "GEL", "--on", "2026-12-05", "--data-dir", data),
                err());
        assertTrue(out().contains("  gap              2023-11-30 - 2024-03-01  93 days"), out());
        assertTrue(out().contains("  no rate stored from 2026-11-22 to 2026-12-05; official rates: https://www.cbr.ru/"
                + "scripts/XML_dynamic.asp?date_req1=22/11/2026&date_req2=05/12/2026&VAL_NM_RQ=R01210"), out());
        assertEquals(2, run("rates", "coverage", "--currency", "XYZ", "--data-dir", data));
        assertEquals(2, run("rates", "coverage", "--on", "2026-13-01", "--data-dir", data));
    }

    /**
     * "Prefer my own rates" is one setting for the Budget screen and the budget command: the same data gives the same
     * months in both (the window reads the rates through RatesState, the command through RatesService).
     */
    @Test
    void theCommandLineCountsWithTheRatesTheBudgetScreenUses() throws Exception {
        String data = dir.resolve("data").toString();
        String rates = file("rates.csv", "date,currency,rate,source\n2023-06-01,GEL,32,CBR\n2023-06-01,GEL,30,MANUAL\n");
        assertEquals(0, run("rates", "import", rates, "--data-dir", data), err());
        String plan = file("plan.json", """
                {"host": "GEL", "start": "2023-06", "months": 2,
                 "scenario": {"kind": "frozen", "on": "2023-06-01"},
                 "incomes": [{"name": "salary", "amount": "150000", "currency": "RUB", "every": "month"}],
                 "savings": [{"name": "account", "amount": "3000", "currency": "GEL"}]}
                """);
        for (boolean prefer : new boolean[] {false, true}) {
            DataFolder folder = new DataFolder(dir.resolve("data"));
            org.relocationplanner.domain.RateHistory window;
            try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                    folder.databaseBase())) {
                UserData store = new UserData(new org.relocationplanner.data.SettingsRepository(db),
                        new org.relocationplanner.data.AnnotationRepository(db, java.time.Clock.systemUTC()),
                        new org.relocationplanner.data.RecordRepository(db), folder);
                store.savePreferManualRates(prefer);
                org.relocationplanner.ui.common.RatesState state = new org.relocationplanner.ui.common.RatesState(store,
                        org.relocationplanner.ui.common.TaskExecutor.direct(), store.preferManualRates());
                state.load(e -> {
                    throw new AssertionError(e);
                });
                window = state.historyProperty().get();
            }
            org.relocationplanner.io.PlanJson.Document doc = org.relocationplanner.io.PlanJson.read(Path.of(plan));
            String fromWindow = org.relocationplanner.io.BudgetReport.json("GEL",
                    new org.relocationplanner.domain.BudgetEngine(window).run(doc.plan(), doc.scenario()), null);
            assertEquals(0, run("budget", "--plan", plan, "--data-dir", data), err());
            assertEquals(fromWindow, out(), "prefer my own rates: " + prefer);
            assertTrue(out().contains(prefer ? "\"rubPerHost\":30.0000" : "\"rubPerHost\":32.0000"), out());
        }
    }

    /**
     * Issue 15: a rate stored before the doors checked (the ECB file with one date changed to 9999-12-31) made every
     * later command run out of memory. Now it is set aside once (said on stderr), the command answers with the
     * rest of the series, and {@code rates set-aside} writes the row out as it was stored.
     */
    @Test
    void aPoisonedRateStoredEarlierIsSetAsideSaidOnceAndCanBeWrittenOut() throws Exception {
        Path data = dir.resolve("poisoned");
        try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                new org.relocationplanner.service.DataFolder(data).databaseBase())) {
            java.util.TreeMap<java.time.LocalDate, java.math.BigDecimal> days = new java.util.TreeMap<>();
            days.put(java.time.LocalDate.of(2024, 7, 25), new java.math.BigDecimal("33.5")); // in a gap of the shipped
            days.put(java.time.LocalDate.of(9999, 12, 31), new java.math.BigDecimal("33"));
            org.relocationplanner.data.PoisonedRates.store(db, "GEL", "X", days);
        }
        assertEquals(0, run("rates", "show", "--currency", "GEL", "--from", "2024-07-24", "--to", "2024-07-26",
                "--data-dir", data.toString()), err());
        assertTrue(err().contains("1 stored rate outside the dates and values the app accepts (1900-01-01 to "
                + "2100-12-31) was set aside"), err());
        assertTrue(out().contains("2024-07-25  33.5  X"), "the plausible day of the series stays: " + out());

        assertEquals(0, run("rates", "show", "--currency", "GEL", "--from", "2024-06-01", "--to", "2024-06-05",
                "--data-dir", data.toString()), err());
        assertEquals("", err(), "said once");

        assertEquals(0, run("rates", "set-aside", "--data-dir", data.toString()), err());
        assertEquals("date,currency,rate,source\n9999-12-31,GEL,33,X", out());
        Path file = dir.resolve("aside.csv");
        assertEquals(0, run("rates", "set-aside", "--out", file.toString(), "--data-dir", data.toString()), err());
        assertEquals("date,currency,rate,source\n9999-12-31,GEL,33,X\n", Files.readString(file));
        assertTrue(err().contains("1 rate set aside, written to"), err());
    }

    /**
     * Issue 15: a dynamic file of a currency whose ID an earlier daily file taught (the Bank of Russia's MNT is not
     * one of the built-in IDs) imports: the IDs are read from the database opened read-only, before anything is
     * written. A daily file that maps a built-in ID to another currency is refused.
     */
    @Test
    void aDynamicFileUsesTheIdsADailyFileTaughtAndABuiltInIdCannotBeRemapped() throws Exception {
        String data = dir.resolve("learnt").toString();
        String daily = file("daily.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs Date=\"01.04.2025\" "
                + "name=\"Foreign Currency Market\"><Valute ID=\"R01503\"><CharCode>MNT</CharCode><Nominal>100</Nominal>"
                + "<Value>2,4560</Value></Valute></ValCurs>\n");
        assertEquals(0, run("rates", "import", daily, "--data-dir", data), err());
        String dynamic = file("dynamic.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs ID=\"R01503\" "
                + "DateRange1=\"02.04.2025\" DateRange2=\"02.04.2025\" name=\"Foreign Currency Market Dynamic\">"
                + "<Record Date=\"02.04.2025\" Id=\"R01503\"><Nominal>100</Nominal><Value>2,4600</Value></Record>"
                + "</ValCurs>\n");
        assertEquals(0, run("rates", "import", dynamic, "--data-dir", data), err());
        assertEquals("dynamic.xml: 1 added, 0 updated, 0 skipped", out());

        String remap = file("remap.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs Date=\"01.04.2025\" "
                + "name=\"Foreign Currency Market\"><Valute ID=\"R01239\"><CharCode>USD</CharCode><Nominal>1</Nominal>"
                + "<Value>90,5</Value></Valute></ValCurs>\n");
        assertEquals(2, run("rates", "import", remap, "--data-dir", data));
        assertTrue(err().contains("the CBR currency ID \"R01239\" is EUR, not USD"), err());
    }

    /** Issue 15: a refused import writes nothing, not even the currency IDs the refused file named. */
    @Test
    void aRefusedDailyFileLeavesItsIdsUnstored() throws Exception {
        String data = dir.resolve("ids").toString();
        String bad = file("daily.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs Date=\"01.04.2025\" "
                + "name=\"Foreign Currency Market\"><Valute ID=\"R09991\"><CharCode>XAU</CharCode><Nominal>1</Nominal>"
                + "<Value>" + "9".repeat(200) + "</Value></Valute></ValCurs>\n");
        assertEquals(2, run("rates", "import", bad, "--data-dir", data));
        assertTrue(err().startsWith("rates import: "), err());
        try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                new org.relocationplanner.service.DataFolder(Path.of(data)).databaseBase())) {
            assertTrue(new org.relocationplanner.data.RateRepository(db).cbrIds().isEmpty(), "no ID was kept");
        }
    }
}
