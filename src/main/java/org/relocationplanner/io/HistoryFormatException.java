package org.relocationplanner.io;

/**
 * A location history, GPX track or photo folder entry that cannot be read: the file, the 1-based line and column
 * where reading stopped (0 when unknown), and what was found there. Nothing from any file is kept.
 */
public final class HistoryFormatException extends LocatedFormatException {

    /** What is wrong, for a message in the user's language. */
    public enum Problem {
        /** Not JSON, or JSON that breaks off (a truncated download). */
        BROKEN_JSON,
        /** JSON, but none of the location history layouts the app reads. */
        UNKNOWN_JSON,
        /** Not XML, or XML that breaks off. */
        BROKEN_XML,
        /** XML, but not GPX. */
        NOT_GPX,
        /** A position or time that is not one: a latitude of "abc", a date of 2023-02-30. */
        BAD_VALUE
    }

    private final Problem problem;
    private final String file;
    private final int column;

    public HistoryFormatException(String file, int line, int column, String field, Problem problem, String value,
                                  String reason) {
        super(line, field, value, reason + (line > 0 && column > 0 ? " (column " + column + ")" : ""));
        this.problem = problem;
        this.file = file;
        this.column = column;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    public int column() {
        return column;
    }
}
