package org.relocationplanner.io;

/**
 * An exchange-rate file that cannot be read; says the line, the field and why. Nothing of the file was taken.
 */
public final class RatesFormatException extends LocatedFormatException {

    /** What is wrong, for a message in the user's language; {@link #value()} is the text at fault. */
    public enum Problem {
        UNKNOWN_FORMAT, EMPTY, HEADER, FIELD_COUNT, MISSING, NOT_A_DATE, NOT_A_NUMBER, NOT_POSITIVE, CURRENCY,
        UNKNOWN_CBR_ID, BROKEN_XML, STRAY_QUOTE, UNCLOSED_QUOTE, SOURCE_TOO_LONG, DUPLICATE, OUT_OF_RANGE, TOO_LARGE
    }

    private final Problem problem;

    /**
     * A problem at {@code line} (1-based; 0 when the whole file is at fault) in {@code field} (null when the line
     * as a whole is), with the text at fault and an English reason.
     */
    public RatesFormatException(int line, String field, Problem problem, String value, String reason) {
        super(line, field, value, reason);
        this.problem = problem;
    }

    /** What is wrong. */
    @Override
    public Problem problem() {
        return problem;
    }
}
