package org.relocationplanner.io;

import java.io.BufferedReader;
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
 * alpha-2 codes, ISO dates, an empty exit for a stay that goes on. Fields may be quoted as in RFC 4180. Reading
 * is all or nothing: the first bad row stops it with its line and reason.
 */
public final class TripCsv {

    public static final List<String> HEADER = List.of("country", "entry", "exit", "note");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TripCsv() {
    }

    public static List<Trip> read(Reader source) throws IOException, TripCsvException {
        BufferedReader in = new BufferedReader(source);
        List<Trip> trips = new ArrayList<>();
        int lineNo = 0;
        String line;
        boolean header = true;
        while ((line = readRecord(in)) != null) {
            lineNo += 1 + countNewlines(line);
            int startLine = lineNo - countNewlines(line);
            if (header) {
                line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                List<String> names = fields(line, startLine);
                if (!names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
                    throw new TripCsvException(startLine, null, TripCsvException.Problem.HEADER, null, "the header must be \"country,entry,exit,note\"");
                }
                header = false;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            trips.add(trip(fields(line, startLine), startLine));
        }
        if (header) {
            throw new TripCsvException(1, null, TripCsvException.Problem.EMPTY, null, "the file is empty; expected the header \"country,entry,exit,note\"");
        }
        return trips;
    }

    private static Trip trip(List<String> f, int line) throws TripCsvException {
        if (f.size() < 3 || f.size() > 4) {
            throw new TripCsvException(line, null, TripCsvException.Problem.FIELD_COUNT, String.valueOf(f.size()),
                    "expected 4 fields (country,entry,exit,note), found " + f.size());
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
        String note = f.size() == 4 ? f.get(3) : "";
        if (note.length() > Trip.MAX_NOTE) {
            throw new TripCsvException(line, "note", TripCsvException.Problem.NOTE_TOO_LONG,
                    String.valueOf(Trip.MAX_NOTE), "the note is longer than " + Trip.MAX_NOTE + " characters");
        }
        return new Trip(country, entry, exit, note);
    }

    private static LocalDate date(String text, int line, String field) throws TripCsvException {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t, ISO_STRICT);
        } catch (DateTimeParseException e) {
            boolean shaped = t.matches("\\d{4}-\\d{2}-\\d{2}");
            throw new TripCsvException(line, field, shaped ? TripCsvException.Problem.NOT_A_REAL_DATE
                    : TripCsvException.Problem.NOT_A_DATE, t,
                    "\"" + t + "\"" + (shaped ? " is not a real date" : " is not a date (YYYY-MM-DD)"));
        }
    }

    /** One CSV record: a line, or several when a quoted field holds line breaks. Null at the end. */
    private static String readRecord(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        StringBuilder record = new StringBuilder(line);
        while (quotesOpen(record)) {
            String next = in.readLine();
            if (next == null) {
                break;
            }
            record.append('\n').append(next);
        }
        return record.toString();
    }

    private static boolean quotesOpen(CharSequence s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static int countNewlines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    static List<String> fields(String record, int line) throws TripCsvException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 && !field.toString().isBlank()) {
                    throw new TripCsvException(line, null, TripCsvException.Problem.STRAY_QUOTE, null, "a quote inside an unquoted field");
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new TripCsvException(line, null, TripCsvException.Problem.UNCLOSED_QUOTE, null,
                    "a quoted field is not closed");
        }
        out.add(field.toString());
        return out;
    }

    /** Writes trips in the same format, quoting notes (and anything else) only where needed. */
    public static void write(List<Trip> trips, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write("\n");
        for (Trip t : trips) {
            out.write(t.country());
            out.write(',');
            out.write(t.entry().toString());
            out.write(',');
            out.write(t.exit() == null ? "" : t.exit().toString());
            out.write(',');
            out.write(Csv.quote(t.note()));
            out.write("\n");
        }
        out.flush();
    }

}
