package org.relocationplanner.app;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.CountryFacts;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.DestinationFilter;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.UserAnnotation;
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
final class CompareCommand {

    static final String USAGE = "Usage: relocation-planner compare [--on YYYY-MM-DD] [--passport RU] "
            + "[--weight CRITERION=0..10]... [--format table|json|csv] [--shipped | --data-dir PATH]";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CompareCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, LocalDate today) {
        String on = null;
        String passport = null;
        String format = "table";
        String dataDir = null;
        boolean shipped = false;
        java.util.Map<Criterion, Integer> weights = new java.util.EnumMap<>(Criterion.class);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--help") || name.equals("-h")) {
                out.println(USAGE);
                out.println("  criteria: " + String.join(", ", java.util.Arrays.stream(Criterion.values())
                        .filter(Criterion::isWeighted).map(RankingReport::criterionName).toList()));
                return 0;
            }
            if (a.equals("--shipped")) {
                shipped = true;
                continue;
            }
            String value;
            if (!name.equals(a)) {
                value = a.substring(name.length() + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                err.println("compare: " + (a.startsWith("--") ? a + " needs a value" : "unexpected " + a) + ". "
                        + USAGE);
                return 2;
            }
            switch (name) {
                case "--on" -> on = value;
                case "--passport" -> passport = value;
                case "--format" -> format = value;
                case "--data-dir" -> dataDir = value;
                case "--weight" -> {
                    String problem = weight(value, weights);
                    if (problem != null) {
                        err.println("compare: --weight " + value + ": " + problem);
                        return 2;
                    }
                }
                default -> {
                    err.println("compare: unknown option " + a + ". " + USAGE);
                    return 2;
                }
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
        LocalDate day = today;
        if (on != null) {
            try {
                day = LocalDate.parse(on, ISO);
            } catch (DateTimeParseException e) {
                err.println("compare: --on: not a date in the form YYYY-MM-DD: " + on);
                return 2;
            }
        }
        if (shipped && dataDir != null) {
            err.println("compare: --shipped does not read a database; leave out --data-dir or --shipped");
            return 2;
        }
        Inputs in;
        if (shipped) {
            try {
                Dataset d = DatasetReader.readShipped();
                in = new Inputs(d.destinations(), List.of(), Weights.defaults(), "RU", d.info().version(),
                        RankingReport.Data.SHIPPED);
            } catch (DatasetFormatException e) {
                err.println("compare: the shipped dataset cannot be read: " + e.getMessage());
                return 1;
            }
        } else {
            DataFolder folder = Launcher.defaultFolder(dataDir);
            Database db = RateSupply.open(folder, err, "compare");
            if (db == null) {
                err.println("compare: add --shipped to rank the shipped data with the default weights instead");
                return 1;
            }
            try (db) {
                in = yours(db, folder);
            } catch (DatasetFormatException e) {
                err.println("compare: the shipped dataset cannot be read: " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                err.println(StaysCommand.oneLine("compare: the database " + db.file() + " cannot be read: "
                        + e.getMessage()));
                return 1;
            }
        }
        Weights w = in.weights();
        for (var e : weights.entrySet()) {
            w = w.with(e.getKey(), e.getValue());
        }
        String pass = passport == null ? in.passport() : passport;
        java.util.Set<String> known = new java.util.TreeSet<>();
        in.destinations().forEach(d -> d.rules().forEach(r -> known.add(r.passport())));
        if (!known.contains(pass)) {
            // no rule for this passport: every stay would be unknown and cost its weight, silently
            err.println("compare: the data has no stay rules for the " + pass + " passport (only " + String.join(", ",
                    known) + ")");
            return 2;
        }
        List<Ranking.Entry> ranking = Ranking.rank(CountryFacts.of(in.destinations(), in.annotations(), pass, day), w,
                DestinationFilter.NONE);
        RankingReport.Context context = new RankingReport.Context(day, pass, in.datasetVersion(), in.data(), w);
        out.print(switch (format) {
            case "json" -> RankingReport.json(context, ranking) + System.lineSeparator();
            case "csv" -> RankingReport.csv(context, ranking);
            default -> RankingReport.table(context, ranking);
        });
        out.flush();
        return 0;
    }

    /** What is ranked: destinations, the user's own values, weights and passport, and where they came from. */
    private record Inputs(List<Destination> destinations, List<UserAnnotation> annotations, Weights weights,
                          String passport, int datasetVersion, RankingReport.Data data) {
    }

    /** The user's data as the window reads it, with the shipped dataset installed first when it is newer. */
    private static Inputs yours(Database db, DataFolder folder) throws DatasetFormatException {
        DestinationRepository destinations = new DestinationRepository(db);
        ShippedData.installIfNewer(destinations, DatasetReader.readShipped());
        AnnotationRepository annotations = new AnnotationRepository(db, java.time.Clock.systemDefaultZone());
        UserDataStore store = new UserDataStore(new SettingsRepository(db), annotations, new RecordRepository(db),
                folder);
        return new Inputs(destinations.destinations(), annotations.all(), store.weights(), store.passport(),
                destinations.installedDataset().orElseThrow().version(), RankingReport.Data.YOURS);
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
