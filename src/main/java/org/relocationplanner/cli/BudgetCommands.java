package org.relocationplanner.cli;

import org.relocationplanner.service.RatesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relocationplanner.data.Database;
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
 * relocation-planner rates set-aside [--out FILE]
 * </pre>
 * Exit code 0; 2 with one line naming what is wrong in the input; 1 when the database cannot be used.
 */
final class BudgetCommands {

    static final String BUDGET_USAGE = "Usage: relocation-planner budget --plan FILE [--format json|table]";
    static final String RATES_USAGE = "Usage: relocation-planner rates import FILE | rates show --currency XXX "
            + "--from YYYY-MM-DD --to YYYY-MM-DD [--format json|table] | rates coverage [--currency XXX] "
            + "[--on YYYY-MM-DD] [--format json|table] | rates set-aside [--out FILE]";

    private BudgetCommands() {
    }

    /** {@code budget --plan FILE [--format json|table] [--data-dir PATH]}. */
    @Command(name = "budget", description = "How long income and savings last: the month "
            + "the savings run out and the plan month by month, from a plan file (JSON).")
    static final class Budget extends TerminalCommand {
        @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the plan (JSON, see README)")
        String plan;
        @Option(names = "--format", defaultValue = "json", paramLabel = "json|table", description = "default json")
        String format;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder whose rates count")
        String dataDir;

        Budget(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return budget(plan, format, dataDir, terminal);
        }
    }

    /** {@code rates import|show|coverage}. */
    @Command(name = "rates", description = "The stored exchange-rate history: import a file, show a period, "
            + "see which source covers which days.", subcommands = {RatesImport.class, RatesShow.class,
            RatesCoverage.class, RatesSetAside.class})
    static final class Rates extends TerminalCommand {

        Rates(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            terminal.err().println(RATES_USAGE);
            return 2;
        }
    }

    @Command(name = "import", description = "Import a Bank of Russia XML file, the ECB's eurofxref-hist.csv or a "
            + "CSV date,currency,rate,source: all or nothing.")
    static final class RatesImport extends TerminalCommand {
        @Parameters(paramLabel = "FILE", description = "the rates file")
        String file;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to store them in")
        String dataDir;

        RatesImport(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return importFile(Path.of(file), dataDir, terminal);
        }
    }

    @Command(name = "show", description = "The quotes of one currency over a period.")
    static final class RatesShow extends TerminalCommand {
        @Option(names = "--currency", required = true, paramLabel = "XXX", description = "ISO 4217 code, e.g. GEL")
        String currency;
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day")
        String from;
        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day")
        String to;
        @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "default table")
        String format;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to read")
        String dataDir;

