package org.relocationplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.service.RuleBookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.relocationplanner.io.StaysReport;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.io.TripCsvException;

/**
 * {@code relocation-planner stays --trips FILE --on DATE [--passport RU] [--format json|table] [--data-dir PATH]}:
 * where the trips in a CSV file leave the user on a date, by area, without a window. The rules are those installed
 * in the data folder's database when there is one (the shipped dataset, or a newer one from a signed data pack),
 * else the shipped ones. Exit code 0, or 2 with one line naming what is wrong.
 */
@Command(name = "stays",
        description = "Where the trips in a CSV file leave you on a date, by area: days used, days left, the latest "
                + "legal exit and when you may come back.")
final class StaysCommand extends TerminalCommand {

    static final String USAGE =
            "Usage: relocation-planner stays --trips FILE --on YYYY-MM-DD [--passport RU] [--format json|table]";

    @Option(names = "--trips", required = true, paramLabel = "FILE",
            description = "CSV with the header country,entry,exit,note (ISO codes, dates YYYY-MM-DD; an empty "
                    + "exit: still there)")
    String trips;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "the day to count on")
    String on;

    @Option(names = "--passport", defaultValue = "RU", paramLabel = "CC",
            description = "the passport's country (ISO 3166-1 alpha-2), default ${DEFAULT-VALUE}")
    String passport;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|table", description = "default json")
    String format;

    @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder whose installed rules count")
    String dataDir;

    StaysCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        if (!format.equals("json") && !format.equals("table")) {
            err.println("stays: --format must be json or table, not " + format);
            return 2;
        }
        if (!passport.matches("[A-Z]{2}")) {
            err.println("stays: --passport must be a two-letter country code (ISO 3166-1 alpha-2), not " + passport);
            return 2;
        }
        LocalDate day = Cli.date(on, "stays: --on", err);
        if (day == null) {
            return 2;
        }
        List<Trip> list;
        try {
            list = TripCsv.read(Path.of(trips));
        } catch (NoSuchFileException e) {
            err.println("stays: " + trips + ": no such file");
            return 2;
        } catch (TripCsvException e) {
            err.println(Cli.oneLine("stays: " + trips + ": " + e.getMessage()));
            return 2;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("stays: " + trips + ": not UTF-8 text");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(Cli.oneLine("stays: " + trips + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        RuleBook book;
        try {
            book = RuleBookService.forCommand(Cli.folder(dataDir), err, "stays", terminal.password()).book();
        } catch (DatasetFormatException e) {
            err.println("stays: the shipped dataset cannot be read: " + e.getMessage());
            return 1;
        }
        if (!book.knowsPassport(passport)) {
            // no rule anywhere for it: every area would say "no rule known", which reads like an answer
            err.println("stays: --passport " + passport + ": no stay rules are known for this passport (not a "
                    + "passport in the Passport Index listing, nor one with researched rules)");
            return 2;
        }
        List<AreaStatus> areas = new StayEngine(book).statuses(list, passport, day);
        out.print(format.equals("json") ? StaysReport.json(day, passport, areas) + System.lineSeparator()
                : StaysReport.table(day, passport, areas));
        out.flush();
        return 0;
    }
}
