package org.relocationplanner.io;

/** A trips CSV that cannot be read; says the line, the field and why. Nothing of the file was taken. */
public final class TripCsvException extends Exception {

    /** What is wrong, for a message in the user's language; {@link #value()} is the text or number at fault. */
    public enum Problem {
        HEADER, EMPTY, FIELD_COUNT, COUNTRY, ENTRY_MISSING, EXIT_BEFORE_ENTRY, NOTE_TOO_LONG, NOT_A_DATE,
        NOT_A_REAL_DATE, STRAY_QUOTE, UNCLOSED_QUOTE
    }

    private final int line;
    private final String field;
    private final Problem problem;
    private final String value;

    public TripCsvException(int line, String field, Problem problem, String value, String reason) {
        super("line " + line + (field == null ? "" : ", " + field) + ": " + reason);
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.value = value == null ? "" : value;
    }

    public Problem problem() {
        return problem;
    }

    public String value() {
        return value;
    }

    public int line() {
        return line;
    }

    /** The column at fault, or null when the line as a whole is. */
    public String field() {
        return field;
    }
}
