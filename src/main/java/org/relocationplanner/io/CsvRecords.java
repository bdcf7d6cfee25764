package org.relocationplanner.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as RFC 4180 has them (Jackson's CSV parser, one pass): fields may be quoted, a quoted
 * field may hold commas, quotes ("") and line breaks; each record keeps the line it starts on; a byte-order mark
 * is dropped and blank lines are left out but counted. The one tokenizer of the trips and rate-file readers.
 */
public final class CsvRecords {

    /** A record that is not blank, with the 1-based line it starts on. */
    public record Row(int line, List<String> cells) {
    }

    /** How a text fails to be CSV. */
    public enum Problem { STRAY_QUOTE, UNCLOSED_QUOTE }

    /** A text that is not CSV, at the line where the broken record starts. */
    public static final class Broken extends Exception {
        private final int line;
        private final Problem problem;

        Broken(int line, Problem problem, String reason) {
            super(reason);
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final ObjectReader READER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(String[].class).with(CsvSchema.emptySchema().withoutHeader());

    private CsvRecords() {
    }

    /** Every record that is not blank. */
    public static List<Row> read(Reader source) throws IOException, Broken {
        return read(READER.readValues(source));
    }

    /** Every record of UTF-8 bytes that is not blank (decoded by the parser itself, without a reader between). */
    public static List<Row> read(byte[] utf8) throws IOException, Broken {
        return read(READER.<String[]>readValues(utf8));
    }

    private static List<Row> read(MappingIterator<String[]> records) throws IOException, Broken {
        List<Row> rows = new ArrayList<>();
        int start = 1;
        try (MappingIterator<String[]> it = records) {
            while (true) {
                start = it.getParser().getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] cells = it.nextValue();
                int line = start; // where the parser stood before the record: the line it starts on
                if (rows.isEmpty() && cells.length > 0 && cells[0].startsWith("\uFEFF")) {
                    cells[0] = cells[0].substring(1);
                }
                if (cells.length > 1 || cells.length == 1 && !cells[0].isBlank()) {
                    rows.add(new Row(line, java.util.Arrays.asList(cells)));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Missing closing quote")) {
                throw new Broken(start, Problem.UNCLOSED_QUOTE, "a quoted field is not closed");
            }
            throw new Broken(e.getLocation() == null ? start : e.getLocation().getLineNr(), Problem.STRAY_QUOTE,
                    "a quote inside an unquoted field, or text after a closing quote");
        }
        return rows;
    }
}
