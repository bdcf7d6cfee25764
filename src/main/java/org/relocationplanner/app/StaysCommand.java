package org.relocationplanner.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.StaysReport;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.io.TripCsvException;

/**
 * {@code relocation-planner stays --trips FILE --on DATE [--passport RU] [--format json|table]}: where the trips in
 * a CSV file leave the user on a date, by area, without a window or a database. Exit code 0, or 2 with one line
 * naming what is wrong.
 */
final class StaysCommand {

    static final String USAGE =
            "Usage: relocation-planner stays --trips FILE --on YYYY-MM-DD [--passport RU] [--format json|table]";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StaysCommand() {
    }

    /** Keeps an error to one line, whatever a quoted field in the file held. */
    static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String trips = null;
        String on = null;
        String passport = "RU";
        String format = "json";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size() && name.startsWith("--") && !name.equals("--help")) {
                value = args.get(++i);
            } else {
                value = null;
            }
            switch (name) {
                case "--trips" -> trips = value;
                case "--on" -> on = value;
                case "--passport" -> passport = value;
                case "--format" -> format = value;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("stays: unknown option " + a + ". " + USAGE);
                    return 2;
                }
            }
            if (value == null) {
                err.println("stays: " + name + " needs a value. " + USAGE);
                return 2;
            }
        }
        if (trips == null || on == null) {
            err.println("stays: " + (trips == null ? "--trips" : "--on") + " is required. " + USAGE);
            return 2;
        }
        if (!format.equals("json") && !format.equals("table")) {
            err.println("stays: --format must be json or table, not " + format);
            return 2;
        }
        if (!passport.matches("[A-Z]{2}")) {
            err.println("stays: --passport must be a two-letter country code (ISO 3166-1 alpha-2), not " + passport);
            return 2;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(on, ISO);
        } catch (DateTimeParseException e) {
            err.println("stays: --on: not a date in the form YYYY-MM-DD: " + on);
            return 2;
        }
        List<Trip> list;
        try (Reader r = Files.newBufferedReader(Path.of(trips), StandardCharsets.UTF_8)) {
            list = TripCsv.read(r);
        } catch (NoSuchFileException e) {
            err.println("stays: " + trips + ": no such file");
            return 2;
        } catch (TripCsvException e) {
            err.println(oneLine("stays: " + trips + ": " + e.getMessage()));
            return 2;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("stays: " + trips + ": not UTF-8 text");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(oneLine("stays: " + trips + ": cannot be read: " + e.getMessage()));
            return 2;
        }
        RuleBook book;
        try {
            book = RuleBook.of(DatasetReader.readShipped());
        } catch (DatasetFormatException e) {
            err.println("stays: the shipped dataset cannot be read: " + e.getMessage());
            return 1;
        }
        List<AreaStatus> areas = new StayEngine(book).statuses(list, passport, day);
        out.print(format.equals("json") ? StaysReport.json(day, passport, areas) + System.lineSeparator()
                : StaysReport.table(day, passport, areas));
        out.flush();
        return 0;
    }
}
