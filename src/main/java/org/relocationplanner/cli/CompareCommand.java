package org.relocationplanner.cli;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.RatesService;
import org.relocationplanner.service.CompareData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.relocationplanner.data.Database;
import org.relocationplanner.domain.CountryFacts;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.DestinationFilter;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.RankingReport;

/**
 * {@code relocation-planner compare}: the Compare screen's ranking without a window, from the same data and the same
 * scorer. By default it reads the user's database (the installed dataset, their own values and their weights, as
 * the window shows them); {@code --shipped} uses the data shipped with the app and the default weights without
 * opening the database. Exit code 0, 2 with one line naming what is wrong, 1 when the database cannot be used.
 */
@Command(name = "compare",
        description = "The Compare screen's ranking without a window: the same data and the same scorer.")
final class CompareCommand extends TerminalCommand {

    static final String USAGE = "Usage: relocation-planner compare [--on YYYY-MM-DD] [--passport RU] "
            + "[--weight CRITERION=0..10]... [--format table|json|csv] [--shipped | --data-dir PATH]";

    /** The criteria --weight takes, for the help's last line. */
    static String criteria() {
        return "criteria: " + String.join(", ", java.util.Arrays.stream(Criterion.values())
                .filter(Criterion::isWeighted).map(RankingReport::criterionName).toList());
    }

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "the day to rank on (default today)")
    String on;

    @Option(names = "--passport", paramLabel = "CC", description = "the passport (default: yours, or RU)")
    String passport;

    @Option(names = "--weight", paramLabel = "CRITERION=N", description = "a weight from 0 to 10; repeatable")
    List<String> weightOptions = new java.util.ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "default table")
    String format;

    @Option(names = "--shipped", description = "the shipped data and default weights, without the database")
    boolean shipped;

    @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to read")
    String dataDir;


    CompareCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        LocalDate today = LocalDate.now(terminal.clock());
        java.util.Map<Criterion, Integer> weights = new java.util.EnumMap<>(Criterion.class);
        for (String value : weightOptions) {
            String problem = weight(value, weights);
            if (problem != null) {
                err.println("compare: --weight " + value + ": " + problem);
                return 2;
            }
        }
        if (!List.of("table", "json", "csv").contains(format)) {
            err.println("compare: --format must be table, json or csv, not " + format);
            return 2;
        }
        if (passport != null && !passport.matches("[A-Z]{2}")) {
            err.println("compare: --passport must be a two-letter country code (ISO 3166-1 alpha-2), not " + passport);
            return 2;
        }
        LocalDate day = on == null ? today : Cli.date(on, "compare: --on", err);
        if (day == null || on == null && Cli.outside(day, "compare: --on", err)) {
            return 2;
        }
        if (shipped && dataDir != null) {
            err.println("compare: --shipped does not read a database; leave out --data-dir or --shipped");
            return 2;
        }
        CompareData.Inputs in;
        if (shipped) {
            try {
                Dataset d = DatasetReader.readShipped();
                in = new CompareData.Inputs(d.destinations(), List.of(), Weights.defaults(), "RU", d.info().version(),
                        RankingReport.Data.SHIPPED, org.relocationplanner.domain.RuleBook.of(d), List.of());
            } catch (DatasetFormatException e) {
                err.println("compare: the shipped dataset cannot be read: " + e.getMessage());
                return 1;
            }
        } else {
            DataFolder folder = Cli.folder(dataDir);
            Database db = RatesService.open(folder, err, "compare", terminal.password());
            if (db == null) {
                err.println("compare: add --shipped to rank the shipped data with the default weights instead");
                return 1;
            }
            try (db) {
                in = CompareData.yours(db, folder);
            } catch (DatasetFormatException e) {
                err.println("compare: the shipped dataset cannot be read: " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                err.println(Cli.oneLine("compare: the database " + db.file() + " cannot be read: "
                        + e.getMessage()));
                return 1;
            }
        }
        Weights w = in.weights();
        for (var e : weights.entrySet()) {
            w = w.with(e.getKey(), e.getValue());
        }
        String pass = passport == null ? in.passport() : passport;
        if (!in.rules().knowsPassport(pass)) {
            // no rule for this passport: every stay would be unknown and cost its weight, silently
            err.println("compare: " + (passport == null ? "your passport " : "--passport ") + pass + ": no stay rules "
                    + "are known for this passport (not a passport in the Passport Index listing, nor one with "
                    + "researched rules)");
            return 2;
        }
        // the passports held (the one asked for alone when --passport is given): each destination by the best
        List<String> held = org.relocationplanner.domain.Situation.held(pass, passport != null ? List.of()
                : in.otherPassports().stream().filter(p -> in.rules().knowsPassport(p)).toList());
        List<Ranking.Entry> ranking = Ranking.rank(CountryFacts.of(in.destinations(), in.annotations(), held, day,
                CountryFacts.RuleLookup.of(in.rules())), w, DestinationFilter.NONE);
        RankingReport.Context context = new RankingReport.Context(day, pass, in.datasetVersion(), in.data(), w);
        out.print(switch (format) {
            case "json" -> RankingReport.json(context, ranking) + System.lineSeparator();
            case "csv" -> RankingReport.csv(context, ranking);
            default -> RankingReport.table(context, ranking);
        });
        out.flush();
        return 0;
    }

    /** Reads {@code CRITERION=N} into the map; the reason it cannot, or null. */
    private static String weight(String text, java.util.Map<Criterion, Integer> weights) {
        int eq = text.indexOf('=');
        if (eq < 1) {
            return "write it as CRITERION=N, e.g. handover_risk=10";
        }
        String key = text.substring(0, eq).trim().toUpperCase(Locale.ROOT).replace('-', '_');
        Criterion c;
        try {
            c = Criterion.valueOf(key);
        } catch (IllegalArgumentException e) {
            c = null;
        }
        if (c == null || !c.isWeighted()) {
            return "no weighted criterion is called " + text.substring(0, eq) + "; see compare --help";
        }
        try {
            int n = Integer.parseInt(text.substring(eq + 1).trim());
            if (n < Weights.MIN || n > Weights.MAX) {
                return "a weight is from " + Weights.MIN + " to " + Weights.MAX + ", not " + n;
            }
            weights.put(c, n);
            return null;
        } catch (NumberFormatException e) {
            return "a weight is a whole number from " + Weights.MIN + " to " + Weights.MAX;
        }
    }
}
