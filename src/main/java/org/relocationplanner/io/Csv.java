package org.relocationplanner.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Comma-separated text as spreadsheets read it (RFC 4180 quoting), for the app's exports. */
public final class Csv {

    /** The UTF-8 byte-order mark: with it, spreadsheets open Cyrillic text as Cyrillic. */
    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** A field, quoted when it holds a comma, a quote, a line break or surrounding space. */
    public static String quote(String s) {
        return quote(s, ',');
    }

    /** A field, quoted when it holds the separator, a quote, a line break or surrounding space. */
    public static String quote(String s, char separator) {
        if (s.isEmpty() || s.chars().noneMatch(c -> c == separator || c == '"' || c == '\n' || c == '\r')
                && s.equals(s.strip())) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A header and rows separated by commas, with the byte-order mark first. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        write(out, header, rows, ',');
    }

    /**
     * A header and rows with the byte-order mark first, fields separated by {@code separator}: a semicolon where the
     * decimal separator is a comma, as spreadsheets set to Russian expect.
     */
    public static void write(Writer out, List<String> header, List<List<String>> rows, char separator)
            throws IOException {
        out.write(BOM);
        line(out, header, separator);
        for (List<String> row : rows) {
            line(out, row, separator);
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields, char separator) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(quote(fields.get(i) == null ? "" : fields.get(i), separator));
        }
        out.write("\r\n");
    }
}
