package org.relocationplanner.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.domain.BudgetEngine;
import org.relocationplanner.domain.BudgetResult;
import org.relocationplanner.domain.MissingRateException;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.io.BudgetReport;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.io.RatesFormatException;
import org.relocationplanner.io.RatesReader;

/**
 * The headless budget and rate commands:
 * <pre>
 * relocation-planner budget --plan plan.json [--format json|table] [--data-dir PATH]
 * relocation-planner rates import FILE [--data-dir PATH]
 * relocation-planner rates show --currency GEL --from 2022-06-01 --to 2023-06-30 [--format json|table]
 * relocation-planner rates coverage [--currency GEL] [--on YYYY-MM-DD] [--format json|table]
 * </pre>
 * Exit code 0; 2 with one line naming what is wrong in the input; 1 when the database cannot be used.
 */
final class BudgetCommands {

    static final String BUDGET_USAGE = "Usage: relocation-planner budget --plan FILE [--format json|table]";
    static final String RATES_USAGE = "Usage: relocation-planner rates import FILE | rates show --currency XXX "
            + "--from YYYY-MM-DD --to YYYY-MM-DD [--format json|table] | rates coverage [--currency XXX] "
            + "[--on YYYY-MM-DD] [--format json|table]";

    private BudgetCommands() {
    }

