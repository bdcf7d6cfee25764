package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless budget and rates commands on a data folder of their own. */
class BudgetCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
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
                + "\"netHost\":-312.50,\"savingsHost\":2687.50}"), out());

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
}
