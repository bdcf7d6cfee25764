package org.relocationplanner.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.relocationplanner.domain.Trip;

/**
 * Trips as CSV, the format users' scripts rely on: a header {@code country,entry,exit,note}, ISO 3166-1
 * alpha-2 codes, ISO dates, an empty exit for a stay that goes on, and optionally a fifth column {@code passport}
 * (the passport the country was entered on; empty: not said). Fields may be quoted as in RFC 4180. Reading
 * is all or nothing: the first bad row stops it with its line and reason.
 */
public final class TripCsv {

    public static final List<String> HEADER = List.of("country", "entry", "exit", "note");
    /** The header with the optional fifth column: the passport the country was entered on (ISO 3166-1 alpha-2). */
    public static final List<String> HEADER_WITH_PASSPORT = List.of("country", "entry", "exit", "note", "passport");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TripCsv() {
    }

    /**
     * The largest trips file read: a lifetime of trips is a few hundred lines, some 50 KB. The reader keeps every
     * row until the last one is checked (all or nothing), so a larger file is refused by its size, unread.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Reads a trips file of at most {@link #MAX_BYTES}, as UTF-8. */
    public static List<Trip> read(java.nio.file.Path file) throws IOException, TripCsvException {
        long size = java.nio.file.Files.size(file);
        if (size > MAX_BYTES) {
            throw new TripCsvException(0, null, TripCsvException.Problem.TOO_LARGE, String.valueOf(size),
                    "the file is " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB; a trips file of at most " + MAX_BYTES / (1024 * 1024)
                    + " MB is read");
        }
        try (Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static List<Trip> read(Reader source) throws IOException, TripCsvException {
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.read(source);
        } catch (CsvRecords.Broken e) {
            throw new TripCsvException(e.line(), null, e.problem() == CsvRecords.Problem.UNCLOSED_QUOTE
                    ? TripCsvException.Problem.UNCLOSED_QUOTE : TripCsvException.Problem.STRAY_QUOTE, null,
                    e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new TripCsvException(1, null, TripCsvException.Problem.EMPTY, null,
                    "the file is empty; expected the header \"country,entry,exit,note\"");
        }
        CsvRecords.Row header = rows.get(0);
        List<String> names = header.cells().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        boolean withPassport = names.equals(HEADER_WITH_PASSPORT);
        if (!names.equals(HEADER) && !withPassport) {
            throw new TripCsvException(header.line(), null, TripCsvException.Problem.HEADER, null,
                    "the header must be \"country,entry,exit,note\" (or with a fifth column \"passport\")");
        }
        List<Trip> trips = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            trips.add(trip(row.cells(), row.line(), withPassport ? 5 : 4));
        }
        return trips;
    }

    private static Trip trip(List<String> f, int line, int columns) throws TripCsvException {
        if (f.size() < 3 || f.size() > columns) {
            throw new TripCsvException(line, null, TripCsvException.Problem.FIELD_COUNT, String.valueOf(f.size()),
                    "expected " + columns + " fields (" + String.join(",", columns == 5 ? HEADER_WITH_PASSPORT
                            : HEADER) + "), found " + f.size());
        }
        String country = f.get(0).strip();
        if (!COUNTRIES.contains(country)) {
            throw new TripCsvException(line, "country", TripCsvException.Problem.COUNTRY, country, "\"" + country + "\" is not an ISO 3166-1 alpha-2 code");
        }
        LocalDate entry = date(f.get(1), line, "entry");
        if (entry == null) {
            throw new TripCsvException(line, "entry", TripCsvException.Problem.ENTRY_MISSING, null,
                    "the entry date is missing");
        }
        LocalDate exit = date(f.get(2), line, "exit");
        if (exit != null && exit.isBefore(entry)) {
            throw new TripCsvException(line, "exit", TripCsvException.Problem.EXIT_BEFORE_ENTRY, exit.toString(),
                    "the exit " + exit + " is before the entry " + entry);
        }
        String note = f.size() >= 4 ? f.get(3) : "";
        if (note.length() > Trip.MAX_NOTE) {
            throw new TripCsvException(line, "note", TripCsvException.Problem.NOTE_TOO_LONG,
                    String.valueOf(Trip.MAX_NOTE), "the note is longer than " + Trip.MAX_NOTE + " characters");
        }
        String passport = f.size() == 5 ? f.get(4).strip() : "";
        if (!passport.isEmpty() && !COUNTRIES.contains(passport)) {
            throw new TripCsvException(line, "passport", TripCsvException.Problem.COUNTRY, passport, "\"" + passport
                    + "\" is not an ISO 3166-1 alpha-2 code");
        }
        return new Trip(country, entry, exit, note, false, passport.isEmpty() ? null : passport);
    }

    private static LocalDate date(String text, int line, String field) throws TripCsvException {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t, ISO_STRICT);
        } catch (DateTimeParseException e) {
            boolean shaped = t.matches("\\d{4}-\\d{2}-\\d{2}");
            throw new TripCsvException(line, field, shaped ? TripCsvException.Problem.NOT_A_REAL_DATE
                    : TripCsvException.Problem.NOT_A_DATE, t,
                    "\"" + t + "\"" + (shaped ? " is not a real date" : " is not a date (YYYY-MM-DD)"));
        }
        if (!org.relocationplanner.domain.Plausible.day(d)) {
            throw new TripCsvException(line, field, TripCsvException.Problem.OUT_OF_RANGE, t, "\"" + t
                    + "\" is outside the dates the app supports (" + org.relocationplanner.domain.Plausible.days()
                    + ")");
        }
        return d;
    }

    /** Writes trips in the same format, quoting notes (and anything else) only where needed. */
    /** Writes the trips as the import reads them, with the UTF-8 byte-order mark first (spreadsheets need it). */
    public static void write(List<Trip> trips, Writer out) throws IOException {
        out.write(Csv.BOM);
        // the passport column only when a trip says its passport: files of one passport stay as they were
        boolean withPassport = trips.stream().anyMatch(t -> t.passport() != null);
        out.write(String.join(",", withPassport ? HEADER_WITH_PASSPORT : HEADER));
        out.write("\n");
        for (Trip t : trips) {
            out.write(t.country());
            out.write(',');
            out.write(t.entry().toString());
            out.write(',');
            out.write(t.exit() == null ? "" : t.exit().toString());
            out.write(',');
            out.write(Csv.quote(t.note()));
            if (withPassport) {
                out.write(',');
                out.write(t.passport() == null ? "" : t.passport());
            }
            out.write("\n");
        }
        out.flush();
    }

}
