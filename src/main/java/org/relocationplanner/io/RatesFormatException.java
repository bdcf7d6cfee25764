package org.relocationplanner.io;

/**
 * An exchange-rate file that cannot be read; says the line, the field and why. Nothing of the file was taken.
 */
public final class RatesFormatException extends Exception {

    /** What is wrong, for a message in the user's language; {@link #value()} is the text at fault. */
    public enum Problem {
        UNKNOWN_FORMAT, EMPTY, HEADER, FIELD_COUNT, MISSING, NOT_A_DATE, NOT_A_NUMBER, NOT_POSITIVE, CURRENCY,
        UNKNOWN_CBR_ID, BROKEN_XML, STRAY_QUOTE, UNCLOSED_QUOTE, SOURCE_TOO_LONG, DUPLICATE
    }

    private final int line;
    private final String field;
    private final Problem problem;
    private final String value;

    /**
     * A problem at {@code line} (1-based; 0 when the whole file is at fault) in {@code field} (null when the line
     * as a whole is), with the text at fault and an English reason.
     */
    public RatesFormatException(int line, String field, Problem problem, String value, String reason) {
        super((line == 0 ? "file" : "line " + line) + (field == null ? "" : ", " + field) + ": " + reason);
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.value = value == null ? "" : value;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The text at fault, or an empty string. */
    public String value() {
        return value;
    }

    /** The 1-based line in the file, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }

    /** The column, element or attribute at fault, or null when the line as a whole is. */
    public String field() {
        return field;
    }
}
