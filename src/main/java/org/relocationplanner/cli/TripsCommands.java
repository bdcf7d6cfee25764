package org.relocationplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.history.ProposedTrip;
import org.relocationplanner.io.Csv;
import org.relocationplanner.io.HistoryFormatException;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.service.HistoryImport;
import org.relocationplanner.service.HistoryNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relocation-planner trips from-history PATH... [--from DATE] [--to DATE]}. */
@Command(name = "trips", description = "Trips from your own records.", subcommands = TripsCommands.FromHistory.class)
final class TripsCommands extends TerminalCommand {

    static final String USAGE = "Usage: relocation-planner trips from-history PATH... [--from YYYY-MM-DD] "
            + "[--to YYYY-MM-DD]";

    TripsCommands(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() {
        terminal.err().println(USAGE);
        return 2;
    }

    /**
     * Reads location histories, GPX tracks and photo folders in place and prints the trips they suggest as the
     * trips CSV (country,entry,exit,note), each note saying where it came from and how sure it is; a summary of
     * what was read and left out goes to standard error. Nothing is stored. Exit code 0, or 2 with one line for a
     * file it cannot read.
     */
    @Command(name = "from-history", description = "Propose trips from Google location history (Records.json, "
            + "Semantic Location History, the phone's Timeline export), GPX tracks and photo folders, read in place. "
            + "Prints the trips CSV; nothing is stored.")
    static final class FromHistory extends TerminalCommand {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
        List<String> paths = new ArrayList<>();
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "the first day to propose trips on")
        String from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last day to propose trips on")
        String to;

        FromHistory(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            PrintStream err = terminal.err();
            LocalDate first = from == null ? null : Cli.date(from, "trips from-history: --from", err);
            LocalDate last = to == null ? null : Cli.date(to, "trips from-history: --to", err);
            if (from != null && first == null || to != null && last == null) {
                return 2;
            }
            if (first != null && last != null && last.isBefore(first)) {
                err.println("trips from-history: --to " + last + " is before --from " + first);
                return 2;
            }
            HistoryImport.Result result;
            try {
                result = new HistoryImport().propose(paths.stream().map(Path::of).toList(), first, last,
                        LocalDate.now(terminal.clock()), (fraction, file) -> { }, () -> false);
            } catch (NoSuchFileException e) {
                err.println("trips from-history: " + e.getFile() + ": no such file or folder");
                return 2;
            } catch (HistoryFormatException e) {
                err.println(Cli.oneLine("trips from-history: " + e.file() + ": " + e.getMessage()));
                return 2;
            } catch (IOException | RuntimeException e) {
                err.println(Cli.oneLine("trips from-history: cannot be read: " + e.getMessage()));
                return 2;
            }
            HistoryNotes.Wording english = HistoryNotes.english();
            List<Trip> trips = new ArrayList<>();
            for (ProposedTrip p : result.trips()) {
                trips.add(new Trip(p.country(), p.entry(), p.exit(), HistoryNotes.note(p, english))); // exit empty: still there
            }
            StringWriter csv = new StringWriter();
            try {
                TripCsv.write(trips, csv);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            String text = csv.toString();
            terminal.out().print(!text.isEmpty() && text.charAt(0) == Csv.BOM ? text.substring(1) : text);
            terminal.out().flush();
            err.println(Cli.oneLine("trips from-history: " + HistoryNotes.summary(result.summary(), trips.size(), english,
                    code -> code)));
            return 0;
        }
    }
}