        RatesShow(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return show(currency, from, to, format, dataDir, terminal);
        }
    }

    @Command(name = "coverage", description = "Per currency: which source covers which days, the days without a "
            + "fresh rate, and the Bank of Russia address of a recent missing period.")
    static final class RatesCoverage extends TerminalCommand {
        @Option(names = "--currency", paramLabel = "XXX", description = "one currency (default: all)")
        String currency;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "count up to this day (default today)")
        String on;
        @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "default table")
        String format;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to read")
        String dataDir;

        RatesCoverage(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return coverage(currency, on, format, dataDir, terminal);
        }
    }

    @Command(name = "set-aside", description = "The stored rates an earlier version let in outside the dates and "
            + "values the app accepts, set aside and never counted: as CSV date,currency,rate,source.")
    static final class RatesSetAside extends TerminalCommand {
        @Option(names = "--out", paramLabel = "FILE", description = "write them to this file (default: print)")
        String outFile;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to read")
        String dataDir;

        RatesSetAside(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return setAside(outFile, dataDir, terminal);
        }
    }

    private static int setAside(String outFile, String dataDir, Terminal terminal) {
        PrintStream err = terminal.err();
        Database db = RatesService.open(Cli.folder(dataDir), err, "rates set-aside", terminal.password());
        if (db == null) {
            return 1;
        }
        List<org.relocationplanner.data.RateRepository.SetAside> rows;
        try (db) {
            sayIfSetAside(RatesService.setAsideImplausible(db), "rates set-aside", err);
            rows = RatesService.setAside(db);
        }
        try {
            if (outFile == null) {
                java.io.StringWriter text = new java.io.StringWriter();
                RatesService.writeSetAside(rows, text);
                terminal.out().print(text);
                terminal.out().flush();
            } else {
                org.relocationplanner.io.AtomicFile.write(Path.of(outFile), w -> RatesService.writeSetAside(rows, w));
            }
        } catch (IOException e) {
            err.println(Cli.oneLine("rates set-aside: " + outFile + ": cannot be written: " + e.getMessage()));
            return 1;
        }
        err.println("rates set-aside: " + rows.size() + (rows.size() == 1 ? " rate" : " rates") + " set aside"
                + (outFile == null ? "" : ", written to " + outFile));
        return 0;
    }

    static int budget(String plan, String format, String dataDir, Terminal terminal) {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
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
            err.println(Cli.oneLine("budget: " + plan + ": " + e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println(Cli.oneLine("budget: " + plan + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        RateHistory history = history(dataDir, terminal, "budget");
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
            err.println(Cli.oneLine("budget: " + plan + ": " + e.getMessage()));
            return 2;
        }
    }

    /** Says, once, how many stored rates were just set aside as outside the ranges the app keeps. */
    private static void sayIfSetAside(int moved, String command, PrintStream err) {
        if (moved > 0) {
            err.println(command + ": " + moved + (moved == 1 ? " stored rate" : " stored rates") + " outside the dates "
                    + "and values the app accepts (" + org.relocationplanner.domain.Plausible.days() + ") "
                    + (moved == 1 ? "was" : "were") + " set aside and not counted; `relocation-planner rates "
                    + "set-aside --out FILE` writes them out");
        }
    }

    private static RateHistory history(String dataDir, Terminal terminal, String command) {
        PrintStream err = terminal.err();
        Database db = RatesService.open(Cli.folder(dataDir), err, command, terminal.password());
        if (db == null) {
            err.println(command + ": using the rates shipped with the app only");
            return RatesService.shipped();
        }
        RateHistory h;
        try (db) {
            sayIfSetAside(RatesService.setAsideImplausible(db), command, err);
            h = RatesService.history(db);
        }
        if (h.leftOut() > 0) {
            err.println(command + ": " + h.leftOut() + " stored rates outside the dates and values the app accepts ("
                    + org.relocationplanner.domain.Plausible.days() + ") were left out");
        }
        return h;
    }

    /** The stored IDs a dynamic file needs could not be read; the reason is printed. */
    private static final class IdsUnreadable extends RuntimeException {
        IdsUnreadable() {
            super(null, null, false, false);
        }
    }

    private static int importFile(Path file, String dataDir, Terminal terminal) {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        byte[] bytes;
        try {
            bytes = RatesReader.bytes(file);
        } catch (RatesFormatException e) {
            err.println(Cli.oneLine("rates import: " + file + ": " + e.getMessage()
                    + "; nothing was imported"));
            return 2;
        } catch (NoSuchFileException e) {
            err.println("rates import: " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(Cli.oneLine("rates import: " + file + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        // the whole file is read and checked first: a refused file never opens the database for writing
        char[][] asked = new char[1][];
        java.util.function.Supplier<char[]> password = () -> {
            if (asked[0] == null) {
                char[] pw = terminal.password().get();
                asked[0] = pw == null ? new char[0] : pw;
            }
            return asked[0].clone();
        };
        RatesReader.Parsed parsed;
        Database db;
        try {
            try {
                parsed = RatesService.check(bytes, () -> {
                    Map<String, String> ids = RatesService.storedIds(Cli.folder(dataDir), err, "rates import",
                            password);
                    if (ids == null) {
                        throw new IdsUnreadable();
                    }
                    return ids;
                });
            } catch (RatesFormatException e) {
                err.println(Cli.oneLine("rates import: " + file + ": " + e.getMessage() + "; nothing was imported"));
                return 2;
            } catch (IdsUnreadable e) {
                return 1; // the reason is printed
            }
            db = RatesService.open(Cli.folder(dataDir), err, "rates import", password);
        } finally {
            if (asked[0] != null) {
                java.util.Arrays.fill(asked[0], '\0');
            }
        }
        if (db == null) {
            return 1;
        }
        try (db) {
            RatesService.Imported r = new RatesService(db).store(parsed);
            out.printf(Locale.ROOT, "%s: %d added, %d updated, %d skipped%n", file.getFileName(), r.added(),
                    r.updated(), r.skipped());
            return 0;
        }
    }

    private static int show(String currency, String from, String to, String format, String dataDir,
                            Terminal terminal) {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        if (!format.equals("json") && !format.equals("table")) {
            err.println("rates show: --format must be json or table, not " + format);
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
        if (Cli.outside(a, "rates show: --from", err) || Cli.outside(b, "rates show: --to", err)) {
            return 2;
        }
        if (b.isBefore(a)) {
            err.println("rates show: --to " + b + " is before --from " + a);
            return 2;
        }
        RateHistory h = history(dataDir, terminal, "rates show");
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
    private static int coverage(String currency, String on, String format, String dataDir, Terminal terminal) {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        if (!format.equals("json") && !format.equals("table")) {
            err.println("rates coverage: --format must be json or table, not " + format);
            return 2;
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            err.println("rates coverage: --currency: \"" + currency + "\" is not an ISO 4217 code such as GEL");
            return 2;
        }
        LocalDate day;
        try {
            day = on == null ? LocalDate.now(terminal.clock()) : LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            err.println("rates coverage: --on must be a date in the form YYYY-MM-DD: " + on);
            return 2;
        }
        if (Cli.outside(day, "rates coverage: --on", err)) {
            return 2;
        }
        RatesService.Coverage coverage;
        Database db = RatesService.open(Cli.folder(dataDir), err, "rates coverage", terminal.password());
        if (db == null) {
            err.println("rates coverage: using the rates shipped with the app only");
            coverage = RatesService.shippedCoverage(day);
        } else {
            try (db) {
                sayIfSetAside(RatesService.setAsideImplausible(db), "rates coverage", err);
                coverage = RatesService.coverage(db, day);
            }
        }
        List<org.relocationplanner.domain.RateCoverage.Of> all = coverage.currencies();
        Map<String, String> learnt = coverage.learntIds();
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
