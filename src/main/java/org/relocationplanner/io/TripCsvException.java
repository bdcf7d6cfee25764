package org.relocationplanner.io;

/** A trips CSV that cannot be read; says the line, the field and why. Nothing of the file was taken. */
public final class TripCsvException extends LocatedFormatException {

    /** What is wrong, for a message in the user's language; {@link #value()} is the text or number at fault. */
    public enum Problem {
        HEADER, EMPTY, FIELD_COUNT, COUNTRY, ENTRY_MISSING, EXIT_BEFORE_ENTRY, NOTE_TOO_LONG, NOT_A_DATE,
        NOT_A_REAL_DATE, STRAY_QUOTE, UNCLOSED_QUOTE, OUT_OF_RANGE, TOO_LARGE
    }

    private final Problem problem;

    public TripCsvException(int line, String field, Problem problem, String value, String reason) {
        super(line, field, value, reason);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