    /** Options as name → value; a positional argument under its position ("0", "1"). */
    private static Map<String, String> options(List<String> args, PrintStream err, String usage) {
        Map<String, String> o = new LinkedHashMap<>();
        int positional = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    o.put(a.substring(0, eq), a.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    o.put(a, args.get(++i));
                } else {
                    err.println(a + " needs a value. " + usage);
                    return null;
                }
            } else {
                o.put(String.valueOf(positional++), a);
            }
        }
        return o;
    }

    static int budget(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> o = options(args, err, BUDGET_USAGE);
        if (o == null) {
            return 2;
        }
        String plan = o.remove("--plan");
        String format = o.getOrDefault("--format", "json");
        o.remove("--format");
        String dataDir = o.remove("--data-dir");
        if (plan == null || !o.isEmpty()) {
            err.println("budget: " + (plan == null ? "--plan is required" : "unknown option " + o.keySet()
                    .iterator().next()) + ". " + BUDGET_USAGE);
            return 2;
        }
        if (!format.equals("json") && !format.equals("table")) {
            err.println("budget: --format must be json or table, not " + format);
            return 2;
        }
        PlanJson.Document doc;
        try {
            doc = PlanJson.read(Path.of(plan));
        } catch (NoSuchFileException e) {
            err.println("budget: " + plan + ": no such file");
            return 2;
        } catch (PlanJson.PlanFormatException e) {
            err.println(StaysCommand.oneLine("budget: " + plan + ": " + e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println(StaysCommand.oneLine("budget: " + plan + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        RateHistory history = history(dataDir, err, "budget");
        BudgetEngine engine = new BudgetEngine(history);
        try {
            BudgetResult r = engine.run(doc.plan(), doc.scenario());
            BudgetEngine.RunwayOdds odds = doc.resample() == null ? null : engine.resample(doc.plan(),
                    doc.resample().from(), doc.resample().historyFrom(), doc.resample().historyTo(),
                    doc.resample().paths(), doc.resample().seed());
            String host = doc.plan().hostCurrency();
            out.print(format.equals("json") ? BudgetReport.json(host, r, odds) + System.lineSeparator()
                    : BudgetReport.table(host, r, odds));
            out.flush();
            return 0;
        } catch (MissingRateException e) {
            err.println("budget: " + plan + ": " + e.getMessage() + "; import rates for it first");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(StaysCommand.oneLine("budget: " + plan + ": " + e.getMessage()));
            return 2;
        }
    }

    private static RateHistory history(String dataDir, PrintStream err, String command) {
        Database db = RateSupply.open(Launcher.defaultFolder(dataDir), err, command);
        if (db == null) {
            err.println(command + ": using the rates shipped with the app only");
            return RateSupply.shipped();
        }
        try (db) {
            return RateSupply.history(db);
        }
    }

    static int rates(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(RATES_USAGE);
            return 2;
        }
        Map<String, String> o = options(args.subList(1, args.size()), err, RATES_USAGE);
        if (o == null) {
            return 2;
        }
        String dataDir = o.remove("--data-dir");
        switch (args.get(0)) {
            case "import" -> {
                String file = o.remove("0");
                if (file == null || !o.isEmpty()) {
                    err.println("rates import: " + (file == null ? "a FILE is required" : "unknown option "
                            + o.keySet().iterator().next()) + ". " + RATES_USAGE);
                    return 2;
                }
                return importFile(Path.of(file), dataDir, out, err);
            }
            case "show" -> {
                return show(o, dataDir, out, err);
            }
            case "coverage" -> {
                return coverage(o, dataDir, out, err);
            }
            default -> {
                err.println("rates: unknown subcommand " + args.get(0) + ". " + RATES_USAGE);
                return 2;
            }
        }
    }

    private static int importFile(Path file, String dataDir, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("rates import: " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(StaysCommand.oneLine("rates import: " + file + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        Database db = RateSupply.open(Launcher.defaultFolder(dataDir), err, "rates import");
        if (db == null) {
            return 1;
        }
        try (db) {
            RateRepository repo = new RateRepository(db);
            List<Rate> rates;
            try {
                if (RatesReader.detect(bytes) == RatesReader.Format.CBR_DAILY_XML) {
                    repo.rememberCbrIds(RatesReader.cbrIds(bytes));
                }
                rates = RatesReader.read(bytes, repo.cbrIds());
            } catch (RatesFormatException e) {
                err.println(StaysCommand.oneLine("rates import: " + file + ": " + e.getMessage()
                        + "; nothing was imported"));
                return 2;
            }
            RateRepository.ImportResult r = repo.save(rates);
            out.printf(Locale.ROOT, "%s: %d added, %d updated, %d skipped%n", file.getFileName(), r.added(),
                    r.updated(), r.skipped());
            return 0;
        }
    }

    private static int show(Map<String, String> o, String dataDir, PrintStream out, PrintStream err) {
        String currency = o.remove("--currency");
        String from = o.remove("--from");
        String to = o.remove("--to");
        String format = o.getOrDefault("--format", "table");
        o.remove("--format");
        if (currency == null || from == null || to == null || !o.isEmpty()) {
            err.println("rates show: " + (o.isEmpty() ? "--currency, --from and --to are required"
                    : "unknown option " + o.keySet().iterator().next()) + ". " + RATES_USAGE);
            return 2;
        }
        if (!currency.matches("[A-Z]{3}")) {
            err.println("rates show: --currency: \"" + currency + "\" is not an ISO 4217 code such as GEL");
            return 2;
        }
        LocalDate a;
        LocalDate b;
        try {
            a = LocalDate.parse(from);
            b = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            err.println("rates show: --from and --to must be dates in the form YYYY-MM-DD: " + e.getParsedString());
            return 2;
        }
        if (b.isBefore(a)) {
            err.println("rates show: --to " + b + " is before --from " + a);
            return 2;
        }
        RateHistory h = history(dataDir, err, "rates show");
        List<Rate> quotes = h.quotes(currency, a, b);
        if (format.equals("json")) {
            com.fasterxml.jackson.databind.node.ArrayNode list = org.relocationplanner.io.Json.mapper()
                    .createArrayNode();
            for (Rate r : quotes) {
                list.addObject().put("date", r.date().toString()).put("currency", r.currency())
                        .put("rubPerUnit", r.rubPerUnit()).put("source", r.source());
            }
            out.println(list.toString());
        } else {
            out.printf(Locale.ROOT, "RUB per 1 %s, %s to %s: %d quotes%n", currency, a, b, quotes.size());
            for (Rate r : quotes) {
                out.printf(Locale.ROOT, "%s  %s  %s%n", r.date(), r.rubPerUnit().toPlainString(), r.source());
            }
        }
        return 0;
    }

    /**
     * Which source covers which days of each currency, the days without a fresh rate, and for a currency whose rate
     * is not fresh on the day asked, the Bank of Russia's address of the official rates missing.
     */
    private static int coverage(Map<String, String> o, String dataDir, PrintStream out, PrintStream err) {
        String currency = o.remove("--currency");
        String on = o.remove("--on");
        String format = o.getOrDefault("--format", "table");
        o.remove("--format");
        if (!o.isEmpty() || !format.equals("json") && !format.equals("table")) {
            err.println("rates coverage: " + (o.isEmpty() ? "--format must be json or table, not " + format
                    : "unknown option " + o.keySet().iterator().next()) + ". " + RATES_USAGE);
            return 2;
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            err.println("rates coverage: --currency: \"" + currency + "\" is not an ISO 4217 code such as GEL");
            return 2;
        }
        LocalDate day;
        try {
            day = on == null ? LocalDate.now() : LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            err.println("rates coverage: --on must be a date in the form YYYY-MM-DD: " + on);
            return 2;
        }
        List<Rate> rates;
        boolean preferManual = false;
        Map<String, String> learnt = Map.of();
        Database db = RateSupply.open(Launcher.defaultFolder(dataDir), err, "rates coverage");
        if (db == null) {
            err.println("rates coverage: using the rates shipped with the app only");
            rates = org.relocationplanner.io.ShippedRates.read().rates();
        } else {
            try (db) {
                RateSupply.installShipped(db);
                RateRepository repo = new RateRepository(db);
                rates = repo.all();
                learnt = repo.cbrIds();
                preferManual = UserDataStore.preferManualRates(new org.relocationplanner.data.SettingsRepository(db));
            }
        }
        RateHistory h = org.relocationplanner.domain.RatePolicy.history(rates, preferManual);
        List<org.relocationplanner.domain.RateCoverage.Of> all = org.relocationplanner.domain.RateCoverage.of(
                org.relocationplanner.domain.RateCoverage.spans(rates), h, day);
        if (currency != null) {
            all = all.stream().filter(c -> c.currency().equals(currency)).toList();
            if (all.isEmpty()) {
                err.println("rates coverage: no rate of " + currency + " is stored");
                return 2;
            }
        }
        out.print(format.equals("json") ? org.relocationplanner.io.CoverageReport.json(day, all, learnt)
                + System.lineSeparator() : org.relocationplanner.io.CoverageReport.table(day, all, learnt));
        out.flush();
        return 0;
    }
}
